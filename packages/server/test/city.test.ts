import type { ContactPointPage, ExperienceListItem, ExperienceView, VisitView } from '@shangliang/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approvedTopic, draftTopic, reportResearch, step } from './flow.js';
import { createTestApp, engines, type TestApp } from './harness.js';

const CHINESE = /[\u4e00-\u9fa5]/;

/** A member account of the city (市政协委员), created by the administrator; answers its id. */
async function cityMember(t: TestApp, username: string, displayName: string): Promise<string> {
  const admin = await t.login('admin');
  const city = await t.orgId('临汾市政协');
  const user = await step<{ id: string }>(t, admin, 'POST', '/api/users', { username, displayName, password: 'Linfen#Member2026', sector: '农业界', roles: [{ role: 'member', orgId: city }] }, 201);
  return user.id;
}

/** The contact point 冯南垣 (霍州市) of the seed. */
async function fengnanyuan(t: TestApp): Promise<string> {
  const row = await t.db.kysely.selectFrom('contact_points').select('id').where('name', 'like', '冯南垣%').executeTakeFirstOrThrow();
  return row.id;
}

/** The participations a visit gave, as (user, kind, county, date, topic) rows. */
const participationsOf = (t: TestApp, visitId: string) =>
  t.db.kysely.selectFrom('participations').select(['user_id', 'kind', 'county_id', 'on_date', 'topic_id', 'year']).where('source_type', '=', 'visit').where('source_id', '=', visitId).orderBy('user_id').execute();

const visitBody = (leaderId: string, memberIds: string[]) => ({
  date: '2026-11-20',
  kind: 'symposium',
  title: '农村人居环境整治座谈',
  leaderId,
  memberIds,
  met: '冯南垣村“两委”干部、村民代表 12 人',
  opinions: '村民反映村内排水沟年久失修，雨季积水；希望增设垃圾分类收集点。',
});

