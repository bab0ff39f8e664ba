import type { CreateTopicInput, HandlingItemDetail, TopicView } from '@shangliang/core';
import type { TestApp } from './harness.js';
import type { Captcha, ProposalReceipt } from './support/answers.js';

// Fixtures: each builds one record at one stage through the API, as the demo user whose job the step
// is, and throws (with the answer) when a step is refused, so that a test fails where its setup broke.

/** Sends one request and answers its body; throws unless the status is the one expected. */
export async function step<T>(t: TestApp, cookie: string | null, method: string, url: string, body?: unknown, status = 200): Promise<T> {
  const res = await t.call<T>(cookie, method, url, body);
  if (res.status !== status) throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(res.json)}`);
  return res.json;
}

/** The fixtures' own sessions per app and demo user, with the clock time they were last known good at. */
const sessions = new WeakMap<TestApp, Map<string, { cookie: string; at: number }>>();

/**
 * A session of a demo user for the fixtures. Signing in costs a password hash, so a session is kept
 * while the test clock stands still; once it has moved (the session may have idled out), a new one.
 */
async function session(t: TestApp, username: string): Promise<string> {
  const mine = sessions.get(t) ?? new Map<string, { cookie: string; at: number }>();
  sessions.set(t, mine);
  const kept = mine.get(username);
  if (kept && kept.at === t.clock.current.getTime()) return kept.cookie;
  const cookie = await t.login(username);
  mine.set(username, { cookie, at: t.clock.current.getTime() });
  return cookie;
}

/** `step` as a demo user, in a fixture session; signs in again once if the test ended that session. */
async function stepAs<T>(t: TestApp, username: string, method: string, url: string, body?: unknown, status = 200): Promise<T> {
  const res = await t.call<T>(await session(t, username), method, url, body);
  if (res.status !== 401) {
    if (res.status !== status) throw new Error(`${method} ${url} as ${username} → ${res.status} ${JSON.stringify(res.json)}`);
    return res.json;
  }
  sessions.get(t)?.delete(username);
  return step<T>(t, await session(t, username), method, url, body, status);
}

/** A new 尧都区 topic in 待提交审议, created by the county office. */
export async function draftTopic(t: TestApp, title: string, extra: Partial<CreateTopicInput> = {}): Promise<TopicView> {
  return stepAs<TopicView>(t, 'yaodu-office', 'POST', '/api/topics', { title, description: `${title}的协商议题说明。`, category: 'livelihood', ...extra }, 201);
}

/** Takes a draft topic through 主席会议审议 (the chair) and 党委审定 (the party reviewer) to 调研中. */
export async function approve(t: TestApp, topicId: string): Promise<TopicView> {
  const transition = async (user: string, event: string) => stepAs<TopicView>(t, user, 'POST', `/api/topics/${topicId}/transitions`, { event });
  await transition('yaodu-office', 'submit_for_review');
  await transition('yaodu-chair', 'chair_pass');
  return transition('yaodu-party', 'party_approve');
}

/** A new 尧都区 topic approved for research (调研中). */
export async function approvedTopic(t: TestApp, title: string, extra: Partial<CreateTopicInput> = {}): Promise<TopicView> {
  return approve(t, (await draftTopic(t, title, extra)).id);
}

/** A new 尧都区 topic rejected at the chair's meeting (未通过). */
export async function rejectedTopic(t: TestApp, title: string): Promise<TopicView> {
  const { id } = await draftTopic(t, title);
  await stepAs(t, 'yaodu-office', 'POST', `/api/topics/${id}/transitions`, { event: 'submit_for_review' });
  return stepAs<TopicView>(t, 'yaodu-chair', 'POST', `/api/topics/${id}/transitions`, { event: 'chair_reject', reason: '已列入其他专项，不再单独协商' });
}

/** Submits a research report on a topic in 调研中 (不调研不协商), as the county office. */
export async function reportResearch(t: TestApp, topicId: string, title: string): Promise<TopicView> {
  return stepAs<TopicView>(t, 'yaodu-office', 'POST', `/api/topics/${topicId}/research-reports`, { title: `${title}调研报告`, body: '经实地调研，情况如下：……（调研报告正文）', submittedOn: '2026-11-20' }, 201);
}

/** Researches an approved topic and schedules a county meeting (协商中); answers the topic with its one consultation. */
export async function consult(t: TestApp, topicId: string, title: string): Promise<TopicView> {
  await reportResearch(t, topicId, title);
  return stepAs<TopicView>(t, 'yaodu-office', 'POST', `/api/topics/${topicId}/consultations`, { form: 'meeting', level: 'county', startsAt: '2026-11-25T09:00:00+08:00', venueText: '区政协会议室' }, 201);
}

/** A new 尧都区 topic with a 网络协商 scheduled, whose room opens at once; answers the room's id. */
export async function onlineRoom(t: TestApp, title: string): Promise<{ topicId: string; roomId: string }> {
  const { id } = await approvedTopic(t, title);
  await reportResearch(t, id, title);
  const topic = await stepAs<TopicView>(t, 'yaodu-office', 'POST', `/api/topics/${id}/consultations`, { form: 'online', level: 'county', startsAt: '2026-12-03T09:00:00+08:00', venueText: '网络议事厅' }, 201);
  return { topicId: id, roomId: topic.consultations[0]!.roomId! };
}

/** A new 尧都区 topic with its consultation scheduled, not yet held (协商中). */
export async function consultingTopic(t: TestApp, title: string): Promise<TopicView> {
  return consult(t, (await approvedTopic(t, title)).id, title);
}

/** Records the consultation of a topic in 协商中 and submits its outcome with these suggestions (成果已报送). */
export async function submitOutcome(t: TestApp, topic: TopicView, suggestions: string[]): Promise<TopicView> {
  await stepAs(t, 'yaodu-office', 'POST', `/api/consultations/${topic.consultations[0]!.id}/record`, { minutes: '会议记录……' });
  const body = { kind: 'suggestions', title: `关于${topic.title}的协商建议`, suggestions: suggestions.map((content) => ({ content })), submittedTo: '尧都区委、区政府', submittedOn: '2026-11-27' };
  return stepAs<TopicView>(t, 'yaodu-office', 'POST', `/api/topics/${topic.id}/outcome`, body, 201);
}

/** Drives a new 尧都区 topic to 成果已报送 through the API, each step by its own demo user; returns the topic and its items. */
export async function topicWithOutcome(t: TestApp, title: string, suggestions: string[]): Promise<{ topicId: string; itemIds: string[] }> {
  const topic = await submitOutcome(t, await consultingTopic(t, title), suggestions);
  return { topicId: topic.id, itemIds: topic.handling!.items.map((i) => i.id) };
}

/** 交办 — the county office assigns an item (body: leadDepartmentId and any of dueOn, coDepartmentIds, letterNo …). */
export async function assignItem(t: TestApp, itemId: string, body: { leadDepartmentId: string } & Record<string, unknown>): Promise<HandlingItemDetail> {
  return stepAs<HandlingItemDetail>(t, 'yaodu-office', 'POST', `/api/handling/items/${itemId}/assign`, body);
}

/** Takes an item assigned to 尧都区交通运输局 to 已办结: its answer (A), accepted, and rated 满意. */
export async function settleItem(t: TestApp, itemId: string): Promise<HandlingItemDetail> {
  await stepAs(t, 'yaodu-dept-jt', 'POST', `/api/handling/items/${itemId}/feedback`, { text: '已会同有关单位办理完毕。', resultClass: 'A', responsible: '孙立新', contact: '13935711021' });
  await stepAs(t, 'yaodu-office', 'POST', `/api/handling/items/${itemId}/review`, { decision: 'accept' });
  return stepAs<HandlingItemDetail>(t, 'yaodu-office', 'POST', `/api/handling/items/${itemId}/evaluate`, { rating: 'satisfied' });
}

/** Answers the portal's arithmetic question as a resident would. */
export async function solveCaptcha(t: TestApp): Promise<{ captchaId: string; captchaAnswer: string }> {
  const c = await t.call<Captcha>(null, 'GET', '/api/public/captcha');
  const [, a, op, b] = /^(\d+) (加|减) (\d+) 等于几？$/.exec(c.json.question)!;
  return { captchaId: c.json.id, captchaAnswer: String(op === '加' ? Number(a) + Number(b) : Number(a) - Number(b)) };
}

/** 王大爷's proposal about the road of 屯里镇东羊村, as the portal's form sends it (without the captcha). */
export const residentForm = (countyId: string, extra: object = {}) => ({
  countyId,
  category: 'livelihood',
  title: '屯里镇东羊村通村道路坑洼难行',
  description: '东羊村到屯里镇的通村道路多处塌陷，雨天积水，学生上学和群众出行很不方便，希望尽快修缮。',
  name: '王大爷',
  phone: '13812345678',
  consent: true,
  idempotencyKey: 'key-0001-abcdef',
  ...extra,
});

/** 王大爷's proposal from 东羊村 sent through the public portal; answers its 查询码 and its id in the county's pool. */
export async function residentProposal(t: TestApp, extra: object = {}): Promise<{ code: string; id: string }> {
  const form = residentForm(await t.orgId('尧都区政协'), { placeId: await t.orgId('东羊村'), ...extra });
  const { trackingCode: code } = await step<ProposalReceipt>(t, null, 'POST', '/api/public/proposals', { ...form, ...(await solveCaptcha(t)) }, 201);
  const row = await t.db.kysely.selectFrom('proposals').select('id').where('tracking_code', '=', code).executeTakeFirstOrThrow();
  return { code, id: row.id };
}
