import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, engines, type TestApp } from './harness.js';

describe.each(engines())('认证（%s）', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(engine);
  });
  afterEach(async () => t.close());

  it('GET /api/health reports the engine', async () => {
    const res = await t.call(null, 'GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: 'ok', db: engine });
  });

  it('logs in with a session cookie and answers /me with roles and organisations', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'yaodu-chair', password: 'Shangliang@2026' } });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/sl_session=.+HttpOnly; SameSite=Lax/);
    expect(res.json().user.username).toBe('yaodu-chair');
    const cookie = `sl_session=${res.cookies[0]!.value}`;
    const me = await t.call(cookie, 'GET', '/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.json.user.roles.map((r: { roleLabel: string; title: string | null }) => r.roleLabel + (r.title ?? ''))).toEqual(['政协领导主席', '政协委员']);
    expect(me.json.user.organisations.map((o: { name: string }) => o.name)).toEqual(['尧都区政协', '临汾市政协']);
  });

  it('/me lists the collection-level actions the web shows buttons and filters by', async () => {
    const actionsOf = async (username: string): Promise<string[]> => (await t.call(await t.login(username), 'GET', '/api/auth/me')).json.user.actions;
    const city = await actionsOf('city-office');
    expect(city).toEqual(expect.arrayContaining(['county.read_all', 'handling.manage', 'topic.create']));
    const county = await actionsOf('yaodu-office');
    expect(county).toEqual(expect.arrayContaining(['handling.manage', 'topic.create']));
    expect(county).not.toContain('county.read_all');
    expect(await actionsOf('yaodu-chair')).toEqual([]);
  });

  it('answers 401 without a session and after logout', async () => {
    expect((await t.call(null, 'GET', '/api/auth/me')).status).toBe(401);
    const cookie = await t.login('yaodu-office');
    expect((await t.call(cookie, 'POST', '/api/auth/logout')).status).toBe(204);
    const after = await t.call(cookie, 'GET', '/api/auth/me');
    expect(after.status).toBe(401);
    expect(after.json.message).toMatch(/登录/);
  });

  it('rejects a wrong password with 401 and a Chinese message', async () => {
    const res = await t.call(null, 'POST', '/api/auth/login', { username: 'yaodu-office', password: 'Wrong@2026x' });
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ error: 'INVALID_CREDENTIALS' });
    expect(res.json.message).toMatch(/用户名或密码错误/);
    expect((await t.call(null, 'POST', '/api/auth/login', { username: 'nobody', password: 'x' })).status).toBe(401);
  });

  it('locks the account for 15 minutes after 5 consecutive failures (423 even with the right password)', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await t.call(null, 'POST', '/api/auth/login', { username: 'hongtong-office', password: 'bad' })).status).toBe(401);
    }
    const locked = await t.call(null, 'POST', '/api/auth/login', { username: 'hongtong-office', password: 'Shangliang@2026' });
    expect(locked.status).toBe(423);
    expect(locked.json.error).toBe('ACCOUNT_LOCKED');
    expect(locked.json.message).toMatch(/锁定/);
    t.clock.advance(14 * 60_000);
    expect((await t.call(null, 'POST', '/api/auth/login', { username: 'hongtong-office', password: 'Shangliang@2026' })).status).toBe(423);
    t.clock.advance(61_000);
    expect((await t.call(null, 'POST', '/api/auth/login', { username: 'hongtong-office', password: 'Shangliang@2026' })).status).toBe(200);
    const actions = await t.db.kysely.selectFrom('audit_log').select('action').where('username', '=', 'hongtong-office').execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['auth.login_failed', 'auth.lockout', 'auth.login']));
  });

  it('a success resets the failure count', async () => {
    for (let i = 0; i < 4; i++) await t.call(null, 'POST', '/api/auth/login', { username: 'huozhou-office', password: 'bad' });
    await t.login('huozhou-office');
    for (let i = 0; i < 4; i++) await t.call(null, 'POST', '/api/auth/login', { username: 'huozhou-office', password: 'bad' });
    expect((await t.call(null, 'POST', '/api/auth/login', { username: 'huozhou-office', password: 'Shangliang@2026' })).status).toBe(200);
  });

  it('ends a session idle for 30 minutes, and any session after 12 hours', async () => {
    const cookie = await t.login('yaodu-office');
    t.clock.advance(29 * 60_000);
    expect((await t.call(cookie, 'GET', '/api/auth/me')).status).toBe(200);
    t.clock.advance(31 * 60_000);
    const idle = await t.call(cookie, 'GET', '/api/auth/me');
    expect(idle.status).toBe(401);
    expect(idle.json.message).toBe('登录已超时，请重新登录');

    const busy = await t.login('yaodu-office');
    for (let h = 0; h < 12 * 3; h++) {
      t.clock.advance(20 * 60_000);
      const res = await t.call(busy, 'GET', '/api/auth/me');
      expect(res.status).toBe(h < 35 ? 200 : 401);
    }
  });

  it('changes the password: checks the current one and the policy', async () => {
    const cookie = await t.login('yaodu-member1');
    const wrong = await t.call(cookie, 'POST', '/api/auth/change-password', { currentPassword: 'nope', newPassword: 'Better#2027' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.fields[0].path).toBe('currentPassword');
    const weak = await t.call(cookie, 'POST', '/api/auth/change-password', { currentPassword: 'Shangliang@2026', newPassword: 'abcdefgh' });
    expect(weak.status).toBe(400);
    expect(weak.json.message).toMatch(/三类/);
    expect((await t.call(cookie, 'POST', '/api/auth/change-password', { currentPassword: 'Shangliang@2026', newPassword: 'Better#2027' })).status).toBe(204);
    expect((await t.call(null, 'POST', '/api/auth/login', { username: 'yaodu-member1', password: 'Shangliang@2026' })).status).toBe(401);
    await t.login('yaodu-member1', 'Better#2027');
  });

  it('an administrator reset forces a change at next login', async () => {
    const admin = await t.login('admin');
    const id = await t.userId('yaodu-member2');
    expect((await t.call(admin, 'POST', `/api/users/${id}/reset-password`, { newPassword: 'Temp#Pass2026' })).status).toBe(204);
    const cookie = await t.login('yaodu-member2', 'Temp#Pass2026');
    const me = await t.call(cookie, 'GET', '/api/auth/me');
    expect(me.json.user.mustChangePassword).toBe(true);
    const blocked = await t.call(cookie, 'GET', '/api/workbench');
    expect(blocked.status).toBe(403);
    expect(blocked.json.error).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await t.call(cookie, 'POST', '/api/auth/change-password', { currentPassword: 'Temp#Pass2026', newPassword: 'Mine#Pass2026' })).status).toBe(204);
    expect((await t.call(cookie, 'GET', '/api/workbench')).status).toBe(200);
  });

  it('switches the active organisation only to one where the user holds a role', async () => {
    const cookie = await t.login('yaodu-chair');
    const city = await t.orgId('临汾市政协');
    const res = await t.call(cookie, 'POST', '/api/auth/switch-org', { orgId: city });
    expect(res.status).toBe(200);
    expect(res.json.user.activeOrgId).toBe(city);
    const other = await t.call(cookie, 'POST', '/api/auth/switch-org', { orgId: await t.orgId('洪洞县政协') });
    expect(other.status).toBe(400);
  });

  it('refuses cookie-authenticated writes that a cross-site form could send (CSRF)', async () => {
    const cookie = await t.login('admin');
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'a=1',
    });
    expect(form.statusCode).toBe(403);
    expect(form.json().error).toBe('CSRF_REJECTED');
    expect((await t.call(cookie, 'GET', '/api/auth/me')).status).toBe(200);
  });

  it('validates bodies: unknown fields, missing fields, bad JSON, oversize — 4xx with Chinese messages', async () => {
    const extra = await t.call(null, 'POST', '/api/auth/login', { username: 'a', password: 'b', admin: true });
    expect(extra.status).toBe(400);
    expect(extra.json.error).toBe('VALIDATION_FAILED');
    expect(extra.json.message).toMatch(/不允许的字段：admin/);
    const missing = await t.call(null, 'POST', '/api/auth/login', { username: 'a' });
    expect(missing.status).toBe(400);
    expect(missing.json.fields[0].path).toBe('password');
    const bad = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/JSON/);
    const big = await t.call(null, 'POST', '/api/auth/login', { username: 'a', password: 'x'.repeat(2 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect(big.json.message).toBe('请求内容过大');
  });

  it('serves the OpenAPI description', async () => {
    const res = await t.call(null, 'GET', '/api/docs/json');
    expect(res.status).toBe(200);
    expect(res.json.openapi).toMatch(/^3\./);
    expect(Object.keys(res.json.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/users', '/api/audit']));
  });
});
