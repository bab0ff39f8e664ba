import { z } from 'zod';
import { timelineEntrySchema } from '../timeline/timeline.views.js';
import { attachmentViewSchema } from '../attachment/attachment.views.js';
import { actionsSchema, pageSchema, versionField } from '../common/page.views.js';
import { handlingItemViewSchema } from '../handling/handling.views.js';
import { FOLLOW_UP_KINDS } from '../handling/handling.schema.js';
import { TOPIC_EVENTS, TOPIC_STATES } from './lifecycle.js';
import { proposalViewSchema } from './proposal.views.js';
import { LEADER_BODIES } from '../member/participation.js';
import {
  CONSULTATION_FORMS,
  CONSULTATION_LEVELS,
  CONSULTATION_STATUSES,
  CONVERSIONS,
  OUTCOME_KINDS,
  PARTICIPANT_KINDS,
  PREPARATION_KINDS,
  PROPOSAL_SOURCES,
  SUPPORT_KINDS,
  TOPIC_CATEGORIES,
  TOPIC_FIELDS,
} from './vocab.js';

/** A topic as lists show it: labels, plan, county and where it came from. */
export const topicSummaryViewSchema = z.strictObject({
  id: z.string(),
  countyId: z.string().nullable(),
  countyName: z.string().nullable(),
  planId: z.string().nullable(),
  planTitle: z.string().nullable(),
  year: z.number().int(),
  title: z.string(),
  category: z.enum(TOPIC_CATEGORIES),
  categoryLabel: z.string(),
  field: z.enum(TOPIC_FIELDS).nullable(),
  fieldLabel: z.string().nullable(),
  state: z.enum(TOPIC_STATES),
  stateLabel: z.string(),
  sources: z.array(z.enum(PROPOSAL_SOURCES)),
  sourceLabels: z.array(z.string()),
  sensitive: z.boolean(),
  longStanding: z.boolean(),
  proposalCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: versionField,
});
/** A topic in lists. */
export type TopicSummaryView = z.infer<typeof topicSummaryViewSchema>;

/** Answer of GET /api/topics: a page, with counts by state of the whole filter. */
export const topicPageSchema = pageSchema(topicSummaryViewSchema).extend({
  countsByState: z.partialRecord(z.enum(TOPIC_STATES), z.number().int()),
  /** Pass as `after` for the next page (加载更多); null after the last page. */
  nextCursor: z.string().nullable(),
});
/** A page of topics. */
export type TopicPage = z.infer<typeof topicPageSchema>;

/** 协商活动 — a consultation, scheduled or held, with who took part and what was said. */
export const consultationViewSchema = z.strictObject({
  id: z.string(),
  form: z.enum(CONSULTATION_FORMS),
  formLabel: z.string(),
  level: z.enum(CONSULTATION_LEVELS),
  levelLabel: z.string(),
  joint: z.boolean(),
  startsAt: z.string(),
  venueId: z.string().nullable(),
  venueName: z.string().nullable(),
  status: z.enum(CONSULTATION_STATUSES),
  statusLabel: z.string(),
  participants: z.array(
    z.strictObject({
      kind: z.enum(PARTICIPANT_KINDS),
      kindLabel: z.string(),
      userId: z.string().nullable(),
      orgId: z.string().nullable(),
      name: z.string(),
      title: z.string().nullable(),
      attended: z.boolean(),
      /** Leaders only: 所属 and whether a 负责同志. */
      leaderBody: z.enum(LEADER_BODIES).nullable(),
      principal: z.boolean(),
    }),
  ),
  responses: z.array(z.strictObject({ orgName: z.string().nullable(), person: z.string(), content: z.string() })),
  opinions: z.array(z.strictObject({ speaker: z.string(), content: z.string() })),
  minutes: z.string().nullable(),
  /** 照片与附件. */
  attachments: z.array(attachmentViewSchema),
  support: z.array(z.strictObject({ orgName: z.string().nullable(), kind: z.enum(SUPPORT_KINDS), kindLabel: z.string(), note: z.string().nullable() })),
  /** The 网络协商 room of the consultation (an online one, or a companion room beside a meeting), if any. */
  roomId: z.string().nullable(),
});
/** A consultation as the API shows it. */
export type ConsultationView = z.infer<typeof consultationViewSchema>;

