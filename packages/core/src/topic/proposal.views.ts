import { z } from 'zod';
import { attachmentViewSchema } from '../attachment/attachment.views.js';
import { actionsSchema, pageSchema } from '../common/page.views.js';
import { TOPIC_STATES } from './lifecycle.js';
import { EXCLUSION_REASONS, PROPOSAL_SOURCES, PROPOSAL_STATUSES, TOPIC_CATEGORIES, TOPIC_FIELDS } from './vocab.js';

/** 选题建议 — a proposal of any source, with the actions this user may take on it. */
export const proposalViewSchema = z.strictObject({
  id: z.string(),
  trackingCode: z.string().nullable(),
  source: z.enum(PROPOSAL_SOURCES),
  sourceLabel: z.string(),
  countyId: z.string(),
  countyName: z.string().nullable(),
  category: z.enum(TOPIC_CATEGORIES),
  categoryLabel: z.string(),
  field: z.enum(TOPIC_FIELDS).nullable(),
  fieldLabel: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  placeId: z.string().nullable(),
  placeName: z.string().nullable(),
  proposerName: z.string().nullable(),
  /** Always masked (138****1234); the county office asks for the full number with reveal-phone. */
  proposerPhone: z.string().nullable(),
  assignedBy: z.string().nullable(),
  instructionRef: z.string().nullable(),
  assignedOn: z.string().nullable(),
  solicitationId: z.string().nullable(),
  status: z.enum(PROPOSAL_STATUSES),
  statusLabel: z.string(),
  exclusionReason: z.enum(EXCLUSION_REASONS).nullable(),
  exclusionReasonLabel: z.string().nullable(),
  screeningNote: z.string().nullable(),
  topicId: z.string().nullable(),
  topicTitle: z.string().nullable(),
  createdAt: z.string(),
  attachments: z.array(attachmentViewSchema),
  actions: actionsSchema,
});
/** A proposal as the API shows it. */
export type ProposalView = z.infer<typeof proposalViewSchema>;

/** Answer of GET /api/proposals: a page and the counts by status of the whole filter. */
export const proposalPageSchema = pageSchema(proposalViewSchema).extend({ counts: z.partialRecord(z.enum(PROPOSAL_STATUSES), z.number().int()) });
/** A page of proposals. */
export type ProposalPage = z.infer<typeof proposalPageSchema>;

/** Answer of POST /api/proposals/:id/reveal-phone. */
export const revealedPhoneSchema = z.strictObject({ phone: z.string().nullable() });

/** 公开征集活动 as the office manages it. */
export const solicitationViewSchema = z.strictObject({
  id: z.string(),
  countyId: z.string().nullable(),
  title: z.string(),
  scope: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  open: z.boolean(),
  proposalCount: z.number().int(),
});
/** A solicitation as the office sees it. */
export type SolicitationView = z.infer<typeof solicitationViewSchema>;

/** 公开征集活动 open today, as the portal lists them. */
export const publicSolicitationSchema = z.strictObject({
  id: z.string(),
  countyId: z.string().nullable(),
  countyName: z.string().nullable(),
  title: z.string(),
  scope: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
});
/** A solicitation on the portal. */
export type PublicSolicitation = z.infer<typeof publicSolicitationSchema>;

/** 验证题 — a question the portal asks before a resident submits. */
export const captchaSchema = z.strictObject({ id: z.string(), question: z.string() });

/** Answer of POST /api/public/proposals: the 查询码 to track it by. */
export const proposalReceiptSchema = z.strictObject({ trackingCode: z.string(), createdAt: z.string() });

/** A place of the portal's cascade (township, village or community). */
export const publicPlaceSchema = z.strictObject({ id: z.string(), name: z.string(), kind: z.string() });
/** A place of the portal's cascade. */
export type PublicPlace = z.infer<typeof publicPlaceSchema>;

/** 办理答复 — one accepted answer, once the office has made them public. */
export const trackAnswerSchema = z.strictObject({
  seq: z.number().int(),
  content: z.string(),
  departmentName: z.string().nullable(),
  resultClassLabel: z.string(),
  text: z.string(),
});
/** One published answer on the track page. */
export type TrackAnswer = z.infer<typeof trackAnswerSchema>;

/** Answer of GET /api/public/track/:code — plain words, no personal data. */
export const trackViewSchema = z.strictObject({
  trackingCode: z.string().nullable(),
  title: z.string(),
  countyName: z.string().nullable(),
  submittedAt: z.string(),
  status: z.enum(PROPOSAL_STATUSES),
  message: z.string(),
  steps: z.array(z.strictObject({ label: z.string(), done: z.boolean(), at: z.string().nullable(), note: z.string().nullable() })),
  topic: z.strictObject({ title: z.string(), state: z.enum(TOPIC_STATES), stateLabel: z.string().nullable() }).nullable(),
  answers: z.array(trackAnswerSchema),
  /** The 典型案例 the proposal's topic became, if the office published it as one. */
  caseId: z.string().nullable(),
});
/** The track page of a 查询码. */
export type TrackView = z.infer<typeof trackViewSchema>;
