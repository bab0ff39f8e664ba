import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { openDatabase } from '../src/db/database.js';
import { auditCount, installChangeCounter } from './support/change-counter.js';
import { idFor, seedDemoYear, yaoduRecordIds } from './support/fixtures.js';
import { FUZZ_ACTORS, type FuzzCase, fuzzCases } from './support/fuzz-cases.js';
import { type Operation, operationsOf } from './support/openapi.js';
import { createTestApp, engines, type TestApp } from './harness.js';

/** The operations, read once from the OpenAPI description of an app on an empty database. */
async function listOperations(): Promise<Operation[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-fuzz-ops-'));
  const app = await buildApp({ db: openDatabase({ url: null, sqliteFile: ':memory:' }), logLevel: 'silent', uploadsDir: dir, sweepEveryMs: 0, responseValidation: 'strict' });
  await app.ready();
  const ops = operationsOf(app);
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return ops;
}

// An event stream stays open whatever it is sent; room-events.test.ts tests it (and its refusals) on its own.
const OPERATIONS = (await listOperations()).filter((op) => !op.stream);
const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
/** Cases per write route (reads get fewer: they change nothing and have few inputs). */
const RUNS = { write: 200, read: 60 };
const SEED = 20261201;

describe.each(engines())('模糊测试：每个接口的畸形输入只得到 4xx，且 4xx 不改变任何数据（%s）', (engine) => {
  let t: TestApp;
  let ids: [string, string][];
  let changes: () => Promise<number>;
  const cookies = new Map<string, string>();
  beforeAll(async () => {
    t = await createTestApp(engine, { app: { publicProposalRateLimit: 100_000, trackRateLimit: 100_000 } });
    await seedDemoYear(t);
    // A village stands for organisations, so that a fuzzed deactivation cannot close the county itself.
    const village = (await t.db.kysely.selectFrom('organisations').select('id').where('name', '=', '东羊村').executeTakeFirst())?.id;
    ids = [...(village ? ([['/api/orgs/{id}', village]] as [string, string][]) : []), ...(await yaoduRecordIds(t))];
    // Signed in before counting starts: a login writes the user's last sign-in time.
    for (const actor of FUZZ_ACTORS) if (actor) cookies.set(actor, await t.login(actor));
    changes = await installChangeCounter(t.db);
  }, 120_000);
  afterAll(async () => t.close());

  const cookieOf = async (username: string | null): Promise<string | null> => {
    if (!username) return null;
    if (!cookies.has(username)) cookies.set(username, await t.login(username));
    return cookies.get(username)!;
  };

  const send = async (c: FuzzCase, op: Operation) => {
    // Logging out would end the shared sessions of the fuzz actors: it is sent without one.
    const cookie = op.path === '/api/auth/logout' ? null : await cookieOf(c.actor);
    const headers: Record<string, string> = { ...(cookie ? { cookie } : {}), ...(c.contentType ? { 'content-type': c.contentType } : {}), ...(op.upload ? { 'x-shangliang-request': '1' } : {}) };
    return t.app.inject({ method: op.method, url: c.url, headers, ...(c.payload !== undefined ? { payload: c.payload } : {}) });
  };

  it.each(OPERATIONS.map((op) => [`${op.method} ${op.path}`, op] as const))('%s', async (_name, op) => {
    await fc.assert(
      fc.asyncProperty(fuzzCases(op, (p) => idFor(ids, p)), async (c) => {
        const [changesBefore, auditsBefore] = [await changes(), await auditCount(t.db)];
        const res = await send(c, op);
        const where = `${op.method} ${c.url.slice(0, 200)} as ${c.actor ?? '匿名'} → ${res.statusCode} ${res.body.slice(0, 200)}`;
        expect(res.statusCode, where).toBeLessThan(500);
        const changed = (await changes()) !== changesBefore;
        if (res.statusCode >= 400) {
          const body = JSON.parse(res.body) as { error?: unknown; message?: unknown };
          expect(typeof body.error, where).toBe('string');
          expect(String(body.message), where).toMatch(/[\u4e00-\u9fa5]/);
          expect(changed, `${where}：4xx 却改变了数据`).toBe(false);
        } else if (changed && WRITES.has(op.method)) {
          expect(await auditCount(t.db), `${where}：写入未记入操作日志`).toBeGreaterThan(auditsBefore);
        }
      }),
      { numRuns: WRITES.has(op.method) ? RUNS.write : RUNS.read, seed: SEED, endOnFailure: true },
    );
  });
});
