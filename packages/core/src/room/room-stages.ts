/**
 * 网络协商 rooms (第四条(三)2 网络协商, 第六条(二) 云端协商互动): the words of a room and the one table of
 * what each of its stages allows. Use cases and presenters ask `roomAllows`; nothing else decides.
 */

/** Who may take part: anyone on the portal, or members, invited departments and staff only. */
export const ROOM_AUDIENCES = ['public', 'members'] as const;
export type RoomAudience = (typeof ROOM_AUDIENCES)[number];
export const ROOM_AUDIENCE_LABELS: Readonly<Record<RoomAudience, string>> = { public: '面向公众', members: '仅限委员、部门和工作人员' };

/** Moderation: a statement shows after approval (先审后发), or at once and can be hidden (先发后审). */
export const ROOM_MODERATIONS = ['pre', 'post'] as const;
export type RoomModeration = (typeof ROOM_MODERATIONS)[number];
export const ROOM_MODERATION_LABELS: Readonly<Record<RoomModeration, string>> = { pre: '先审后发', post: '先发后审' };

/** A room's stage, from its times and whether the office closed it. */
export const ROOM_STATES = ['scheduled', 'open', 'closed'] as const;
export type RoomState = (typeof ROOM_STATES)[number];
export const ROOM_STATE_LABELS: Readonly<Record<RoomState, string>> = { scheduled: '未开始', open: '进行中', closed: '已结束' };

/** A statement's standing: awaiting review, shown, or hidden by a moderator. */
export const STATEMENT_STATUSES = ['pending', 'shown', 'hidden'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];
export const STATEMENT_STATUS_LABELS: Readonly<Record<StatementStatus, string>> = { pending: '待审核', shown: '已显示', hidden: '已隐藏' };

/** 同意 / 不同意 / 跳过, stored as 1 / -1 / 0 as Pol.is does. */
export const VOTES = ['agree', 'disagree', 'pass'] as const;
export type VoteChoice = (typeof VOTES)[number];
export const VOTE_VALUES: Readonly<Record<VoteChoice, 1 | -1 | 0>> = { agree: 1, disagree: -1, pass: 0 };
export const VOTE_LABELS: Readonly<Record<VoteChoice, string>> = { agree: '同意', disagree: '不同意', pass: '跳过' };
export const voteChoiceOf = (value: number): VoteChoice => (value > 0 ? 'agree' : value < 0 ? 'disagree' : 'pass');

/** The badge a participant with an account is shown with; residents have none. */
export const PARTICIPANT_BADGES = ['member', 'department', 'staff'] as const;
export type ParticipantBadge = (typeof PARTICIPANT_BADGES)[number];
export const PARTICIPANT_BADGE_LABELS: Readonly<Record<ParticipantBadge, string>> = { member: '委员', department: '部门', staff: '政协' };

/** Moderation steps on a statement. */
export const MODERATION_STEPS = ['approve', 'hide', 'seed', 'unseed'] as const;
export type ModerationStep = (typeof MODERATION_STEPS)[number];

/** What can be done in a room; the policy (`can`) decides who, this table decides when. */
export type RoomVerb = 'configure' | 'seed' | 'close' | 'export' | 'post' | 'vote' | 'report' | 'reply' | 'moderate';

/** Each stage's verbs and the reason given for the others. */
export const ROOM_STAGE_RULES: Readonly<Record<RoomState, { readonly allows: readonly RoomVerb[]; readonly otherwise: string }>> = {
  scheduled: { allows: ['configure', 'seed', 'close', 'export', 'moderate'], otherwise: '协商室尚未开放' },
  open: { allows: ['configure', 'seed', 'close', 'export', 'post', 'vote', 'report', 'reply', 'moderate'], otherwise: '协商室进行中，不能进行此操作' },
  closed: { allows: ['export', 'moderate'], otherwise: '协商室已结束，不能再发表、投票或修改' },
};

/** The times and closing of a room, as its stage depends on them. */
export interface RoomTimes {
  readonly opensAt: string;
  readonly closesAt: string;
  readonly closedAt: string | null;
}

/** The room's stage at the given moment: closed once the office closes it or its closing time passes. */
export function roomState(room: RoomTimes, now: Date): RoomState {
  const t = now.getTime();
  if (room.closedAt !== null || t >= Date.parse(room.closesAt)) return 'closed';
  return t < Date.parse(room.opensAt) ? 'scheduled' : 'open';
}

/** Null when the stage allows the verb, otherwise the reason it does not. */
export function roomRefusal(state: RoomState, verb: RoomVerb): string | null {
  const rule = ROOM_STAGE_RULES[state];
  return rule.allows.includes(verb) ? null : rule.otherwise;
}

/** The longest statement, in characters (one idea each, as on Pol.is). */
export const STATEMENT_MAX_CHARS = 140;
/** Counted participants before the map is shown on the room page. */
export const MAP_MIN_PARTICIPANTS = 10;
