import type { CaseSummary, CaseView, ProposalPage, TopicView, TrackView } from '@shangliang/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { solveCaptcha, step, topicWithOutcome } from './flow.js';
import { createTestApp, engines, type TestApp } from './harness.js';
import { multipartBody } from './support/fixtures.js';
import { linkAttachmentsTo } from '../src/repositories/attachments.repository.js';
import type { ProposalReceipt } from './support/answers.js';

describe.each(engines())('领导批示、跟踪问效、办结与公开（%s）', (engine) => {
  let t: TestApp;
  let office: string;
  let topicId: string;
  let items: string[];
  // Each test: a topic with its outcome, two suggestions.
  beforeEach(async () => {
    t = await createTestApp(engine);
    office = await t.login('yaodu-office');
    ({ topicId, itemIds: items } = await topicWithOutcome(t, '乡村学校校车接送', ['增开校车线路', '规范校车停靠点']));
  });
  afterEach(async () => t.close());

  /** A resident's proposal merged into the topic; answers its 查询码. */
  const mergedProposal = async (): Promise<string> => {
    const sent = await step<ProposalReceipt>(t, null, 'POST', '/api/public/proposals', { countyId: await t.orgId('尧都区政协'), category: 'livelihood', title: '金殿镇学生上学路远', description: '金殿镇部分村离学校 8 公里，没有校车，家长接送困难。', consent: true, idempotencyKey: 'follow-up-key-1', ...(await solveCaptcha(t)) }, 201);
    const pool = await t.call<ProposalPage>(office, 'GET', '/api/proposals?status=submitted');
    const pid = pool.json.items.find((p) => p.trackingCode === sent.trackingCode)!.id;
    const merged = await t.call(office, 'POST', '/api/proposals/merge', { ids: [pid], topicId });
    expect(merged.status).toBe(200);
    return sent.trackingCode;
  };

  it('records a leader’s instruction with follow-up actions and their completion', async () => {
    const res = await t.call<TopicView>(office, 'POST', `/api/topics/${topicId}/instructions`, { leader: '王志强', leaderTitle: '尧都区区长', givenOn: '2026-11-28', text: '请教育局会同交通运输局抓紧研究，年底前拿出方案。', actions: [{ text: '教育局提出校车线路方案', dueOn: '2026-12-31' }, { text: '交通运输局核定停靠点', dueOn: '2027-01-15' }] });
    expect(res.status).toBe(201);
    const instruction = res.json.instructions[0]!;
    expect(instruction).toMatchObject({ leader: '王志强', leaderTitle: '尧都区区长' });
    expect(instruction.actions.map((a) => a.dueOn)).toEqual(['2026-12-31', '2027-01-15']);
    const done = await t.call<TopicView>(office, 'POST', `/api/instruction-actions/${instruction.actions[0]!.id}/done`, { doneOn: '2026-12-20' });
    expect(done.json.instructions[0]?.actions[0]?.doneOn).toBe('2026-12-20');
    expect(done.json.timeline.map((e) => e.title)).toContain('尧都区区长王志强批示');
    expect((await t.call(await t.login('yaodu-member1'), 'POST', `/api/topics/${topicId}/instructions`, { leader: 'x', givenOn: '2026-11-28', text: 'x' })).status).toBe(403);
  });

  it('follow-up, 办结 once every suggestion is settled, answers made public, and the case flag', async () => {
    const code = await mergedProposal();
    const jt = await t.orgId('尧都区交通运输局');
    for (const id of items) await t.call(office, 'POST', `/api/handling/items/${id}/assign`, { leadDepartmentId: jt });
    expect((await t.call(office, 'POST', `/api/topics/${topicId}/case`, { published: true })).status).toBe(409);
    const follow = await t.call<TopicView>(office, 'POST', `/api/topics/${topicId}/follow-ups`, { kind: 'supervision', date: '2026-12-10', place: '金殿镇中心校', memberIds: [await t.userId('yaodu-member3')], findings: '校车线路已试运行，家长反映良好。' });
    expect(follow.json.followUps[0]).toMatchObject({ kindLabel: '民主监督', members: [{ name: '杨丽娟' }] });
    const dept = await t.login('yaodu-dept-jt');
    for (const id of items) {
      await t.call(dept, 'POST', `/api/handling/items/${id}/feedback`, { text: '已会同教育局增开 2 条校车线路，覆盖金殿镇 6 个村。', resultClass: 'A', responsible: '孙立新', contact: '13935711021' });
      await t.call(office, 'POST', `/api/handling/items/${id}/review`, { decision: 'accept' });
    }
    expect((await t.call(office, 'POST', `/api/topics/${topicId}/transitions`, { event: 'conclude' })).status).toBe(409);
    for (const id of items) await t.call(office, 'POST', `/api/handling/items/${id}/evaluate`, { rating: 'satisfied' });
    const published = await t.call<TopicView>(office, 'POST', `/api/topics/${topicId}/publish-answers`);
    expect(published.json.answersPublishedAt).toBeTruthy();
    const concluded = await t.call<TopicView>(office, 'POST', `/api/topics/${topicId}/transitions`, { event: 'conclude' });
    expect(concluded.json).toMatchObject({ state: 'concluded', stateLabel: '已办结' });
    const track = await t.call<TrackView>(null, 'GET', `/api/public/track/${code}`);
    expect(track.json.topic?.stateLabel).toBe('已办结');
    expect(track.json.answers.map((a) => [a.seq, a.resultClassLabel])).toEqual([[1, 'A 已解决'], [2, 'A 已解决']]);
    expect((await t.call(null, 'GET', `/api/public/cases/${topicId}`)).status).toBe(404); // not yet a case
    expect(track.json.caseId).toBeNull();
    // A photo of the consultation, and a document beside it: only the photo goes on the case page.
    const upload = async (name: string, type: string) => {
      const { payload, contentType } = multipartBody(name, type, type === 'image/png' ? '(照片)' : '会议材料');
      return (await t.app.inject({ method: 'POST', url: '/api/attachments', headers: { cookie: office, 'content-type': contentType, 'x-shangliang-request': '1' }, payload })).json().id as string;
    };
    const [photo, doc] = [await upload('现场协商.png', 'image/png'), await upload('会议材料.txt', 'text/plain')];
    const consultationId = (await t.call<TopicView>(office, 'GET', `/api/topics/${topicId}`)).json.consultations[0]!.id;
    await linkAttachmentsTo(t.db.kysely, [photo, doc], 'consultation', consultationId);
    expect((await t.app.inject({ method: 'GET', url: `/api/attachments/${photo}` })).statusCode).toBe(401); // not yet a case
    const asCase = await t.call<TopicView>(office, 'POST', `/api/topics/${topicId}/case`, { published: true });
    expect(asCase.json.publishedAsCase).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: `/api/attachments/${photo}` })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/attachments/${doc}` })).statusCode).toBe(401);
    expect((await t.call<CaseView>(null, 'GET', `/api/public/cases/${topicId}`)).json.photos.map((p) => p.filename)).toEqual(['现场协商.png']);
    // 典型案例 on the portal: listed, told as a story from public parts only, and linked from the resident's track page.
    const cases = await t.call<{ items: CaseSummary[] }>(null, 'GET', '/api/public/cases');
    expect(cases.json.items.map((c) => c.id)).toContain(topicId);
    const story = await t.call<CaseView>(null, 'GET', `/api/public/cases/${topicId}`);
    expect(story.json).toMatchObject({ countyName: '尧都区政协', suggestionCount: 2 });
    expect(story.json.answers.map((a) => a.resultClassLabel)).toEqual(['A 已解决', 'A 已解决']);
    expect(story.json.milestones.map((m) => m.label)).toEqual(expect.arrayContaining(['建立议题', '报送协商成果']));
    expect(JSON.stringify(story.json)).not.toMatch(/13935711021|孙立新/); // no contacts, no names of handlers
    expect((await t.call<TrackView>(null, 'GET', `/api/public/track/${code}`)).json.caseId).toBe(topicId);
    await t.call(office, 'POST', `/api/topics/${topicId}/case`, { published: false });
    expect((await t.call(null, 'GET', `/api/public/cases/${topicId}`)).status).toBe(404);
  });
});
