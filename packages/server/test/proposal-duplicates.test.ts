import type { ErrorAnswer } from './support/answers.js';
import type { ProposalDuplicatesView, ProposalView, TopicView } from '@shangliang/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { residentProposal } from './flow.js';
import { createTestApp, engines, type TestApp } from './harness.js';

describe.each(engines())('初筛时逐条提示疑似重复（%s）', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(engine);
  });
  afterEach(async () => t.close());

  const pool = async () => {
    const lamp1 = await residentProposal(t, { title: '东羊村路灯长期不亮', description: '东羊村村口到学校的路灯坏了半年，晚上学生回家很危险。', idempotencyKey: 'key-dup-0001' });
    const lamp2 = await residentProposal(t, { title: '东羊村晚上黑灯瞎火', description: '俺们东羊村的路灯早就不亮了，晚上出门摸黑，老人摔过好几回。', idempotencyKey: 'key-dup-0002' });
    const water = await residentProposal(t, { title: '屯里镇自来水浑浊', description: '屯里镇的自来水最近发黄浑浊，烧开了有水垢，不敢喝。', idempotencyKey: 'key-dup-0003' });
    return { lamp1: lamp1.id, lamp2: lamp2.id, water: water.id };
  };

  it('shows each proposal its likely duplicates with a score, and a title for merging the two', async () => {
    const ids = await pool();
    const office = await t.login('yaodu-office');
    const res = await t.call<ProposalDuplicatesView>(office, 'GET', `/api/proposals/duplicates?ids=${ids.lamp1},${ids.water}`);
    expect(res.status).toBe(200);
    expect(Object.keys(res.json.byId).sort()).toEqual([ids.lamp1, ids.water].sort());
    const [first] = res.json.byId[ids.lamp1]!;
    expect(first).toMatchObject({ kind: 'proposal', id: ids.lamp2, title: '东羊村晚上黑灯瞎火', mergeable: true });
    expect(first!.score).toBeGreaterThanOrEqual(0.2);
    expect(first!.suggestedTitle).toContain('东羊村');
    // A proposal is not its own duplicate, and the water complaint has nothing like it.
    expect(res.json.byId[ids.lamp1]!.map((d) => d.id)).not.toContain(ids.lamp1);
    expect(res.json.byId[ids.water]).toEqual([]);
  });

  it('after 合并立题 a new proposal about the same lamps points to the topic, and merges into it in one click', async () => {
    const ids = await pool();
    const office = await t.login('yaodu-office');
    const topic = await t.call<TopicView>(office, 'POST', '/api/proposals/groups/merge', { ids: [ids.lamp1, ids.lamp2], title: '关于解决东羊村夜间照明问题的建议' });
    expect(topic.status).toBe(200);
    const lamp3 = await residentProposal(t, { title: '东羊村的路灯还是不亮', description: '东羊村学校门口那几盏路灯一直不亮，娃娃们晚上放学看不见路。', idempotencyKey: 'key-dup-0004' });
    const dup = (await t.call<ProposalDuplicatesView>(office, 'GET', `/api/proposals/duplicates?ids=${lamp3.id}`)).json.byId[lamp3.id]!;
    expect(dup[0]).toMatchObject({ kind: 'topic', id: topic.json.id, mergeable: true, suggestedTitle: null });
    expect(dup[0]!.stage).toContain('已立为协商议题');
    expect((await t.call(office, 'POST', '/api/proposals/merge', { ids: [lamp3.id], topicId: dup[0]!.id })).status).toBe(200);
    const merged = await t.call<ProposalView>(office, 'GET', `/api/proposals/${lamp3.id}`);
    expect(merged.json).toMatchObject({ status: 'merged', topicId: topic.json.id });
  });

  it('another county and a member see nothing; bad ids are a Chinese 400 or a 404', async () => {
    const ids = await pool();
    const other = await t.call<ErrorAnswer>(await t.login('hongtong-office'), 'GET', `/api/proposals/duplicates?ids=${ids.lamp1}`);
    expect(other.status).toBe(404);
    expect(JSON.stringify(other.json)).not.toContain('东羊村');
    expect((await t.call(await t.login('yaodu-member1'), 'GET', `/api/proposals/duplicates?ids=${ids.lamp1}`)).status).toBe(404);
    const office = await t.login('yaodu-office');
    const empty = await t.call<ErrorAnswer>(office, 'GET', '/api/proposals/duplicates?ids=,');
    expect(empty.status).toBe(400);
    expect(empty.json.message).toMatch(/[\u4e00-\u9fff]/);
    const many = Array.from({ length: 51 }, (_, i) => `p${i}`).join(',');
    expect((await t.call(office, 'GET', `/api/proposals/duplicates?ids=${many}`)).status).toBe(400);
    expect((await t.call(office, 'GET', '/api/proposals/duplicates?ids=nope')).status).toBe(404);
    expect((await t.call(null, 'GET', `/api/proposals/duplicates?ids=${ids.lamp1}`)).status).toBe(401);
  });
});
