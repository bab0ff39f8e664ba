import type { NotificationKind } from './notification-kinds.js';

/** What a notification's text is made of; each kind uses its own part. */
export interface NotificationFacts {
  /** The topic's title. */
  readonly topic?: string;
  /** The suggestion's number within its outcome and its text. */
  readonly seq?: number;
  readonly suggestion?: string;
  readonly department?: string;
  readonly dueOn?: string;
  readonly daysLeft?: number;
  readonly reason?: string | null;
  readonly rating?: string;
  readonly method?: string;
  readonly stage?: string;
  readonly startsAt?: string;
  readonly venue?: string;
  readonly room?: string;
  readonly proposal?: string;
  readonly status?: string;
  readonly trackingCode?: string;
}

/** A notification's text: the title and body shown in the console and mail, and the short SMS. */
export interface NotificationText {
  readonly title: string;
  readonly body: string;
  readonly sms: string;
}

const clip = (text: string | undefined, n: number): string => {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
};
/** 《议题》第 N 条建议 */
const itemName = (f: NotificationFacts): string => `“${clip(f.topic, 30)}”第 ${f.seq ?? 1} 条建议`;
const dueText = (f: NotificationFacts): string => (f.daysLeft === 0 ? '今日到期' : f.daysLeft === 1 ? '明日到期' : `还有 ${f.daysLeft} 天到期`);

type Template = (f: NotificationFacts) => { title: string; body: string; sms?: string };

/** 通知文字 — short and official, one per kind; the SMS is the body unless a shorter one reads better. */
const TEMPLATES: Readonly<Record<NotificationKind, Template>> = {
  item_assigned: (f) => ({
    title: `【交办】${itemName(f)}`,
    body: `${itemName(f)}“${clip(f.suggestion, 60)}”已交由贵单位办理，办理期限至 ${f.dueOn}。请按期办理并书面答复。`,
    sms: `${itemName(f)}已交由贵单位办理，期限至 ${f.dueOn}，请登录平台查看并按期答复。`,
  }),
  item_due_soon: (f) => ({ title: `【到期提醒】${itemName(f)}`, body: `贵单位承办的${itemName(f)}${dueText(f)}（${f.dueOn}），请抓紧办理并按期书面答复。` }),
  item_due_tomorrow: (f) => ({ title: `【到期提醒】${itemName(f)}${dueText(f)}`, body: `贵单位承办的${itemName(f)}${dueText(f)}（${f.dueOn}），请于期限内报送书面答复。` }),
  item_overdue: (f) => ({
    title: `【逾期提醒】${itemName(f)}`,
    body: `${f.department ? `${f.department}承办的` : ''}${itemName(f)}已超过办理期限 ${-(f.daysLeft ?? 0)} 天（期限 ${f.dueOn}），请尽快办理并书面答复。`,
  }),
  item_supervised: (f) => ({
    title: `【督办】${itemName(f)}`,
    body: `政协办公室对贵单位承办的${itemName(f)}进行了${f.method ?? '督办'}${f.reason ? `：${clip(f.reason, 60)}` : ''}。办理期限 ${f.dueOn}，请抓紧办理。`,
  }),
  feedback_submitted: (f) => ({ title: `【答复待审】${itemName(f)}`, body: `${f.department ?? '承办单位'}已报送${itemName(f)}的书面答复，请审核。` }),
  feedback_returned: (f) => ({
    title: `【退回修改】${itemName(f)}`,
    body: `贵单位报送的${itemName(f)}书面答复已退回修改${f.reason ? `，理由：${clip(f.reason, 80)}` : ''}。请修改后重新报送。`,
  }),
  item_evaluated: (f) => ({ title: `【测评结果】${itemName(f)}`, body: `${itemName(f)}的办理满意度测评结果为“${f.rating}”，该建议已办结。` }),
  item_rehandled: (f) => ({
    title: `【重新办理】${itemName(f)}`,
    body: `${itemName(f)}的满意度测评结果为“不满意”，请重新办理，新的办理期限至 ${f.dueOn}。`,
  }),
  topic_stage: (f) => ({ title: `【议题进展】${clip(f.topic, 30)}`, body: `您参与的议题“${clip(f.topic, 40)}”已进入“${f.stage}”阶段。` }),
  consultation_invited: (f) => ({
    title: `【协商邀请】${clip(f.topic, 30)}`,
    body: `定于 ${f.startsAt} 在${f.venue}就“${clip(f.topic, 40)}”开展协商，敬请准时参加。`,
  }),
  room_opened: (f) => ({ title: `【网络议事】${clip(f.room, 30)}`, body: `“${clip(f.room, 40)}”已开放，欢迎登录平台发表意见、参与表决。` }),
  proposal_status: (f) => ({
    title: `【选题建议】${clip(f.proposal, 30)}`,
    body: `您提出的选题建议“${clip(f.proposal, 40)}”${f.status}。${f.trackingCode ? `查询码 ${f.trackingCode}，可在“有事来商量”平台查询进展。` : ''}`,
  }),
};

/** The text of a notification of a kind. */
export function renderNotification(kind: NotificationKind, facts: NotificationFacts): NotificationText {
  const t = TEMPLATES[kind](facts);
  return { title: t.title, body: t.body, sms: t.sms ?? t.body };
}
