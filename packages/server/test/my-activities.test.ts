import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, engines, type TestApp } from './harness.js';

describe.each(engines())('我的活动分页（%s）', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(engine);
  });
  afterEach(async () => t.close());

  it('pages a member’s research and consultations newest first, counted in full; another member sees none of them', async () => {
    const office = await t.login('yaodu-office');
    const m1 = await t.userId('yaodu-member1');
    const topic = await t.call(office, 'POST', '/api/topics', { title: '东羊村道路修缮', description: '通村道路破损。', category: 'livelihood' });
    const id = topic.json.id as string;
    await t.call(office, 'POST', `/api/topics/${id}/transitions`, { event: 'submit_for_review' });
    await t.call(await t.login('yaodu-chair'), 'POST', `/api/topics/${id}/transitions`, { event: 'chair_pass' });
    await t.call(await t.login('yaodu-party'), 'POST', `/api/topics/${id}/transitions`, { event: 'party_approve' });
    for (let day = 1; day <= 5; day++) {
      const r = await t.call(office, 'POST', `/api/topics/${id}/research-activities`, { date: `2026-03-0${day}`, place: `第${day}村`, memberIds: [m1], findings: '实地查看。' });
      expect(r.status).toBe(201);
    }
    const report = await t.call(office, 'POST', `/api/topics/${id}/research-reports`, { title: '东羊村道路修缮调研报告', body: '经实地调研，情况如下：……（调研报告正文）', submittedOn: '2026-03-10' });
    expect(report.status, JSON.stringify(report.json)).toBe(201);
    const c = await t.call(office, 'POST', `/api/topics/${id}/consultations`, { form: 'meeting', level: 'county', startsAt: '2026-04-10T09:00:00+08:00', venueText: '区政协会议室', memberIds: [m1] });
    expect(c.status, JSON.stringify(c.json)).toBe(201);

    const member = await t.login('yaodu-member1');
    const first = await t.call(member, 'GET', '/api/me/activities?page=1&pageSize=4');
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ total: 6, page: 1, pageSize: 4 });
    expect(first.json.items.map((a: { kind: string; date: string; title: string }) => [a.kind, a.date, a.title])).toEqual([
      ['consultation', '2026-04-10', '会议协商（已安排）'],
      ['research', '2026-03-05', '调研：第5村'],
      ['research', '2026-03-04', '调研：第4村'],
      ['research', '2026-03-03', '调研：第3村'],
    ]);
    expect(first.json.items[0].attended).toBeNull();
    const second = await t.call(member, 'GET', '/api/me/activities?page=2&pageSize=4');
    expect(second.json.items.map((a: { date: string }) => a.date)).toEqual(['2026-03-02', '2026-03-01']);
    expect(second.json.items[0]).toMatchObject({ topicId: id, topicTitle: '东羊村道路修缮', attended: true });
    expect((await t.call(member, 'GET', '/api/me/activities?pageSize=500')).status).toBe(400);
    const other = await t.call(await t.login('yaodu-member2'), 'GET', '/api/me/activities');
    expect(other.json).toMatchObject({ items: [], total: 0 });
  });
});