describe.each(engines())('市政协：联系点走访座谈与经验交流（%s）', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(engine);
  });
  afterEach(async () => t.close());

  it('the city office records a visit at 冯南垣; its members earn a participation; an edit follows; deleting removes it', async () => {
    const office = await t.login('city-office');
    const point = await fengnanyuan(t);
    const huozhou = await t.orgId('霍州市政协');
    const chair = await t.userId('yaodu-chair');
    const other = await cityMember(t, 'city-member-a', '周明远');

    const members = await step<{ items: { id: string }[] }>(t, office, 'GET', '/api/city-members');
    expect(members.items.map((m) => m.id)).toEqual(expect.arrayContaining([chair, other]));
    expect(members.items.map((m) => m.id)).not.toContain(await t.userId('yaodu-member1'));

    const visit = await step<VisitView>(t, office, 'POST', `/api/contact-points/${point}/visits`, visitBody(chair, [other]), 201);
    expect(visit).toMatchObject({ kindLabel: '座谈', leader: { id: chair }, members: [{ id: other, displayName: '周明远' }], actions: ['contact_point.record_visit'] });
    expect(await participationsOf(t, visit.id)).toEqual(
      [chair, other].sort().map((user_id) => ({ user_id, kind: 'visit', county_id: huozhou, on_date: '2026-11-20', topic_id: null, year: 2026 })),
    );
    const audit = await t.db.kysely.selectFrom('audit_log').select('action').where('subject_id', '=', visit.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['contact_point.record_visit']);

    const page = await step<ContactPointPage>(t, office, 'GET', `/api/contact-points/${point}/page`);
    expect(page.point.name).toMatch(/^冯南垣/);
    expect(page.visits?.map((v) => v.id)).toEqual([visit.id]);
    expect(page.actions).toEqual(['contact_point.record_visit']);

    // Edited: one member fewer, another day — the participations follow.
    const edited = await step<VisitView>(t, office, 'PUT', `/api/contact-point-visits/${visit.id}`, { ...visitBody(chair, []), date: '2026-11-21', version: visit.version });
    expect(edited.version).toBe(visit.version + 1);
    expect((await participationsOf(t, visit.id)).map((p) => [p.user_id, p.on_date])).toEqual([[chair, '2026-11-21']]);

    // A stale form gets 409 and changes nothing.
    const stale = await t.call(office, 'PUT', `/api/contact-point-visits/${visit.id}`, { ...visitBody(chair, [other]), version: visit.version });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ error: 'VERSION_CONFLICT', message: expect.stringMatching(CHINESE) });
    expect(await participationsOf(t, visit.id)).toHaveLength(1);

    expect((await t.call(office, 'DELETE', `/api/contact-point-visits/${visit.id}`, { version: visit.version })).status).toBe(409);
    expect((await t.call(office, 'DELETE', `/api/contact-point-visits/${visit.id}`, { version: edited.version })).status).toBe(204);
    expect(await participationsOf(t, visit.id)).toEqual([]);
    expect((await step<ContactPointPage>(t, office, 'GET', `/api/contact-points/${point}/page`)).visits).toEqual([]);
  });

  it('a county office cannot record a visit (403), and another county does not see the visits; the county of the contact point does', async () => {
    const office = await t.login('city-office');
    const point = await fengnanyuan(t);
    const chair = await t.userId('yaodu-chair');
    const visit = await step<VisitView>(t, office, 'POST', `/api/contact-points/${point}/visits`, visitBody(chair, []), 201);

    const hongtong = await t.login('hongtong-office');
    const refused = await t.call(hongtong, 'POST', `/api/contact-points/${point}/visits`, visitBody(chair, []));
    expect(refused.status).toBe(403);
    expect(refused.json.message).toMatch(CHINESE);
    expect((await t.call(hongtong, 'PUT', `/api/contact-point-visits/${visit.id}`, { ...visitBody(chair, []), version: visit.version })).status).toBe(403);
    expect((await t.call(hongtong, 'DELETE', `/api/contact-point-visits/${visit.id}`, {})).status).toBe(403);
    expect((await t.call(hongtong, 'GET', `/api/contact-points/${point}/visits`)).status).toBe(404);
    const page = await step<ContactPointPage>(t, hongtong, 'GET', `/api/contact-points/${point}/page`);
    expect(page).toMatchObject({ visits: null, actions: [] });
    expect((await t.call(hongtong, 'GET', '/api/city-members')).status).toBe(403);

    const huozhou = await t.login('huozhou-office');
    const own = await step<ContactPointPage>(t, huozhou, 'GET', `/api/contact-points/${point}/page`);
    expect(own.visits?.map((v) => [v.id, v.actions])).toEqual([[visit.id, []]]);
    expect((await t.call(huozhou, 'POST', `/api/contact-points/${point}/visits`, visitBody(chair, []))).status).toBe(403);
    expect(await t.db.kysely.selectFrom('contact_point_visits').select('id').execute()).toHaveLength(1);
  });

  it('lists the consultations held at the contact point — by a venue of its village or a venue text naming it — to those who may read their topic', async () => {
    const office = await t.login('city-office');
    const yaodu = await t.orgId('尧都区政协');
    const village = await t.orgId('东羊村');
    const point = await step<{ id: string }>(t, office, 'POST', '/api/contact-points', { name: '东羊村联系点', countyId: yaodu, orgId: village }, 201);
    const topic = await approvedTopic(t, '东羊村通村道路修缮');
    await reportResearch(t, topic.id, '东羊村通村道路修缮');
    const county = await t.login('yaodu-office');
    await step(t, county, 'POST', `/api/topics/${topic.id}/consultations`, { form: 'onsite', level: 'community', startsAt: '2026-11-26T09:00:00+08:00', venueText: '东羊村村委会议室' }, 201);
    await step(t, county, 'POST', `/api/topics/${topic.id}/consultations`, { form: 'meeting', level: 'county', startsAt: '2026-11-27T09:00:00+08:00', venueText: '区政协会议室' }, 201);
    const page = await step<ContactPointPage>(t, county, 'GET', `/api/contact-points/${point.id}/page`);
    expect(page.consultations.map((c) => [c.topicTitle, c.formLabel, c.venue])).toEqual([['东羊村通村道路修缮', '现场协商', '东羊村村委会议室']]);
    expect((await step<ContactPointPage>(t, office, 'GET', `/api/contact-points/${point.id}/page`)).consultations).toHaveLength(1);
    expect((await step<ContactPointPage>(t, await t.login('hongtong-office'), 'GET', `/api/contact-points/${point.id}/page`)).consultations).toEqual([]);
  });

  it('refuses bad visits with a Chinese 400 and writes nothing: a county member, a future date, missing fields, a wrong kind', async () => {
    const office = await t.login('city-office');
    const point = await fengnanyuan(t);
    const chair = await t.userId('yaodu-chair');
    const county = await t.userId('yaodu-member1');
    const bad = [
      visitBody(county, []),
      visitBody(chair, [county]),
      { ...visitBody(chair, []), date: '2026-12-30' },
      { ...visitBody(chair, []), date: '2026-13-01' },
      { ...visitBody(chair, []), kind: 'party' },
      { ...visitBody(chair, []), opinions: '   ' },
      { ...visitBody(chair, []), memberIds: 'all' },
      { ...visitBody(chair, []), extra: 1 },
      {},
    ];
    for (const body of bad) {
      const res = await t.call(office, 'POST', `/api/contact-points/${point}/visits`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.message).toMatch(CHINESE);
    }
    expect((await t.call(office, 'POST', '/api/contact-points/nope/visits', visitBody(chair, []))).status).toBe(404);
    expect((await t.call(office, 'PUT', '/api/contact-point-visits/nope', { ...visitBody(chair, []), version: 1 })).status).toBe(404);
    const res = await t.call(office, 'PUT', `/api/contact-point-visits/nope`, visitBody(chair, []));
    expect(res.status).toBe(400);
    expect(await t.db.kysely.selectFrom('contact_point_visits').select('id').execute()).toEqual([]);
    expect(await t.db.kysely.selectFrom('participations').select('id').where('source_type', '=', 'visit').execute()).toEqual([]);
  });

  it('experiences: the city writes and publishes, every county reads; a draft is invisible to counties; a county cannot write', async () => {
    const office = await t.login('city-office');
    const topic = await draftTopic(t, '完善农村校车服务');
    const created = await step<ExperienceView>(t, office, 'POST', '/api/experiences', { title: '以“有事来商量”推动校车服务落地', body: '尧都区政协围绕农村学生上下学交通安全开展协商，形成了可复制的做法。', topicIds: [topic.id] }, 201);
    expect(created).toMatchObject({ status: 'draft', statusLabel: '草稿', topics: [{ id: topic.id, title: '完善农村校车服务', countyName: '尧都区政协', isCase: false, readable: true }], actions: ['experience.write'] });

    const hongtong = await t.login('hongtong-office');
    const member = await t.login('hongtong-member1');
    expect((await t.call(hongtong, 'GET', `/api/experiences/${created.id}`)).status).toBe(404);
    expect((await step<{ total: number }>(t, hongtong, 'GET', '/api/experiences')).total).toBe(0);
    expect((await step<{ total: number }>(t, hongtong, 'GET', '/api/experiences?status=draft')).total).toBe(0);

    const published = await step<ExperienceView>(t, office, 'POST', `/api/experiences/${created.id}/publish`, { version: created.version });
    expect(published).toMatchObject({ status: 'published', publishedAt: t.clock.now().toISOString() });
    for (const reader of [hongtong, member, await t.login('huozhou-office'), await t.login('yaodu-chair')]) {
      const list = await step<{ items: ExperienceListItem[]; total: number }>(t, reader, 'GET', '/api/experiences');
      expect(list.total).toBe(1);
      expect(list.items[0]).toMatchObject({ id: created.id, excerpt: expect.stringContaining('尧都区政协'), actions: [] });
      const one = await step<ExperienceView>(t, reader, 'GET', `/api/experiences/${created.id}`);
      expect(one.body).toContain('可复制的做法');
    }
    // Another county reads the summary's link, not the topic itself.
    expect((await step<ExperienceView>(t, hongtong, 'GET', `/api/experiences/${created.id}`)).topics[0]).toMatchObject({ title: '完善农村校车服务', readable: false });
    // A department's handler is not among the readers.
    expect((await t.call(await t.login('yaodu-dept-jt'), 'GET', '/api/experiences')).status).toBe(403);

    for (const [method, url, body] of [
      ['POST', '/api/experiences', { title: '县里的经验总结', body: '这是一篇由县政协办公室撰写的经验交流材料正文。', topicIds: [] }],
      ['PUT', `/api/experiences/${created.id}`, { title: '县里改写标题', body: published.title + '——县里改写的正文内容，足够长。', topicIds: [], version: published.version }],
      ['POST', `/api/experiences/${created.id}/unpublish`, {}],
    ] as const) {
      const res = await t.call(hongtong, method, url, body);
      expect(res.status, url).toBe(403);
      expect(res.json.message).toBe('经验交流由市政协办公室撰写和发布');
    }
    expect(await t.db.kysely.selectFrom('experiences').select(['title', 'status']).execute()).toEqual([{ title: '以“有事来商量”推动校车服务落地', status: 'published' }]);

    const edited = await step<ExperienceView>(t, office, 'PUT', `/api/experiences/${created.id}`, { title: '校车服务的协商经验', body: published.body, topicIds: [], version: published.version });
    expect(edited).toMatchObject({ title: '校车服务的协商经验', topics: [], version: published.version + 1 });
    const stale = await t.call(office, 'PUT', `/api/experiences/${created.id}`, { title: '过时的修改', body: published.body, topicIds: [], version: published.version });
    expect(stale.status).toBe(409);
    expect(stale.json.message).toMatch(CHINESE);
    const withdrawn = await step<ExperienceView>(t, office, 'POST', `/api/experiences/${created.id}/unpublish`, {});
    expect(withdrawn).toMatchObject({ status: 'draft', publishedAt: null });
    expect((await t.call(hongtong, 'GET', `/api/experiences/${created.id}`)).status).toBe(404);
    expect((await t.call(office, 'POST', `/api/experiences/${created.id}/unpublish`, {})).status).toBe(409);
    const actions = await t.db.kysely.selectFrom('audit_log').select('action').where('subject_id', '=', created.id).where('outcome', '=', 'ok').orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['experience.create', 'experience.publish', 'experience.update', 'experience.unpublish']);
  });

  it('refuses bad experiences with a Chinese 400 (never 500) and writes nothing', async () => {
    const office = await t.login('city-office');
    const bad = [
      {},
      { title: '短', body: '正文内容足够长，超过二十个字的经验交流材料。' },
      { title: '一篇经验交流', body: '太短' },
      { title: '一篇经验交流', body: '正文内容足够长，超过二十个字的经验交流材料。', topicIds: ['no-such-topic'] },
      { title: '一篇经验交流', body: '正文内容足够长，超过二十个字的经验交流材料。', topicIds: 'x' },
      { title: '一篇经验交流', body: 'x'.repeat(20001) },
      { title: 12, body: null },
    ];
    for (const body of bad) {
      const res = await t.call(office, 'POST', '/api/experiences', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.message).toMatch(CHINESE);
    }
    expect((await t.call(office, 'GET', '/api/experiences?status=old')).status).toBe(400);
    expect((await t.call(office, 'GET', '/api/experiences?pageSize=1000')).status).toBe(400);
    expect((await t.call(office, 'PUT', '/api/experiences/nope', { title: '一篇经验交流', body: '正文内容足够长，超过二十个字的经验交流材料。', topicIds: [] })).status).toBe(400);
    expect((await t.call(office, 'GET', '/api/experiences/nope')).status).toBe(404);
    expect(await t.db.kysely.selectFrom('experiences').select('id').execute()).toEqual([]);
  });
});

