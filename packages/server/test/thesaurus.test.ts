import type { ProposalGroupsView, SearchPageView, ThesaurusGroupView, ThesaurusView } from '@shangliang/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { residentProposal } from './flow.js';
import { createTestApp, engines, type TestApp } from './harness.js';
import type { ErrorAnswer } from './support/answers.js';

/** A county's own group: 晒场 (the threshing floor) and the words villagers use for it; none of them is shipped. */
const THRESHING = { head: '晒场', words: ['麦场', '打谷场', '场院'], topic: '晒场', local: true };

describe.each(engines())('近义词表：各县维护，用于检索、相似建议和分组（%s）', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(engine);
  });
  afterEach(async () => t.close());

  const search = (cookie: string, q: string, extra = '') => t.call<SearchPageView>(cookie, 'GET', `/api/search?q=${encodeURIComponent(q)}${extra}`);
  const titles = (r: { json: SearchPageView }) => r.json.items.map((h) => h.title);
  const addGroup = async (cookie: string, body: object = THRESHING) => {
    const res = await t.call<ThesaurusGroupView>(cookie, 'POST', '/api/thesaurus/groups', body);
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json;
  };
  const count = async (table: 'thesaurus_groups' | 'audit_log', action?: string) => {
    const q = action
      ? t.db.kysely.selectFrom('audit_log').where('action', 'like', `${action}%`)
      : t.db.kysely.selectFrom(table);
    return Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  };
  /** Two 尧都区 records: one with the exact word, one with a related word only. */
  const records = async () => {
    const exact = await residentProposal(t, { title: '东羊村晒场被占用', description: '村里的晒场被人堆了建材，秋收没地方晒粮食。', idempotencyKey: 'key-thes-0001' });
    const related = await residentProposal(t, { title: '东羊村麦场堆满杂物', description: '麦场上堆满了柴火和杂物，收了麦子没处摊开。', idempotencyKey: 'key-thes-0002' });
    return { exact: exact.id, related: related.id };
  };

  it('the office adds a group: a search for one word finds a record written with another, ranked below the exact hit and marked', async () => {
    const office = await t.login('yaodu-office');
    const ids = await records();
    expect(titles(await search(office, '晒场'))).toEqual(['东羊村晒场被占用']);

    const group = await addGroup(office);
    expect(group).toMatchObject({ head: '晒场', words: ['晒场', '麦场', '打谷场', '场院'], shipped: false, extendsShipped: false, topic: '晒场', local: true, version: 1, actions: ['thesaurus.edit'], updatedByName: expect.any(String) });
    const list = await t.call<ThesaurusView>(office, 'GET', '/api/thesaurus');
    expect(list.status).toBe(200);
    expect(list.json.actions).toEqual(['thesaurus.edit']);
    const shipped = list.json.groups.filter((g) => g.shipped);
    expect(shipped.length).toBeGreaterThan(60);
    expect(shipped.every((g) => g.id === null && g.actions.length === 0)).toBe(true);
    expect(shipped.find((g) => g.head === '网络信号')?.words).toEqual(expect.arrayContaining(['手机没信号', '通信基站']));
    expect(list.json.groups.filter((g) => !g.shipped).map((g) => g.id)).toEqual([group.id]);

    const res = await search(office, '晒场');
    expect(res.json.items.map((h) => h.id)).toEqual([ids.exact, ids.related]);
    expect(res.json.total).toBe(2);
    expect(res.json.items[1]!.snippet).toContain('<mark>麦场</mark>');
    // Pages run on from the exact hits into the related ones.
    const second = await search(office, '晒场', '&pageSize=1&page=2');
    expect([second.json.items.map((h) => h.id), second.json.total]).toEqual([[ids.related], 2]);
    expect((await search(office, '晒场', '&pageSize=1&page=3')).json.items).toEqual([]);
    // The other way round too, and a query word beside the thesaurus word must still match (AND between words).
    expect(titles(await search(office, '打谷场'))).toEqual(['东羊村晒场被占用', '东羊村麦场堆满杂物']);
    expect(titles(await search(office, '晒场杂物'))).toEqual(['东羊村麦场堆满杂物']);
    expect(titles(await search(office, '麦场 建材'))).toEqual(['东羊村晒场被占用']);
    expect(await count('audit_log', 'thesaurus.create')).toBe(1);
  });

  it('the shipped thesaurus expands every search: 通信基站 finds 手机没信号, below a record with the exact words', async () => {
    const office = await t.login('yaodu-office');
    await residentProposal(t, { title: '东羊村手机没信号', description: '村里手机没信号，打电话要跑到村外。', idempotencyKey: 'key-thes-0003' });
    await residentProposal(t, { title: '东羊村通信基站建设', description: '建议在东羊村建设通信基站。', idempotencyKey: 'key-thes-0004' });
    expect(titles(await search(office, '通信基站'))).toEqual(['东羊村通信基站建设', '东羊村手机没信号']);
  });

  it('a group with a shipped head adds its words to that group', async () => {
    const office = await t.login('yaodu-office');
    await residentProposal(t, { title: '东羊村路灯坏了', description: '村口路灯坏了半年没人修。', idempotencyKey: 'key-thes-0005' });
    expect((await search(office, '灯杆')).json.total).toBe(0);
    const group = await addGroup(office, { head: '路灯', words: ['灯杆', '路灯杆'] });
    expect(group).toMatchObject({ extendsShipped: true, words: ['路灯', '灯杆', '路灯杆'] });
    expect(titles(await search(office, '灯杆'))).toEqual(['东羊村路灯坏了']);
  });

  it('another county neither sees nor edits the group (404), and its search is not expanded by it; the city office reads it', async () => {
    const office = await t.login('yaodu-office');
    const group = await addGroup(office);
    const yaodu = await t.orgId('尧都区政协');
    const hongtong = await t.login('hongtong-office');
    const member = await t.login('hongtong-member1');
    const made = await t.call(member, 'POST', '/api/proposals', { source: 'member', category: 'livelihood', title: '万安镇麦场被占', description: '万安镇的麦场被占了，秋收没地方晒粮食。' });
    expect(made.status).toBe(201);
    expect((await search(hongtong, '晒场')).json.total).toBe(0);
    expect((await search(hongtong, '麦场')).json.total).toBe(1);

    expect((await t.call<ThesaurusView>(hongtong, 'GET', '/api/thesaurus')).json.groups.filter((g) => !g.shipped)).toEqual([]);
    expect((await t.call<ErrorAnswer>(hongtong, 'GET', `/api/thesaurus?countyId=${yaodu}`)).status).toBe(403);
    const put = await t.call<ErrorAnswer>(hongtong, 'PUT', `/api/thesaurus/groups/${group.id}`, { ...THRESHING, words: ['麦场'], version: 1 });
    expect(put.status).toBe(404);
    expect(put.json.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await t.call(hongtong, 'DELETE', `/api/thesaurus/groups/${group.id}`, {})).status).toBe(404);
    expect((await t.call<ThesaurusGroupView>(office, 'GET', '/api/thesaurus')).json).toMatchObject({ groups: expect.arrayContaining([expect.objectContaining({ id: group.id, words: ['晒场', '麦场', '打谷场', '场院'] })]) });

    // The city office reads every county's, edits only the city's; its search follows the county filter's thesaurus.
    const city = await t.login('city-office');
    const cityView = await t.call<ThesaurusView>(city, 'GET', `/api/thesaurus?countyId=${yaodu}`);
    expect(cityView.status).toBe(200);
    expect(cityView.json.actions).toEqual([]);
    expect(cityView.json.groups.find((g) => g.id === group.id)?.actions).toEqual([]);
    expect((await t.call(city, 'PUT', `/api/thesaurus/groups/${group.id}`, { ...THRESHING, version: 1 })).status).toBe(403);
    expect((await t.call<ThesaurusView>(city, 'GET', '/api/thesaurus')).json).toMatchObject({ countyId: null, actions: ['thesaurus.edit'] });
    expect((await t.call(city, 'GET', '/api/thesaurus?countyId=nope')).status).toBe(400);
    await residentProposal(t, { title: '东羊村麦场堆满杂物', description: '麦场上堆满了柴火和杂物。', idempotencyKey: 'key-thes-0006' });
    expect((await search(city, '晒场')).json.total).toBe(0);
    expect(titles(await search(city, '晒场', `&countyId=${yaodu}`))).toEqual(['东羊村麦场堆满杂物']);
  });

  it('invalid input is a 400 in Chinese with the field, and nothing is written', async () => {
    const office = await t.login('yaodu-office');
    const before = [await count('thesaurus_groups'), await count('audit_log', 'thesaurus.')];
    const cases: [object, string][] = [
      [{ head: '晒', words: ['麦场'] }, 'head'],
      [{ head: '晒场', words: [] }, 'words'],
      [{ head: '晒场', words: ['麦场', '这是一个超过十二个字的很长的词语'] }, 'words.1'],
      [{ head: '晒场', words: Array.from({ length: 31 }, (_, i) => `麦场${i}`) }, 'words'],
      [{ head: '晒场', words: ['麦 场'] }, 'words.0'],
      [{ head: '晒场', words: ['麦场，谷场'] }, 'words.0'],
      [{ head: '晒场', words: ['晒场'] }, 'words'],
      [{ head: '晒场', words: ['麦场'], topic: '这是一个超过二十个字的议题用语这是一个超过二十个字' }, 'topic'],
      [{ head: '晒场', words: ['麦场'], countyId: 'x' }, ''],
    ];
    for (const [body, path] of cases) {
      const res = await t.call<ErrorAnswer>(office, 'POST', '/api/thesaurus/groups', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.message).toMatch(/[\u4e00-\u9fff]/);
      expect(res.json.fields?.map((f) => f.path), JSON.stringify(res.json)).toContain(path);
      expect(res.json.fields!.every((f) => /[\u4e00-\u9fff]/.test(f.message))).toBe(true);
    }
    expect([await count('thesaurus_groups'), await count('audit_log', 'thesaurus.')]).toEqual(before);
    // One group per head: a second 晒场 is refused under the head, and an edit may not take another group's head.
    const group = await addGroup(office);
    const other = await addGroup(office, { head: '场面', words: ['场子'] });
    const again = await t.call<ErrorAnswer>(office, 'POST', '/api/thesaurus/groups', { head: '晒场', words: ['谷场'] });
    expect(again.status).toBe(400);
    expect(again.json.fields?.[0]?.path).toBe('head');
    expect((await t.call(office, 'PUT', `/api/thesaurus/groups/${other.id}`, { head: '晒场', words: ['场子'], version: 1 })).status).toBe(400);
    const bad = await t.call<ErrorAnswer>(office, 'PUT', `/api/thesaurus/groups/${group.id}`, { head: '晒场', words: ['麦场', '谷 场'], version: 1 });
    expect(bad.status).toBe(400);
    expect((await t.call<ThesaurusView>(office, 'GET', '/api/thesaurus')).json.groups.find((g) => g.id === group.id)).toMatchObject({ words: ['晒场', '麦场', '打谷场', '场院'], version: 1 });
  });

  it('a member and a department may neither read nor edit the thesaurus (403)', async () => {
    const group = await addGroup(await t.login('yaodu-office'));
    for (const username of ['yaodu-member1', 'yaodu-dept-jt']) {
      const cookie = await t.login(username);
      const read = await t.call<ErrorAnswer>(cookie, 'GET', '/api/thesaurus');
      expect(read.status).toBe(403);
      expect(read.json.message).toBe('仅政协办公室可以查看和维护近义词表');
      expect((await t.call(cookie, 'POST', '/api/thesaurus/groups', THRESHING)).status).toBe(403);
      expect((await t.call(cookie, 'PUT', `/api/thesaurus/groups/${group.id}`, { ...THRESHING, version: 1 })).status).toBe(404);
    }
    expect(await count('thesaurus_groups')).toBe(1);
  });

  it('an edit and a delete take effect at once, from the version loaded; both are audited', async () => {
    const office = await t.login('yaodu-office');
    await records();
    const group = await addGroup(office);
    const edited = await t.call<ThesaurusGroupView>(office, 'PUT', `/api/thesaurus/groups/${group.id}`, { head: '晒场', words: ['打谷场'], version: 1 });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ words: ['晒场', '打谷场'], version: 2 });
    expect(titles(await search(office, '晒场'))).toEqual(['东羊村晒场被占用']);
    expect((await t.call(office, 'PUT', `/api/thesaurus/groups/${group.id}`, { ...THRESHING, version: 1 })).status).toBe(409);
    expect((await t.call(office, 'DELETE', `/api/thesaurus/groups/${group.id}`, { version: 1 })).status).toBe(409);
    await t.call(office, 'PUT', `/api/thesaurus/groups/${group.id}`, { ...THRESHING, version: 2 });
    expect((await search(office, '晒场')).json.total).toBe(2);
    const gone = await t.call(office, 'DELETE', `/api/thesaurus/groups/${group.id}`, { version: 3 });
    expect([gone.status, gone.json]).toEqual([204, null]);
    expect((await search(office, '晒场')).json.total).toBe(1);
    expect((await t.call(office, 'DELETE', `/api/thesaurus/groups/${group.id}`, {})).status).toBe(404);
    const audit = await t.db.kysely.selectFrom('audit_log').select(['action', 'summary']).where('action', 'like', 'thesaurus.%').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['thesaurus.create', 'thesaurus.update', 'thesaurus.update', 'thesaurus.delete']);
    expect(audit[3]!.summary).toContain('晒场');
  });

  it('similar proposals and the pool grouping use the county\'s thesaurus', async () => {
    const office = await t.login('yaodu-office');
    const yaodu = await t.orgId('尧都区政协');
    const ids = await records();
    const look = () => t.call<{ items: { title: string; score: number }[] }>(null, 'POST', '/api/public/proposals/similar', { countyId: yaodu, title: '东羊村打谷场没人管', description: '打谷场坑坑洼洼，收了麦子没处摊开晒。' });
    const offered = async () => (await look()).json.items.map((i) => i.title);
    expect(await offered()).not.toContain('东羊村麦场堆满杂物');
    const grouped = async () => (await t.call<ProposalGroupsView>(office, 'GET', '/api/proposals/groups')).json.groups.some((g) => g.proposalIds.includes(ids.exact) && g.proposalIds.includes(ids.related));
    expect(await grouped()).toBe(false);
    await addGroup(office);
    // 打谷场 and 麦场 are now the same thing: the record is offered.
    expect(await offered()).toContain('东羊村麦场堆满杂物');
    expect(await grouped()).toBe(true);
  });
});
