import { z } from 'zod';
import { attachmentViewSchema } from '../attachment/attachment.views.js';
import { PARTICIPANT_BADGES, ROOM_AUDIENCES, ROOM_MODERATIONS, ROOM_STATES, STATEMENT_STATUSES, VOTES } from './room-stages.js';

/** The verbs the viewer may use in the room now (both who and when decided), so the page shows only those. */
export const ROOM_VERBS = ['configure', 'seed', 'close', 'export', 'post', 'vote', 'report', 'reply', 'moderate'] as const;

/** 部门回应 — a department's official answer under a statement. */
export const statementReplySchema = z.strictObject({ id: z.string(), departmentName: z.string(), text: z.string(), at: z.string() });

/** One statement with its tallies, as a participant sees it. */
export const statementViewSchema = z.strictObject({
  id: z.string(),
  text: z.string(),
  /** 网友 or the nickname; the display name for members, departments and staff. */
  authorName: z.string(),
  badge: z.enum(PARTICIPANT_BADGES).nullable(),
  badgeLabel: z.string().nullable(),
  seed: z.boolean(),
  status: z.enum(STATEMENT_STATUSES),
  statusLabel: z.string(),
  createdAt: z.string(),
  agrees: z.number().int(),
  disagrees: z.number().int(),
  passes: z.number().int(),
  myVote: z.enum(VOTES).nullable(),
  mine: z.boolean(),
  replies: z.array(statementReplySchema),
  /** The Pol.is comment id, for statements imported from Pol.is. */
  externalId: z.string().nullable(),
});
/** A statement in a room. */
export type StatementView = z.infer<typeof statementViewSchema>;

/** A room in lists (the portal's 网络协商, a topic's consultations). */
export const roomSummarySchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  topicId: z.string(),
  topicTitle: z.string(),
  countyId: z.string().nullable(),
  countyName: z.string(),
  state: z.enum(ROOM_STATES),
  stateLabel: z.string(),
  audience: z.enum(ROOM_AUDIENCES),
  opensAt: z.string(),
  closesAt: z.string(),
  participantCount: z.number().int(),
  statementCount: z.number().int(),
});
/** A room in a list. */
export type RoomSummary = z.infer<typeof roomSummarySchema>;

/** The room page: settings, the statements the viewer may see, and what the viewer may do. */
export const roomViewSchema = z.strictObject({
  ...roomSummarySchema.shape,
  consultationId: z.string().nullable(),
  background: z.string().nullable(),
  /** 材料 — the background's documents and pictures. */
  attachments: z.array(attachmentViewSchema),
  moderation: z.enum(ROOM_MODERATIONS),
  moderationLabel: z.string(),
  audienceLabel: z.string(),
  allowStatements: z.boolean(),
  minVotes: z.number().int(),
  voteCount: z.number().int(),
  statements: z.array(statementViewSchema),
  me: z.strictObject({ participantId: z.string().nullable(), nickname: z.string().nullable(), badge: z.enum(PARTICIPANT_BADGES).nullable() }),
  actions: z.array(z.enum(ROOM_VERBS)),
  version: z.number().int(),
});
/** A room page. */
export type RoomView = z.infer<typeof roomViewSchema>;

/** The moderation queue: pending and reported statements, with reports and the word that held one. */
export const moderationQueueSchema = z.strictObject({
  items: z.array(z.strictObject({ ...statementViewSchema.shape, reports: z.number().int(), reportReasons: z.array(z.string()), heldFor: z.string().nullable(), hiddenReason: z.string().nullable() })),
});
/** The moderation queue. */
export type ModerationQueueView = z.infer<typeof moderationQueueSchema>;

/** GET /api/rooms/:id/opinion-map — the groups, their representative statements and the consensus. */
export const opinionMapViewSchema = z.strictObject({
  participants: z.number().int(),
  counted: z.number().int(),
  statements: z.number().int(),
  groups: z.array(
    z.strictObject({
      id: z.number().int(),
      size: z.number().int(),
      /** Only for the office and staff; the public map carries no member lists. */
      members: z.array(z.strictObject({ participantId: z.string(), externalId: z.string().nullable() })).optional(),
      representative: z.array(z.strictObject({ statementId: z.string(), externalId: z.string().nullable(), text: z.string(), direction: z.enum(['agree', 'disagree']), ratio: z.number() })),
    }),
  ),
  consensus: z.array(z.strictObject({ statementId: z.string(), externalId: z.string().nullable(), text: z.string(), agreeRatio: z.number() })),
  /** The scatter: each counted participant's place and group, without who they are. */
  points: z.array(z.strictObject({ x: z.number(), y: z.number(), group: z.number().int() })),
  /** Where the viewer is, when they are counted. */
  you: z.strictObject({ x: z.number(), y: z.number(), group: z.number().int() }).nullable(),
  computedMs: z.number(),
  computedAt: z.string().nullable(),
});
/** The opinion map. */
export type OpinionMapView = z.infer<typeof opinionMapViewSchema>;

/** POST /api/rooms/:id/import-polis. */
export const polisImportResultSchema = z.strictObject({ statements: z.number().int(), participants: z.number().int(), votes: z.number().int() });
