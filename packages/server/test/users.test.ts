import type { Page, UserView } from '@shangliang/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, engines, type TestApp } from './harness.js';
import type { ErrorAnswer } from './support/answers.js';

describe.each(engines())('用户与角色（%s）', (engine) => {
  let t: TestApp;
  let yaodu: string;
  let hongtong: string;
  beforeEach(async () => {
    t = await createTestApp(engine);
    yaodu = await t.orgId('尧都区政协');
    hongtong = await t.orgId('洪洞县政协');
  });
  afterEach(async () => t.close());

  const usernames = (json: Page<UserView>) => json.items.map((u) => u.username);

  it('a county office sees only users of its county; another county’s user answers 404', async () => {
    const office = await t.login('yaodu-office');
    const list = await t.call<Page<UserView>>(office, 'GET', '/api/users?pageSize=100');
    expect(list.status).toBe(200);
    expect(usernames(list.json)).toEqual(expect.arrayContaining(['yaodu-office', 'yaodu-member1', 'yaodu-dept-jt', 'yaodu-chair']));
    expect(usernames(list.json)).not.toContain('hongtong-office');
    expect(usernames(list.json)).not.toContain('admin');
    const other = await t.call<ErrorAnswer>(office, 'GET', `/api/users/${await t.userId('hongtong-member1')}`);
    expect(other.status).toBe(404);
    expect(other.json.message).toBe('用户不存在或无权查看');
    const filtered = await t.call(office, 'GET', `/api/users?countyId=${hongtong}`);
    expect(filtered.status).toBe(403);
  });

  it('the city office and the administrator see every county', async () => {
    for (const who of ['city-office', 'admin']) {
      const list = await t.call<Page<UserView>>(await t.login(who), 'GET', '/api/users?pageSize=100');
      expect(usernames(list.json)).toEqual(expect.arrayContaining(['yaodu-office', 'hongtong-office', 'huozhou-office']));
    }
    const city = await t.login('city-office');
    const hongtongUser = await t.call<UserView>(city, 'GET', `/api/users/${await t.userId('hongtong-member1')}`);
    expect(hongtongUser.status).toBe(200);
    expect(hongtongUser.json.actions).toEqual([]);
  });

  it('members, leaders and department handlers cannot list users', async () => {
    for (const who of ['yaodu-member1', 'yaodu-chair', 'yaodu-dept-jt', 'yaodu-party']) {
      const res = await t.call<ErrorAnswer>(await t.login(who), 'GET', '/api/users');
      expect(res.status).toBe(403);
      expect(res.json.message).toMatch(/政协办公室/);
    }
  });

  it('a county office creates a member who must change the password at first login', async () => {
    const office = await t.login('yaodu-office');
    const res = await t.call<UserView>(office, 'POST', '/api/users', {
      username: 'yaodu-member6',
      displayName: '王小明',
      password: 'Start#2026a',
      phone: '13935711066',
      sector: '文化艺术界',
      committee: '文化文史和学习委员会',
      roles: [{ role: 'member', orgId: yaodu }],
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ username: 'yaodu-member6', mustChangePassword: true, sector: '文化艺术界' });
    expect(res.json.roles[0]).toMatchObject({ roleLabel: '政协委员', orgName: '尧都区政协' });
    const cookie = await t.login('yaodu-member6', 'Start#2026a');
    expect((await t.call<ErrorAnswer>(cookie, 'GET', '/api/workbench')).json.error).toBe('PASSWORD_CHANGE_REQUIRED');
    const dup = await t.call(office, 'POST', '/api/users', { username: 'yaodu-member6', displayName: '重复', password: 'Start#2026a', roles: [{ role: 'member', orgId: yaodu }] });
    expect(dup.status).toBe(409);
  });

  it('refuses to grant admin, a role in another county, a role on the wrong kind of organisation, or a weak password', async () => {
    const office = await t.login('yaodu-office');
    const base = { displayName: '测试', password: 'Start#2026a' };
    const admin = await t.call(office, 'POST', '/api/users', { ...base, username: 'x-admin', roles: [{ role: 'admin', orgId: await t.orgId('临汾市政协') }] });
    expect(admin.status).toBe(403);
    const other = await t.call(office, 'POST', '/api/users', { ...base, username: 'x-other', roles: [{ role: 'member', orgId: hongtong }] });
    expect(other.status).toBe(403);
    const kind = await t.call<ErrorAnswer>(office, 'POST', '/api/users', { ...base, username: 'x-kind', roles: [{ role: 'dept_handler', orgId: yaodu }] });
    expect(kind.status).toBe(400);
    expect(kind.json.message).toBe('“承办单位经办人”角色不能设在“尧都区政协”');
    const weak = await t.call<ErrorAnswer>(office, 'POST', '/api/users', { ...base, username: 'x-weak', password: 'password', roles: [{ role: 'member', orgId: yaodu }] });
    expect(weak.status).toBe(400);
    expect(weak.json.fields?.[0]?.path).toBe('password');
    const leader = await t.call<ErrorAnswer>(office, 'POST', '/api/users', { ...base, username: 'x-leader', roles: [{ role: 'leader', orgId: yaodu }] });
    expect(leader.status).toBe(400);
    expect(leader.json.message).toMatch(/职务/);
    const badName = await t.call(office, 'POST', '/api/users', { ...base, username: 'Bad Name', roles: [{ role: 'member', orgId: yaodu }] });
    expect(badName.status).toBe(400);
    const found = await t.db.kysely.selectFrom('users').select('username').where('username', 'like', 'x-%').execute();
    expect(found).toEqual([]);
  });

  it('updates roles, deactivates (ending sessions) and reactivates', async () => {
    const office = await t.login('yaodu-office');
    const id = await t.userId('yaodu-member5');
    const memberCookie = await t.login('yaodu-member5');
    const loaded = await t.call<UserView>(office, 'GET', `/api/users/${id}`);
    const upd = await t.call<UserView>(office, 'PATCH', `/api/users/${id}`, {
      version: loaded.json.version,
      displayName: '马秀英',
      roles: [{ role: 'member', orgId: yaodu }, { role: 'committee_staff', orgId: yaodu }],
    });
    expect(upd.status).toBe(200);
    expect(upd.json.roles.map((r) => r.role)).toEqual(['member', 'committee_staff']);
    const off = await t.call<UserView>(office, 'POST', `/api/users/${id}/deactivate`);
    expect(off.json.active).toBe(false);
    expect((await t.call(memberCookie, 'GET', '/api/auth/me')).status).toBe(401);
    expect((await t.call(null, 'POST', '/api/auth/login', { username: 'yaodu-member5', password: 'Shangliang@2026' })).status).toBe(401);
    expect((await t.call<UserView>(office, 'POST', `/api/users/${id}/activate`)).json.active).toBe(true);
    expect((await t.call(office, 'POST', `/api/users/${await t.userId('yaodu-office')}/deactivate`)).status).toBe(409);
  });

  it('a county office cannot reset another county’s password', async () => {
    const office = await t.login('yaodu-office');
    const res = await t.call(office, 'POST', `/api/users/${await t.userId('hongtong-office')}/reset-password`, { newPassword: 'Hack#2026x' });
    expect(res.status).toBe(404);
    await t.login('hongtong-office');
  });
});
