import { z } from 'zod';
import { attachmentViewSchema } from '../attachment/attachment.views.js';
import { trackAnswerSchema } from '../topic/proposal.views.js';

/** 典型案例 in the portal's list (第七条): a concluded topic the office published as a case. */
export const caseSummarySchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  countyName: z.string(),
  /** The problem, in a sentence or two. */
  summary: z.string(),
  concludedOn: z.string().nullable(),
  suggestionCount: z.number().int(),
  /** How it was consulted: 会议协商, 网络协商, 现场协商. */
  forms: z.array(z.string()),
});
/** A case in the list. */
export type CaseSummary = z.infer<typeof caseSummarySchema>;

/** One 典型案例 as a story: the problem, how it was consulted, what was suggested and what departments did. */
export const caseViewSchema = z.strictObject({
  ...caseSummarySchema.shape,
  problem: z.string(),
  consultations: z.array(
    z.strictObject({
      formLabel: z.string(),
      startsAt: z.string(),
      place: z.string().nullable(),
      /** Who sat at the table, by kind: 政协委员 3 人 … */
      participants: z.array(z.string()),
      responses: z.array(z.strictObject({ orgName: z.string().nullable(), content: z.string() })),
    }),
  ),
  /** The room of a 网络协商: how many took part, and what they agreed on. */
  room: z.strictObject({ id: z.string(), participantCount: z.number().int(), statementCount: z.number().int(), consensus: z.array(z.string()) }).nullable(),
  outcome: z.strictObject({ title: z.string(), kindLabel: z.string(), submittedOn: z.string(), suggestions: z.array(z.strictObject({ seq: z.number().int(), content: z.string(), departmentName: z.string().nullable() })) }).nullable(),
  /** The departments' accepted written answers, once published. */
  answers: z.array(trackAnswerSchema),
  /** 现场照片 of the consultations. */
  photos: z.array(attachmentViewSchema),
  /** The way it went: 立题, 审定, 调研, 协商, 成果报送, 办理, 办结. */
  milestones: z.array(z.strictObject({ label: z.string(), at: z.string() })),
});
/** A case page. */
export type CaseView = z.infer<typeof caseViewSchema>;
