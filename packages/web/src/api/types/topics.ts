/** Plans, topics and what happens to them: the answer shapes defined in core. */
export type {
  PlanView as Plan,
  TopicSummaryView as TopicSummary,
  TopicPage,
  ConsultationView as Consultation,
  OutcomeView as Outcome,
  TopicView as Topic,
  MyActivityView as MyActivity,
  InstructionView as Instruction,
  FollowUpView as FollowUpActivity,
  FollowUpAction,
} from '@shangliang/core';
