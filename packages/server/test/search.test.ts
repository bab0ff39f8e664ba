import type { SearchPageView } from '@shangliang/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { segment } from '../src/text/segment.js';
import { reindexAll } from '../src/search/index-records.js';
import { loadPlaceWords } from '../src/search/dictionary.js';
import { approvedTopic, onlineRoom, residentProposal } from './flow.js';
import { createTestApp, engines, type TestApp } from './harness.js';
import type { ErrorAnswer } from './support/answers.js';

describe.each(engines())('全文检索（%s）', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(engine);
  });
  afterEach(async () => t.close());

  const search = async (cookie: string | null, q: string, extra = '') => t.call<SearchPageView>(cookie, 'GET', `/api/search?q=${encodeURIComponent(q)}${extra}`);
  const member = () => t.login('yaodu-member1');

  it('keeps our place and department names whole, after the organisation tree is loaded', async () => {
    expect(await loadPlaceWords(t.db)).toBeGreaterThan(100);
    expect(segment('师庄乡冯南垣村的路灯不亮，交通运输局说归住建管')).toEqual(expect.arrayContaining(['师庄乡', '冯南垣村', '交通运输局']));
  });

  it('a two-character query finds the word inside a longer one; the snippet marks it and escapes HTML; phones never show', async () => {
    const cookie = await member();
    const made = await t.call(cookie, 'POST', '/api/proposals', { source: 'member', category: 'livelihood', title: '东羊村经常停电了', description: '村里<b>夏天</b>经常停电了，联系电话13812345678，群众意见很大。' });
    expect(made.status).toBe(201);
    const res = await search(cookie, '停电');
    expect(res.status).toBe(200);
    const hit = res.json.items.find((h) => h.id === made.json.id)!;
    expect(hit).toMatchObject({ kind: 'proposal', title: '东羊村经常停电了' });
    expect(hit.snippet).toContain('<mark>停电</mark>');
    expect(hit.snippet).toContain('&lt;b&gt;');
    expect(hit.snippet).not.toContain('13812345678');
    expect((await search(cookie, '电')).status).toBe(400);
    expect((await search(cookie, '电')).json).toMatchObject({ message: expect.stringContaining('请至少输入两个字') });
  });

  it('finds only what the lists show: another county none, a member their own proposals, the office its county', async () => {
    const own = await t.call(await member(), 'POST', '/api/proposals', { source: 'member', category: 'livelihood', title: '东羊村路灯长期不亮', description: '东羊村村口到学校的路灯坏了半年，晚上学生回家很危险。' });
    const resident = await residentProposal(t, { title: '西羊村路灯不亮', description: '西羊村的路灯坏了，晚上黑灯瞎火。', idempotencyKey: 'key-search-0001' });
    const ids = (r: { json: SearchPageView }) => r.json.items.map((h) => h.id);
    expect(ids(await search(await t.login('yaodu-office'), '路灯'))).toEqual(expect.arrayContaining([own.json.id, resident.id]));
    expect(ids(await search(await t.login('hongtong-office'), '路灯'))).not.toEqual(expect.arrayContaining([own.json.id]));
    expect(ids(await search(await t.login('hongtong-office'), '路灯'))).not.toContain(resident.id);
    const mine = ids(await search(await member(), '路灯'));
    expect(mine).toContain(own.json.id);
    expect(mine).not.toContain(resident.id);
    expect((await search(null, '路灯')).status).toBe(401);
  });

  it('the index follows edits and merges, and a rebuild gives the same answers', async () => {
    const office = await t.login('yaodu-office');
    const p = await residentProposal(t, { title: '屯里镇自来水浑浊', description: '屯里镇的自来水最近发黄浑浊，不敢喝。', idempotencyKey: 'key-search-0002' });
    const topic = await approvedTopic(t, '农村饮水安全');
    expect((await t.call(office, 'POST', '/api/proposals/merge', { ids: [p.id], topicId: topic.id })).status).toBe(200);
    const hit = (await search(office, '浑浊', '&kinds=proposal')).json.items.find((h) => h.id === p.id);
    expect(hit?.state).toBe('merged');
    const before = (await search(office, '饮水')).json;
    await reindexAll(t.db);
    expect((await search(office, '饮水')).json).toEqual(before);
  });

  it('the portal finds public records only: a statement of a public room, not a proposal', async () => {
    await residentProposal(t, { title: '东羊村经常停电', description: '东羊村经常停电，冰箱里的东西都坏了。', idempotencyKey: 'key-search-0003' });
    const { roomId } = await onlineRoom(t, '农村电网改造');
    const office = await t.login('yaodu-office');
    const posted = await t.call(office, 'POST', `/api/rooms/${roomId}/statements`, { text: '东羊村夏天经常停电，建议尽快改造农村电网。', idempotencyKey: 'seed-0000-0001', seed: true });
    expect(posted.status).toBe(201);
    const res = await t.call<SearchPageView>(null, 'GET', `/api/public/search?q=${encodeURIComponent('停电')}`);
    expect(res.status).toBe(200);
    expect(res.json.items.map((h) => h.kind)).toEqual(['statement']);
    expect(res.json.items[0]!.snippet).toContain('<mark>停电</mark>');
    expect((await t.call<ErrorAnswer>(null, 'GET', '/api/public/search?q=')).status).toBe(400);
  });

  it('similar proposals at submission: an open one about the same problem is offered with its stage, without personal data', async () => {
    await residentProposal(t, { title: '东羊村路灯长期不亮', description: '东羊村村口到学校的路灯坏了半年，晚上学生回家很危险。', idempotencyKey: 'key-similar-0001' });
    await residentProposal(t, { title: '屯里镇自来水浑浊', description: '屯里镇的自来水最近发黄浑浊，不敢喝。', idempotencyKey: 'key-similar-0002' });
    const yaodu = await t.orgId('尧都区政协');
    const res = await t.call<{ items: { title: string; stage: string; score: number }[] }>(null, 'POST', '/api/public/proposals/similar', { countyId: yaodu, title: '东羊村晚上黑灯瞎火', description: '村里路灯坏了好久没人修' });
    expect(res.status).toBe(200);
    expect(res.json.items[0]).toMatchObject({ title: '东羊村路灯长期不亮', stage: '已有人提出（待初筛）' });
    expect(res.json.items.map((i) => i.title)).not.toContain('屯里镇自来水浑浊');
    expect(Object.keys(res.json.items[0]!).sort()).toEqual(['score', 'stage', 'title']);
    // Another county's pool is not searched; a bad county is a 400.
    const hongtong = await t.orgId('洪洞县政协');
    expect((await t.call<{ items: unknown[] }>(null, 'POST', '/api/public/proposals/similar', { countyId: hongtong, title: '东羊村路灯坏了', description: '' })).json.items).toEqual([]);
    expect((await t.call(null, 'POST', '/api/public/proposals/similar', { countyId: 'nope', title: '路灯', description: '' })).status).toBe(400);
  });
});
