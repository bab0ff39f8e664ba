import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, engines, type TestApp } from './harness.js';
import { idFor, multipartBody, seedDemoYear, yaoduRecordIds } from './support/fixtures.js';
import { exampleOf, fillPath, operationsOf } from './support/openapi.js';

/** Readable by every signed-in user by policy (the organisation tree and its places are public data — a contact point's page shows each reader only what they may see; a 典型案例 is published for everyone). */
const PUBLIC_READS = new Set(['GET /api/orgs/{id}', 'GET /api/venues/{id}', 'GET /api/contact-points/{id}', 'GET /api/public/cases/{id}', 'GET /api/contact-points/{id}/page']);

/** Demo users of counties other than 尧都区, of every role the demo has there. */
const OUTSIDERS = ['hongtong-office', 'hongtong-member1', 'huozhou-office'];

describe.each(engines())('越权矩阵：其他县的每个角色访问尧都区的每条记录（%s）', (engine) => {
  let t: TestApp;
  let ids: [string, string][];
  beforeAll(async () => {
    t = await createTestApp(engine);
    await seedDemoYear(t);
    ids = await yaoduRecordIds(t);
  }, 120_000);
  afterAll(async () => t.close());

  it.each(OUTSIDERS)('%s gets 403 or 404 on every route with an id, and each refusal is audited', async (username) => {
    const cookie = await t.login(username);
    const refusals = async () =>
      Number((await t.db.kysely.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('username', '=', username).where('outcome', '=', 'refused').executeTakeFirstOrThrow()).n);
    const problems: string[] = [];
    const ops = operationsOf(t.app).filter((op) => op.pathParams.includes('id') && !PUBLIC_READS.has(`${op.method} ${op.path}`));
    expect(ops.length).toBeGreaterThan(40);
    for (const op of ops) {
      const id = idFor(ids, op.path);
      if (!id) {
        problems.push(`${op.method} ${op.path}: 没有测试数据`);
        continue;
      }
      const url = fillPath(op.path, { id });
      const before = await refusals();
      const res = op.upload
        ? await t.app.inject({ method: op.method, url, headers: { cookie, 'x-shangliang-request': '1', 'content-type': multipartBody('办理表.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'PK').contentType }, payload: multipartBody('办理表.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'PK').payload })
        : await t.app.inject({ method: op.method, url, headers: { cookie, ...(op.method === 'GET' ? {} : { 'content-type': 'application/json' }) }, ...(op.method === 'GET' ? {} : { payload: JSON.stringify(op.body ? exampleOf(op.body) : {}) }) });
      if (res.statusCode !== 403 && res.statusCode !== 404) problems.push(`${op.method} ${url.replace(id, ':id')} → ${res.statusCode} ${res.body.slice(0, 120)}`);
      else if ((await refusals()) !== before + 1) problems.push(`${op.method} ${op.path} → ${res.statusCode} 但未记入操作日志`);
    }
    expect(problems).toEqual([]);
  });
});