describe.each(engines())('市政协演示数据：冯南垣走访座谈和经验交流（%s）', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(engine);
  });
  afterEach(async () => t.close());

  it('has a symposium at 冯南垣 with two city members credited, and two published summaries of the 典型案例 that every county reads', async () => {
    const { seedTopicsDemo } = await import('../src/seed/seed-topics-demo.js');
    const { seedHandlingDemo } = await import('../src/seed/seed-handling-demo.js');
    const { seedCityDemo } = await import('../src/seed/seed-city-demo.js');
    await seedTopicsDemo(t.db, t.clock.now());
    await seedHandlingDemo(t.db, t.clock.now());
    await seedCityDemo(t.db, t.clock.now());
    const office = await t.login('city-office');
    const page = await step<ContactPointPage>(t, office, 'GET', `/api/contact-points/${await fengnanyuan(t)}/page`);
    expect(page.visits).toHaveLength(1);
    const visit = page.visits![0]!;
    expect(visit).toMatchObject({ kindLabel: '座谈', leader: { displayName: '张国强' }, members: [{ displayName: '周明远' }] });
    expect(visit.opinions).toContain('日间照料中心');
    expect(await participationsOf(t, visit.id)).toHaveLength(2);
    const list = await step<{ items: ExperienceListItem[] }>(t, await t.login('hongtong-office'), 'GET', '/api/experiences');
    expect(list.items.map((e) => e.topics.map((x) => [x.title, x.isCase]))).toEqual([[['完善城乡老年助餐服务，让老年人吃上“放心饭”', true]], [['保障农村学生上下学交通安全，完善校车服务', true]]]);
    expect(await t.login('city-member1')).toMatch(/^sl_session=/);
  });
});
