import type { ContactPointView, OrgNodeView, OrgView, Page, PublicContactPoint, PublicCounty, Regulation, VenueView } from '@shangliang/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, engines, type TestApp } from './harness.js';
import type { ErrorAnswer, Items } from './support/answers.js';

describe.each(engines())('组织机构、场所与联系点（%s）', (engine) => {
  let t: TestApp;
  let yaodu: string;
  let hongtong: string;
  beforeEach(async () => {
    t = await createTestApp(engine);
    yaodu = await t.orgId('尧都区政协');
    hongtong = await t.orgId('洪洞县政协');
  });
  afterEach(async () => t.close());

  it('seeds the city, 17 counties with their own labels, townships, villages and departments', async () => {
    const res = await t.call<Items<PublicCounty>>(null, 'GET', '/api/public/counties');
    expect(res.status).toBe(200);
    expect(res.json.items).toHaveLength(17);
    const names = res.json.items.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['尧都区政协', '侯马市政协', '霍州市政协', '洪洞县政协', '汾西县政协']));
    const huozhou = res.json.items.find((c) => c.name === '霍州市政协')!;
    expect(huozhou.partyName).toBe('霍州市委');
    expect(huozhou.townshipCount).toBeGreaterThan(0);
    const office = await t.login('yaodu-office');
    const depts = await t.call<Page<OrgView>>(office, 'GET', `/api/orgs?kind=department&countyId=${yaodu}&pageSize=50`);
    expect(depts.json.items.map((d) => d.name)).toContain('尧都区交通运输局');
  });

  it('keeps 段村 with its county unknown and 冯南垣 in 霍州市', async () => {
    const res = await t.call<Items<PublicContactPoint>>(null, 'GET', '/api/public/contact-points');
    const byName = Object.fromEntries(res.json.items.map((c) => [c.name.slice(0, 3), c.countyName]));
    expect(byName['冯南垣']).toBe('霍州市政协');
    expect(byName['段村“']).toBeNull();
  });

  it('serves the regulation text', async () => {
    const res = await t.call<Regulation>(null, 'GET', '/api/public/regulation');
    expect(res.json.title).toContain('有事来商量');
    expect(res.json.paragraphs[0]).toMatch(/^第一条/);
    expect(res.json.paragraphs.join('')).toContain('不调研不协商');
  });

  it('a county office creates a township in its county, and the API lists the allowed actions', async () => {
    const office = await t.login('yaodu-office');
    const created = await t.call<OrgView>(office, 'POST', '/api/orgs', { parentId: yaodu, kind: 'township', name: '贾得乡' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: '贾得乡', countyId: yaodu, countyName: '尧都区政协', kindLabel: '乡镇（街道）' });
    expect(created.json.actions).toEqual(expect.arrayContaining(['organisation.update', 'organisation.deactivate', 'organisation.create']));
    const dup = await t.call(office, 'POST', '/api/orgs', { parentId: yaodu, kind: 'township', name: '贾得乡' });
    expect(dup.status).toBe(409);
    const village = await t.call<OrgView>(office, 'POST', '/api/orgs', { parentId: created.json.id, kind: 'village', name: '贾得村' });
    expect(village.status).toBe(201);
    expect(village.json.actions).not.toContain('organisation.create');
  });

  it('refuses another county: 403 with a reason, audited, nothing written', async () => {
    const office = await t.login('yaodu-office');
    const before = await t.db.kysely.selectFrom('organisations').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await t.call<ErrorAnswer>(office, 'POST', '/api/orgs', { parentId: hongtong, kind: 'township', name: '越权乡' });
    expect(res.status).toBe(403);
    expect(res.json.message).toBe('无权访问其他县（市、区）的数据');
    const after = await t.db.kysely.selectFrom('organisations').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const refused = await t.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'access.refused').where('username', '=', 'yaodu-office').execute();
    expect(refused.length).toBeGreaterThan(0);
    const edit = await t.call(office, 'PATCH', `/api/orgs/${hongtong}`, { name: '改名', version: 1 });
    expect(edit.status).toBe(403);
  });

  it('the city office reads county records but does not change them; it keeps city records', async () => {
    const city = await t.login('city-office');
    const org = await t.call<OrgView>(city, 'GET', `/api/orgs/${yaodu}`);
    expect(org.status).toBe(200);
    expect(org.json.actions).toEqual([]);
    expect((await t.call(city, 'PATCH', `/api/orgs/${yaodu}`, { contactPerson: '某某', version: org.json.version })).status).toBe(403);
    const dept = await t.call<OrgView>(city, 'POST', '/api/orgs', { parentId: await t.orgId('临汾市政协'), kind: 'department', name: '临汾市民政局' });
    expect(dept.status).toBe(201);
    expect(dept.json.countyId).toBeNull();
  });

  it('refuses a kind that does not fit under the parent, and bad input, with Chinese messages', async () => {
    const office = await t.login('yaodu-office');
    const wrongKind = await t.call<ErrorAnswer>(office, 'POST', '/api/orgs', { parentId: yaodu, kind: 'village', name: '某村' });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.json.message).toBe('县级政协下不能设立村');
    const empty = await t.call<ErrorAnswer>(office, 'POST', '/api/orgs', { parentId: yaodu, kind: 'township', name: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.json.fields?.[0]).toEqual({ path: 'name', message: '名称不能为空' });
    const badKind = await t.call<ErrorAnswer>(office, 'GET', '/api/orgs?kind=planet');
    expect(badKind.status).toBe(400);
    expect(badKind.json.message).toMatch(/组织类型不正确/);
    expect((await t.call(office, 'GET', '/api/orgs/no-such-id')).status).toBe(404);
  });

  it('deactivates and reactivates; nothing is ever deleted', async () => {
    const office = await t.login('yaodu-office');
    const township = await t.orgId('枕头乡');
    const off = await t.call<OrgView>(office, 'POST', `/api/orgs/${township}/deactivate`);
    expect(off.status).toBe(200);
    expect(off.json.active).toBe(false);
    const list = await t.call<Page<OrgView>>(office, 'GET', `/api/orgs?parentId=${yaodu}&kind=township&pageSize=100`);
    expect(list.json.items.map((o) => o.name)).not.toContain('枕头乡');
    const all = await t.call<Page<OrgView>>(office, 'GET', `/api/orgs?parentId=${yaodu}&kind=township&includeInactive=true&pageSize=100`);
    expect(all.json.items.map((o) => o.name)).toContain('枕头乡');
    expect((await t.call<OrgView>(office, 'POST', `/api/orgs/${township}/activate`)).json.active).toBe(true);
    expect((await t.call(office, 'DELETE', `/api/orgs/${township}`)).status).toBe(404);
  });

  it('returns the tree city → counties → townships → villages', async () => {
    const office = await t.login('yaodu-member1');
    const tree = await t.call<Items<OrgNodeView>>(office, 'GET', '/api/orgs/tree');
    const city = tree.json.items[0]!;
    expect(city.name).toBe('临汾市政协');
    expect(city.children).toHaveLength(17);
    const hz = city.children.find((c) => c.name === '霍州市政协')!;
    const shizhuang = hz.children.find((c) => c.name === '师庄乡')!;
    expect(shizhuang.children.map((v) => v.name)).toContain('冯南垣村');
  });

  it('venues: a county office keeps its own; other counties are refused', async () => {
    const office = await t.login('yaodu-office');
    const created = await t.call<VenueView>(office, 'POST', '/api/venues', { orgId: await t.orgId('刘村镇'), kind: 'member_station', name: '刘村镇政协委员工作站', capacity: 20 });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ kindLabel: '委员工作站', countyId: yaodu, orgName: '刘村镇' });
    const other = await t.call(office, 'POST', '/api/venues', { orgId: hongtong, kind: 'member_room', name: '越权活动室' });
    expect(other.status).toBe(403);
    const patched = await t.call<VenueView>(office, 'PATCH', `/api/venues/${created.json.id}`, { address: '刘村镇政府院内', version: created.json.version });
    expect(patched.json).toMatchObject({ address: '刘村镇政府院内', version: 2 });
    expect((await t.call<VenueView>(office, 'POST', `/api/venues/${created.json.id}/deactivate`)).json.active).toBe(false);
    const hongtongOffice = await t.login('hongtong-office');
    expect((await t.call(hongtongOffice, 'PATCH', `/api/venues/${created.json.id}`, { name: 'x', version: 3 })).status).toBe(403);
  });

  it('contact points: the city office fills in 段村 county; a county office may not', async () => {
    const points = await t.call<Page<ContactPointView>>(await t.login('city-office'), 'GET', '/api/contact-points');
    const duancun = points.json.items.find((p) => p.name.startsWith('段村'))!;
    expect(duancun.countyId).toBeNull();
    expect(duancun.actions).toContain('contact_point.update');
    const office = await t.login('yaodu-office');
    const refused = await t.call<ErrorAnswer>(office, 'PATCH', `/api/contact-points/${duancun.id}`, { countyId: yaodu, version: duancun.version });
    expect(refused.status).toBe(403);
    expect(refused.json.message).toBe('工作联系点由市政协办公室维护');
    const city = await t.login('city-office');
    const set = await t.call<ContactPointView>(city, 'PATCH', `/api/contact-points/${duancun.id}`, { countyId: hongtong, version: duancun.version });
    expect(set.status).toBe(200);
    expect(set.json.countyName).toBe('洪洞县政协');
    const mismatch = await t.call(city, 'PATCH', `/api/contact-points/${duancun.id}`, { orgId: await t.orgId('屯里村'), version: set.json.version });
    expect(mismatch.status).toBe(400);
  });
});