/** 协商成果 — the outcome submitted, with its suggestions. */
export const outcomeViewSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(OUTCOME_KINDS),
  kindLabel: z.string(),
  title: z.string(),
  submittedTo: z.string(),
  submittedOn: z.string(),
  submittedVia: z.string().nullable(),
  suggestions: z.array(
    z.strictObject({
      id: z.string(),
      seq: z.number().int(),
      content: z.string(),
      departmentId: z.string().nullable(),
      departmentName: z.string().nullable(),
      conversion: z.enum(CONVERSIONS).nullable(),
      conversionLabel: z.string().nullable(),
    }),
  ),
});
/** An outcome as the API shows it. */
export type OutcomeView = z.infer<typeof outcomeViewSchema>;

/** 领导批示 on a topic's outcome (or one suggestion of it), with its follow-up actions. */
export const instructionViewSchema = z.strictObject({
  id: z.string(),
  suggestionId: z.string().nullable(),
  leader: z.string(),
  leaderTitle: z.string().nullable(),
  givenOn: z.string(),
  text: z.string(),
  actions: z.array(z.strictObject({ id: z.string(), text: z.string(), dueOn: z.string(), doneOn: z.string().nullable() })),
});
/** An instruction as the API shows it. */
export type InstructionView = z.infer<typeof instructionViewSchema>;

/** 跟踪问效活动 — 民主监督、调研视察、民主评议. */
export const followUpViewSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(FOLLOW_UP_KINDS),
  kindLabel: z.string(),
  date: z.string(),
  place: z.string(),
  members: z.array(z.strictObject({ id: z.string(), name: z.string().nullable() })),
  findings: z.string(),
});
/** A follow-up activity as the API shows it. */
export type FollowUpView = z.infer<typeof followUpViewSchema>;

/** 跟踪问效 steps the office may take on a topic, listed apart from its core actions. */
export const FOLLOW_UP_ACTIONS = ['instruction', 'follow_up', 'publish_answers', 'case'] as const;
/** A follow-up step. */
export type FollowUpAction = (typeof FOLLOW_UP_ACTIONS)[number];

/** One entry of a topic's timeline (the shared timeline entry). */
export const topicTimelineEntrySchema = timelineEntrySchema;

/** 议题详情 — a topic with everything that happened to it, and what this user may do now. */
export const topicViewSchema = topicSummaryViewSchema.extend({
  description: z.string(),
  leadViceChair: z.string().nullable(),
  secretaryGeneral: z.string().nullable(),
  ownerUnit: z.string().nullable(),
  proposals: z.array(proposalViewSchema),
  researchActivities: z.array(
    z.strictObject({
      id: z.string(),
      date: z.string(),
      place: z.string(),
      members: z.array(z.strictObject({ id: z.string(), name: z.string() })),
      others: z.string().nullable(),
      findings: z.string(),
    }),
  ),
  researchReports: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      body: z.string(),
      submittedOn: z.string(),
      authorName: z.string().nullable(),
      attachments: z.array(attachmentViewSchema),
    }),
  ),
  preparations: z.array(
    z.strictObject({ id: z.string(), kind: z.enum(PREPARATION_KINDS), kindLabel: z.string(), date: z.string(), recipient: z.string().nullable(), summary: z.string() }),
  ),
  consultations: z.array(consultationViewSchema),
  outcome: outcomeViewSchema.nullable(),
  timeline: z.array(topicTimelineEntrySchema),
  /** 领导批示 with their follow-up actions (跟踪问效). */
  instructions: z.array(instructionViewSchema),
  /** 民主监督、调研视察、民主评议. */
  followUps: z.array(followUpViewSchema),
  /** When the accepted answers were made public on the residents' track page. */
  answersPublishedAt: z.string().nullable(),
  /** 典型案例. */
  publishedAsCase: z.boolean(),
  /** What the office may do at this stage. */
  followUpActions: z.array(z.enum(FOLLOW_UP_ACTIONS)),
  /** 建议办理 — present once the outcome is submitted. */
  handling: z.strictObject({ items: z.array(handlingItemViewSchema) }).nullable(),
  events: z.array(z.enum(TOPIC_EVENTS)),
  blocked: z.array(z.strictObject({ event: z.enum(TOPIC_EVENTS), reason: z.string() })),
  /** Core's topic actions allowed at this stage. */
  actions: actionsSchema,
});
/** A topic with everything that happened to it. */
export type TopicView = z.infer<typeof topicViewSchema>;

/** One of 我的活动 — research or a consultation a member took part in. */
export const myActivitySchema = z.strictObject({
  kind: z.enum(['research', 'consultation']),
  id: z.string(),
  topicId: z.string(),
  topicTitle: z.string(),
  date: z.string(),
  title: z.string(),
  /** Whether the member took part; null while the consultation is still to be held. */
  attended: z.boolean().nullable(),
});
/** One of 我的活动. */
export type MyActivityView = z.infer<typeof myActivitySchema>;
