/**
 * 履职记录 — one row per participation of a member (第六条(一), 谁组织谁记录): written from the activity
 * it comes from, in the same transaction, never entered twice.
 */
export const PARTICIPATION_KINDS = [
  'research',
  'consultation',
  'follow_up',
  'visit',
  'recommendation',
  'recommendation_adopted',
  'suggestion_converted',
  'opinion',
  'room',
] as const;
/** A kind of participation. */
export type ParticipationKind = (typeof PARTICIPATION_KINDS)[number];

/** Labels of participation kinds, as the 履职档案 shows them. */
export const PARTICIPATION_KIND_LABELS: Readonly<Record<ParticipationKind, string>> = {
  research: '参加调研活动',
  consultation: '参加协商活动',
  follow_up: '参加跟踪问效',
  visit: '联系点走访座谈',
  recommendation: '委员荐题',
  recommendation_adopted: '荐题立项',
  suggestion_converted: '建议转化',
  opinion: '协商发言',
  room: '网络议事',
};

/** The kinds that count as taking part in an activity (调研、协商、跟踪问效、走访), for the yearly minimum. */
export const ACTIVITY_PARTICIPATION_KINDS: readonly ParticipationKind[] = ['research', 'consultation', 'follow_up', 'visit'];

/** What a participation row comes from. */
export const PARTICIPATION_SOURCES = ['research_activity', 'consultation', 'follow_up', 'proposal', 'suggestion', 'consultation_remark', 'room', 'visit'] as const;
/** A participation's source. */
export type ParticipationSource = (typeof PARTICIPATION_SOURCES)[number];

/** 领导所属 — the body a leader present at an activity belongs to (第四条(六)). */
export const LEADER_BODIES = ['party', 'government', 'congress', 'cppcc', 'other'] as const;
/** A leader's body. */
export type LeaderBody = (typeof LEADER_BODIES)[number];
/** Labels of leader bodies. */
export const LEADER_BODY_LABELS: Readonly<Record<LeaderBody, string>> = {
  party: '党委',
  government: '政府',
  congress: '人大',
  cppcc: '政协',
  other: '其他',
};

/** Bodies whose 负责同志 count toward the share of consultations attended by party and government leaders. */
export const LEADING_BODIES: readonly LeaderBody[] = ['party', 'government'];

/** Activities a member checks in to (签到). */
export const CHECKIN_ACTIVITIES = ['research_activity', 'consultation', 'follow_up'] as const;
/** An activity a member checks in to. */
export type CheckinActivity = (typeof CHECKIN_ACTIVITIES)[number];
/** Labels of those activities. */
export const CHECKIN_ACTIVITY_LABELS: Readonly<Record<CheckinActivity, string>> = { research_activity: '调研活动', consultation: '协商活动', follow_up: '跟踪问效活动' };
