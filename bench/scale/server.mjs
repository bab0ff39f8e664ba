// The project's server for the benchmark, in its own process (run with `node --import tsx`): the same
// buildApp as packages/server/src/main.ts on an already generated database, API only, with the login and
// 查询码 rate limits raised (every request of a load test comes from one address) and no housekeeping
// sweep, reminder run or notification worker. Pending migrations are applied first, as main.ts does. Prints `READY <port>` when listening.
//   BENCH_DB=<sqlite file | postgres://…> PORT=<port> node --import tsx bench/scale/server.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, migrate, openDatabase } from '@shangliang/server';

const target = process.env.BENCH_DB ?? '';
const pgUrl = /^postgres(ql)?:\/\//.test(target) ? target : null;
const db = openDatabase({ url: pgUrl, sqliteFile: pgUrl ? ':memory:' : target });
await migrate(db);
const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-bench-uploads-'));
const app = await buildApp({
  db,
  uploadsDir,
  logLevel: process.env.LOG_LEVEL ?? 'warn',
  loginRateLimit: 1e9,
  trackRateLimit: 1e9,
  publicProposalRateLimit: 1e9,
  sweepEveryMs: 0,
  // No reminder run nor outbox worker while pages are measured (the run would read every open item at start).
  notifications: { deliverEveryMs: 0, scheduleEveryMs: 0 },
  // Nor a rebuild of the search index in the background (the generated data set has none: `npm run cli -- reindex` builds it).
  searchIndexOnStart: false,
  // The search benchmark's public look-ups come from many addresses (X-Forwarded-For): the similar-proposal route's
  // own limit of 120 a minute is per address. Off unless asked for, so nothing else changes.
  trustProxy: process.env.BENCH_TRUST_PROXY === '1',
});
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
const address = app.server.address();
console.log(`READY ${typeof address === 'object' && address ? address.port : 0}`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void app
      .close()
      .then(() => db.close())
      .finally(() => {
        fs.rmSync(uploadsDir, { recursive: true, force: true });
        process.exit(0);
      });
  });
}
