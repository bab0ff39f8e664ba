import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { topicWithOutcome } from './flow.js';
import { createTestApp, engines, type TestApp } from './harness.js';

/** Sends one raw HTTP request line and headers; resolves with the status and body text. */
function rawRequest(port: number, text: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    socket.on('data', (c) => (data += c.toString('utf8')));
    socket.on('end', () => resolve({ status: Number(data.slice(9, 12)), body: data.slice(data.indexOf('\r\n\r\n') + 4) }));
    socket.on('error', reject);
    socket.end(text);
  });
}

describe.each(engines())('异常输入与越权绕过（%s）', (engine) => {
  let t: TestApp;
  let office: string;
  beforeEach(async () => {
    t = await createTestApp(engine, { app: { trackRateLimit: 5 } });
    office = await t.login('yaodu-office');
  });
  afterEach(async () => t.close());

  it('a NUL or other control character in a body, query or path parameter is a 400, also without login', async () => {
    const bad = [
      await t.call(null, 'POST', '/api/auth/login', { username: 'admin\u0000', password: 'x' }),
      await t.call(null, 'GET', '/api/public/track/SL%00ABCDEF'),
      await t.call(null, 'GET', '/api/public/places?parentId=%00'),
      await t.call(null, 'POST', '/api/public/proposals', { title: '道路\u0000破损' }),
      await t.call(office, 'GET', '/api/topics?q=%1B'),
      await t.call(office, 'POST', '/api/proposals', { source: 'assigned', title: '道路\u0007破损' }),
    ];
    for (const res of bad) {
      expect(res.status).toBe(400);
      expect(res.json.error).toBe('VALIDATION_FAILED');
      expect(res.json.message).toMatch(/控制字符/);
    }
    // Line breaks in body text are fine (they reach the schema, which answers on its own terms).
    const ok = await t.call(null, 'POST', '/api/auth/login', { username: 'nobody', password: 'a\nb' });
    expect(ok.status).toBe(401);
  });

  it('an absolute-form request line is checked like any other: login and CSRF still apply', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as AddressInfo).port;
    const read = await rawRequest(port, 'GET http://127.0.0.1/api/orgs HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    expect(read.status).toBe(401);
    expect(JSON.parse(read.body).error).toBe('UNAUTHENTICATED');
    const write = await rawRequest(port, `POST http://127.0.0.1/api/topics HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${office}\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`);
    expect(write.status).toBe(403);
    expect(JSON.parse(write.body).error).toBe('CSRF_REJECTED');
    await t.app.server.close();
  });

  it('the public track page is rate-limited per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await t.app.inject({ method: 'GET', url: '/api/public/track/SLAAAAAAAAAA', remoteAddress: '192.0.2.77' });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) expect(res.json().message).toMatch(/频繁/);
    }
    expect(statuses.slice(0, 5).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
    // Another address is not affected.
    expect((await t.app.inject({ method: 'GET', url: '/api/public/track/SLAAAAAAAAAA', remoteAddress: '192.0.2.78' })).statusCode).toBe(404);
  });

  it('% and _ in search text match themselves, and a department filter matches by equality', async () => {
    const admin = await t.login('admin');
    for (const url of ['/api/users?q=%25', '/api/users?q=_', '/api/topics?q=%25', '/api/orgs?q=%25', '/api/orgs?q=_', '/api/proposals?q=%25', '/api/venues?q=%25']) {
      const res = await t.call(admin, 'GET', url);
      expect(res.status, url).toBe(200);
      expect(res.json.total ?? res.json.items.length, url).toBe(0);
    }
    // A real search still finds what it should.
    expect((await t.call(admin, 'GET', `/api/users?q=${encodeURIComponent('yaodu')}`)).json.total).toBeGreaterThan(0);
    const { itemIds } = await topicWithOutcome(t, '东羊村道路修缮', ['尽快修缮道路']);
    const [jt, js] = [await t.orgId('尧都区交通运输局'), await t.orgId('尧都区住房和城乡建设局')];
    const assigned = await t.call(office, 'POST', `/api/handling/items/${itemIds[0]}/assign`, { leadDepartmentId: jt, coDepartmentIds: [js] });
    expect(assigned.status).toBe(200);
    const items = await t.call(admin, 'GET', '/api/handling/items?departmentId=%25');
    expect(items.status).toBe(200);
    expect(items.json.total).toBe(0);
    expect((await t.call(admin, 'GET', `/api/handling/items?departmentId=${js}`)).json.total).toBe(1);
    expect((await t.call(admin, 'GET', `/api/handling/items?departmentId=${js.slice(0, -1)}`)).json.total).toBe(0);
  });
});
