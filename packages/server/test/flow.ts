import type { TestApp } from './harness.js';

/** Drives a new 尧都区 topic to 成果已报送 through the API, each step by its own demo user; returns the topic and its items. */
export async function topicWithOutcome(t: TestApp, title: string, suggestions: string[]): Promise<{ topicId: string; itemIds: string[] }> {
  const office = await t.login('yaodu-office');
  const topic = await t.call(office, 'POST', '/api/topics', { title, description: `${title}的协商议题说明。`, category: 'livelihood' });
  const id = topic.json.id as string;
  await t.call(office, 'POST', `/api/topics/${id}/transitions`, { event: 'submit_for_review' });
  await t.call(await t.login('yaodu-chair'), 'POST', `/api/topics/${id}/transitions`, { event: 'chair_pass' });
  await t.call(await t.login('yaodu-party'), 'POST', `/api/topics/${id}/transitions`, { event: 'party_approve' });
  await t.call(office, 'POST', `/api/topics/${id}/research-reports`, { title: `${title}调研报告`, body: '经实地调研，情况如下：……（调研报告正文）', submittedOn: '2026-11-20' });
  const scheduled = await t.call(office, 'POST', `/api/topics/${id}/consultations`, { form: 'meeting', level: 'county', startsAt: '2026-11-25T09:00:00+08:00', venueText: '区政协会议室' });
  await t.call(office, 'POST', `/api/consultations/${scheduled.json.consultations[0].id}/record`, { minutes: '会议记录……' });
  const outcome = await t.call(office, 'POST', `/api/topics/${id}/outcome`, { kind: 'suggestions', title: `关于${title}的协商建议`, suggestions: suggestions.map((content) => ({ content })), submittedTo: '尧都区委、区政府', submittedOn: '2026-11-27' });
  if (outcome.status !== 201) throw new Error(`outcome → ${outcome.status} ${JSON.stringify(outcome.json)}`);
  return { topicId: id, itemIds: outcome.json.handling.items.map((i: { id: string }) => i.id) };
}

/** Answers the portal's arithmetic question as a resident would. */
export async function solveCaptcha(t: TestApp): Promise<{ captchaId: string; captchaAnswer: string }> {
  const c = await t.call(null, 'GET', '/api/public/captcha');
  const [, a, op, b] = /^(\d+) (加|减) (\d+) 等于几？$/.exec(c.json.question)!;
  return { captchaId: c.json.id, captchaAnswer: String(op === '加' ? Number(a) + Number(b) : Number(a) - Number(b)) };
}
