import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/seed/seed-demo.js';
import { createTestApp, engines, type TestApp } from './harness.js';

describe.each(engines())('登录锁定（%s）', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(engine);
  });
  afterEach(async () => t.close());

  const attempt = (username: string, password: string, from = '127.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: from });

  it('twenty wrong passwords sent at once lock the account: at most five are checked', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt('yaodu-office', `Wrong@2026-${i}`)));
    const statuses = answers.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 423).length).toBeGreaterThanOrEqual(15);
    expect(statuses.every((s) => s === 401 || s === 423)).toBe(true);
    expect((await attempt('yaodu-office', DEMO_PASSWORD)).statusCode).toBe(423);
    // Three more parallel batches: nothing gets through, not even the right password.
    for (let batch = 0; batch < 3; batch++) {
      const more = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt('yaodu-office', i === 7 ? DEMO_PASSWORD : 'bad')));
      expect(more.every((r) => r.statusCode === 423)).toBe(true);
    }
    const lockouts = await t.db.kysely.selectFrom('audit_log').select('summary').where('action', '=', 'auth.lockout').where('username', '=', 'yaodu-office').execute();
    expect(lockouts).toHaveLength(1);
    expect(JSON.parse(lockouts[0]!.summary!)).toMatchObject({ scope: '本地址', source: '127.0.0.1' });
  });

  it('a lock from one address leaves the account open from another', async () => {
    for (let i = 0; i < 5; i++) expect((await attempt('admin', 'bad', '203.0.113.9')).statusCode).toBe(401);
    expect((await attempt('admin', DEMO_PASSWORD, '203.0.113.9')).statusCode).toBe(423);
    expect((await attempt('admin', DEMO_PASSWORD, '10.1.1.1')).statusCode).toBe(200);
    // The user list shows the lock until it runs out.
    const admin = await t.login('admin');
    const id = await t.userId('admin');
    expect((await t.call(admin, 'GET', `/api/users/${id}`)).json.lockedUntil).not.toBeNull();
  });

  it('a spray from many addresses closes the account to new addresses only; its usual address stays open', async () => {
    expect((await attempt('hongtong-office', DEMO_PASSWORD, '10.8.0.5')).statusCode).toBe(200);
    for (let a = 0; a < 5; a++) for (let i = 0; i < 4; i++) expect((await attempt('hongtong-office', 'bad', `198.51.100.${a}`)).statusCode).toBe(401);
    const fresh = await attempt('hongtong-office', DEMO_PASSWORD, '198.51.100.200');
    expect(fresh.statusCode).toBe(423);
    expect(fresh.json().message).toMatch(/新的网络地址/);
    expect((await attempt('hongtong-office', DEMO_PASSWORD, '10.8.0.5')).statusCode).toBe(200);
    // Signing in from the usual address does not reopen the account to new addresses.
    expect((await attempt('hongtong-office', DEMO_PASSWORD, '198.51.100.201')).statusCode).toBe(423);
    const alert = await t.db.kysely.selectFrom('audit_log').select('summary').where('action', '=', 'auth.lockout').where('username', '=', 'hongtong-office').execute();
    expect(alert.map((a) => JSON.parse(a.summary!).scope)).toContain('所有新地址');
    t.clock.advance(15 * 60_000 + 1000);
    expect((await attempt('hongtong-office', DEMO_PASSWORD, '198.51.100.200')).statusCode).toBe(200);
  });

  it('an administrator or the county office unlocks an account, and the unlock is audited', async () => {
    for (let i = 0; i < 5; i++) await attempt('yaodu-member1', 'bad');
    expect((await attempt('yaodu-member1', DEMO_PASSWORD)).statusCode).toBe(423);
    const id = await t.userId('yaodu-member1');
    const other = await t.login('hongtong-office');
    expect((await t.call(other, 'POST', `/api/users/${id}/unlock`, {})).status).toBe(404);
    const office = await t.login('yaodu-office');
    const listed = await t.call(office, 'GET', `/api/users/${id}`);
    expect(listed.json.lockedUntil).not.toBeNull();
    expect(listed.json.actions).toContain('user.unlock');
    const unlocked = await t.call(office, 'POST', `/api/users/${id}/unlock`, {});
    expect(unlocked.status).toBe(200);
    expect(unlocked.json.lockedUntil).toBeNull();
    expect((await attempt('yaodu-member1', DEMO_PASSWORD)).statusCode).toBe(200);
    const audit = await t.db.kysely.selectFrom('audit_log').select(['action', 'username']).where('action', '=', 'user.unlock').execute();
    expect(audit).toEqual([{ action: 'user.unlock', username: 'yaodu-office' }]);
  });

  it('answers unknown and known usernames alike, lock included', async () => {
    const known: string[] = [];
    const unknown: string[] = [];
    for (let i = 0; i < 6; i++) {
      const k = await attempt('yaodu-office', 'bad');
      const u = await attempt('no-such-user', 'bad');
      expect(u.statusCode).toBe(k.statusCode);
      known.push(k.json().message);
      unknown.push(u.json().message);
    }
    expect(unknown).toEqual(known);
    expect(known[0]).toMatch(/再错 4 次/);
    expect(known[5]).toMatch(/锁定/);
  });
});
