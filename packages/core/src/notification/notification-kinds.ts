/** 通知渠道 — in the console (站内), by e-mail, by SMS through the county's gateway. */
export const CHANNELS = ['in_app', 'email', 'sms'] as const;
/** A channel. */
export type Channel = (typeof CHANNELS)[number];
/** Labels of channels. */
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = { in_app: '站内消息', email: '电子邮件', sms: '手机短信' };

/**
 * 通知对象 — who an event concerns, resolved to accounts (or a resident's phone) by the server in one place
 * (notifications/recipients.ts).
 */
export const AUDIENCES = [
  /** The handlers (经办人) of the item's lead department (主办). */
  'lead_department',
  /** The handlers of the item's co-handling departments (会办). */
  'co_departments',
  /** The office of the item's or topic's level. */
  'office',
  /** Members who proposed, researched, consulted or followed up the topic. */
  'topic_members',
  /** Handlers of the departments that handle the topic's suggestions. */
  'topic_departments',
  /** Members invited to a consultation. */
  'invited_members',
  /** Handlers of the departments invited to a consultation. */
  'invited_departments',
  /** Whoever submitted the proposal: a member's account, or a resident's phone when they consented. */
  'proposer',
] as const;
/** An audience. */
export type Audience = (typeof AUDIENCES)[number];

/** The events users are told of. */
export const NOTIFICATION_KINDS = [
  'item_assigned',
  'item_due_soon',
  'item_due_tomorrow',
  'item_overdue',
  'item_supervised',
  'feedback_submitted',
  'feedback_returned',
  'item_evaluated',
  'item_rehandled',
  'topic_stage',
  'consultation_invited',
  'room_opened',
  'proposal_status',
] as const;
/** A kind of notification. */
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** One row of the notification table: who is told, and by which channels unless they choose otherwise. */
export interface NotificationRule {
  readonly label: string;
  readonly audiences: readonly Audience[];
  /** The channels used for a user who has not chosen (in_app is always among them). */
  readonly channels: readonly Channel[];
}

const ALL: readonly Channel[] = ['in_app', 'email', 'sms'];
const IN_APP_MAIL: readonly Channel[] = ['in_app', 'email'];

/**
 * 通知规则表 — events → recipients → channels, the one place that decides who is told what. Deadlines and
 * 督办 reach a department by every channel; progress news stays in the console and the mailbox.
 */
export const NOTIFICATION_RULES: Readonly<Record<NotificationKind, NotificationRule>> = {
  item_assigned: { label: '建议交办', audiences: ['lead_department', 'co_departments'], channels: ALL },
  item_due_soon: { label: '办理期限 7 天内到期', audiences: ['lead_department'], channels: ALL },
  item_due_tomorrow: { label: '办理期限明日到期', audiences: ['lead_department'], channels: ALL },
  item_overdue: { label: '办理逾期', audiences: ['lead_department', 'office'], channels: ALL },
  item_supervised: { label: '督办', audiences: ['lead_department'], channels: ALL },
  feedback_submitted: { label: '承办单位报送答复', audiences: ['office'], channels: IN_APP_MAIL },
  feedback_returned: { label: '答复退回修改', audiences: ['lead_department'], channels: ALL },
  item_evaluated: { label: '满意度测评结果', audiences: ['lead_department'], channels: IN_APP_MAIL },
  item_rehandled: { label: '测评不满意，重新办理', audiences: ['lead_department'], channels: ALL },
  topic_stage: { label: '议题进展', audiences: ['topic_members', 'topic_departments'], channels: IN_APP_MAIL },
  consultation_invited: { label: '协商活动邀请', audiences: ['invited_members', 'invited_departments'], channels: ALL },
  room_opened: { label: '网络议事厅开放', audiences: ['invited_members'], channels: IN_APP_MAIL },
  proposal_status: { label: '选题建议处理结果', audiences: ['proposer'], channels: ALL },
};

/** The channels a user receives a kind by: their choice when they made one, otherwise the rule's; in-app always. */
export function channelsFor(kind: NotificationKind, chosen: readonly Channel[] | undefined): Channel[] {
  const picked = chosen ?? NOTIFICATION_RULES[kind].channels;
  return CHANNELS.filter((c) => c === 'in_app' || picked.includes(c));
}
