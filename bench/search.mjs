#!/usr/bin/env node
// The search benchmark of issue 11. Builds (or reuses) an index of N texts (default 1,000,000: proposals, topics,
// suggestions, department answers and consultation opinions of the 17 counties and the city, bench/search/texts.mjs)
// through the real schema and the indexer's own code (bench/search/build.mjs), starts the project's server on it in
// its own process (bench/scale/server.mjs) and measures at c=8 with autocannon, alternating with a floor (bare
// Fastify, one prepared statement: the 20 best matches, bench/search/floor.mjs): 全站检索 as the city office (every
// county) and as a county office, 门户检索, and 相似建议 (POST /api/public/proposals/similar with texts residents
// might type). Queries rotate through 32 realistic ones, common and rare; each is also timed alone (c=1) with the
// number of records it finds. Then runs bench/grouping.mjs (grouping of 10,000 and 100,000 pending proposals).
// Prints the build (time, texts/s, size on disk), req/s, p50/p95/p99 against the targets (search p95 < 50 ms,
// similar p95 < 100 ms, grouping < 2 s and < 10 s) and the ratio to the floor; writes bench/results/search-<date>.json.
//   node bench/search.mjs [--texts 1000000] [--engines sqlite,postgres] [--duration 5] [--rounds 3] [--connections 8]
//                         [--pg postgres://postgres@127.0.0.1:5432/postgres] [--data bench/.data] [--prepare-only] [--skip-grouping]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildServer } from '../scripts/build-server.mjs';
import { ensureSearchIndex, SEARCH_GEN_VERSION, serverModules } from './search/build.mjs';
import { drain, login, measure, peakRssMb, quantile, start, stop } from './search/harness.mjs';
import { createCorpus } from './search/texts.mjs';
import { groupingTable, perQueryTable, report, summary } from './search/report.mjs';

const root = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    texts: { type: 'string', default: '1000000' },
    engines: { type: 'string', default: 'sqlite,postgres' },
    duration: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '8' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    data: { type: 'string', default: path.join(root, 'bench/.data') },
    out: { type: 'string', default: path.join(root, 'bench/results') },
    /** Only build (or check) the cached indexes, measure nothing. */
    'prepare-only': { type: 'boolean', default: false },
    /** Leave out bench/grouping.mjs. */
    'skip-grouping': { type: 'boolean', default: false },
  },
});
const TEXTS = Number(args.texts.replace(/_/g, ''));
const ENGINES = args.engines.split(',').map((s) => s.trim()).filter(Boolean);
const opts = { duration: Number(args.duration), rounds: Number(args.rounds), connections: Number(args.connections) };
for (const e of ENGINES) if (!['sqlite', 'postgres'].includes(e)) throw new Error(`unknown engine ${e}`);
if (!(TEXTS > 0)) throw new Error(`--texts ${args.texts}: not a number of texts`);

/** Targets of issue 11 (ms). */
const TARGETS = { searchP95: 50, similarP95: 100, grouping: { 10000: 2000, 100000: 10000 } };
const PASSWORD = 'Shangliang@2026';
/** What people type into the search box: common problems, rare ones, places, departments, two-word queries. */
const QUERIES = ['路灯', '停电', '自来水', '医保报销', '师庄乡', '校车', '暖气', '垃圾清运', '停车难', '养老金', '低保', '道路硬化', '厕所', '冯南垣', '手机信号', '广场舞', '加装电梯', '流浪狗', '煤改气', '积水', '屯里镇', '大槐树镇', '苹果滞销', '保健品', '物业', '充电桩', '班车', '老旧小区', '彩礼', '交通运输局', '村里路灯', '暖气不热'];
const log = (...xs) => console.error(...xs);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null;
};

fs.mkdirSync(args.data, { recursive: true });
if (!fs.existsSync(path.join(args.data, '.gitignore'))) fs.writeFileSync(path.join(args.data, '.gitignore'), '*\n');

if (args['prepare-only']) {
  for (const engine of ENGINES) {
    const d = await ensureSearchIndex({ engine, texts: TEXTS, dataDir: args.data, pgBase: args.pg, log });
    console.log(`${engine} ${TEXTS}: ${d.cached ? 'cached' : 'built'} in ${(d.buildMs / 1000).toFixed(1)} s (${Math.round(d.textsPerSecond)} texts/s), index ${(d.sizes.index / 1e6).toFixed(0)} MB ${JSON.stringify(d.counts)}`);
  }
  process.exit(0);
}

// The server runs as compiled JavaScript, as `npm start` runs it (bench/scale/server.mjs bundled by scripts/build-server.mjs).
// With the V8 flags `npm start` gives it (package.json), as bench/scale.mjs starts it.
const serverFlags = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.start.match(/--[\w-]+=\S+/g) ?? [];
const serverBundle = await buildServer(path.join(root, 'bench/scale/server.mjs'), path.join(root, 'packages/server/dist/bench-search-server.js'));

/** A SQL query on the data set (SQLite file or PostgreSQL URL). */
async function query(dataset, text, params = []) {
  if (dataset.sqliteFile) {
    const { default: SQLite } = await import('better-sqlite3');
    const db = new SQLite(dataset.sqliteFile, { readonly: true });
    try {
      return db.prepare(text.replace(/\$\d+/g, '?')).all(...params);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: dataset.databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** The pages: the searches rotate through QUERIES; the look-up through texts residents might type. */
async function pagesFor(dataset) {
  const m = await serverModules();
  // The terms the server searches by depend on the place words it loads; the floor is asked for the same terms.
  const db = m.openDatabase(dataset.sqliteFile ? { url: null, sqliteFile: dataset.sqliteFile } : { url: dataset.databaseUrl, sqliteFile: ':memory:' });
  let orgs;
  let members;
  try {
    await m.loadPlaceWords(db);
    orgs = await db.kysely.selectFrom('organisations').selectAll().execute();
    members = await db.kysely.selectFrom('role_assignments as r').innerJoin('organisations as o', 'o.id', 'r.org_id').where('r.role', '=', 'member').select(['r.user_id as id', 'o.county_id']).execute();
  } finally {
    await db.close();
  }
  const counties = orgs.filter((o) => o.kind === 'county');
  const yaodu = counties.find((c) => c.name === '尧都区政协');
  const q = (s) => encodeURIComponent(s);
  const similar = createCorpus({ orgs, members, groups: m.DOMAIN_GROUPS }).similarInputs(300);
  return {
    floor: { key: 'floor', label: 'floor：裸 Fastify，1 条预编译语句', paths: QUERIES.map((s) => `/floor?t=${q(m.queryTerms(s).join(','))}`) },
    pages: [
      { key: 'search.city', label: '全站检索（市政协，全市）', user: 'city-office', target: TARGETS.searchP95, paths: QUERIES.map((s) => `/api/search?q=${q(s)}`) },
      { key: 'search.county', label: '全站检索（尧都区政协）', user: 'yaodu-office', target: TARGETS.searchP95, paths: QUERIES.map((s) => `/api/search?q=${q(s)}`) },
      { key: 'public.search', label: '门户检索', user: null, target: TARGETS.searchP95, paths: QUERIES.flatMap((s, i) => [`/api/public/search?q=${q(s)}`, `/api/public/search?q=${q(s)}&countyId=${counties[i % counties.length].id}`]) },
      { key: 'similar', label: '相似建议（提交前提示）', user: null, target: TARGETS.similarP95, path: '/api/public/proposals/similar', bodies: similar, public: true },
    ],
    yaoduId: yaodu.id,
  };
}

/** One request, timed (c=1). */
async function timed(base, url, init) {
  const began = performance.now();
  const res = await fetch(`${base}${url}`, init);
  const body = await res.json();
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { ms: performance.now() - began, body };
}

/** Each query alone (c=1, the median of 3 after one unmeasured): time and records found, per page, and the floor. */
async function perQuery(t) {
  const rows = [];
  for (const [i, s] of QUERIES.entries()) {
    const row = { q: s };
    const probe = async (key, base, url, headers) => {
      await timed(base, url, { headers });
      const runs = [];
      for (let k = 0; k < 3; k++) runs.push(await timed(base, url, { headers }));
      row[key] = { ms: median(runs.map((x) => x.ms)), total: runs[0].body.total ?? runs[0].body.items.length };
    };
    await probe('city', t.base, t.pages[0].paths[i], { cookie: t.cookies['city-office'] });
    await probe('county', t.base, t.pages[1].paths[i], { cookie: t.cookies['yaodu-office'] });
    await probe('public', t.base, t.pages[2].paths[2 * i], {});
    await probe('floor', t.floorBase, t.floor.paths[i], {});
    rows.push(row);
    log(`  ${s.padEnd(6, '　')} city ${row.city.ms.toFixed(1).padStart(7)} ms ${String(row.city.total).padStart(7)}  county ${row.county.ms.toFixed(1).padStart(7)} ms ${String(row.county.total).padStart(6)}  public ${row.public.ms.toFixed(1).padStart(7)} ms  floor ${row.floor.ms.toFixed(1).padStart(7)} ms`);
  }
  // The look-up, one text after another.
  const similar = t.pages.find((p) => p.key === 'similar');
  const times = [];
  let offered = 0;
  for (const [k, body] of similar.bodies.slice(0, 60).entries()) {
    const init = { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.0.${k}` }, body: JSON.stringify(body) };
    const r = await timed(t.base, similar.path, init);
    times.push(r.ms);
    offered += r.body.items.length;
  }
  times.sort((a, b) => a - b);
  return { queries: rows, similar: { n: times.length, p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: times.at(-1), offeredPerText: offered / times.length } };
}

/** Builds or reuses the index, starts server and floor, signs in, checks and warms every page, times each query. */
async function setUp(engine) {
  log(`\n▶ ${engine} · ${TEXTS.toLocaleString('en')} texts`);
  const dataset = await ensureSearchIndex({ engine, texts: TEXTS, dataDir: args.data, pgBase: args.pg, log });
  if (dataset.cached) log(`  index cached (built ${dataset.builtAt} in ${(dataset.buildMs / 1000).toFixed(1)} s)`);
  const target = dataset.sqliteFile ?? dataset.databaseUrl;
  const t = { engine, dataset, samples: {}, check: {}, cookies: {} };
  const env = { BENCH_DB: target, PORT: '0', LOG_LEVEL: 'warn', BENCH_TRUST_PROXY: '1' };
  t.server = await start(`search-server-${engine}-${TEXTS}`, [...serverFlags, serverBundle], env, { cwd: root, logDir: args.data });
  if (dataset.databaseUrl) {
    // Migrations added since the index was built ran as the server started; vacuum as autovacuum soon would.
    await query(dataset, 'vacuum analyze');
  }
  t.floorProc = await start(`search-floor-${engine}-${TEXTS}`, ['bench/search/floor.mjs'], { FLOOR_DB: target, PORT: '0' }, { cwd: root, logDir: args.data });
  t.pids = [t.server.child.pid, t.floorProc.child.pid];
  t.base = `http://127.0.0.1:${t.server.port}`;
  t.floorBase = `http://127.0.0.1:${t.floorProc.port}`;
  Object.assign(t, await pagesFor(dataset));
  for (const u of ['city-office', 'yaodu-office']) t.cookies[u] = await login(t.base, u, PASSWORD);
  // The place words load in the background as the server starts: wait until a place name is one term.
  await sleep(2000);
  for (const p of [t.floor, ...t.pages]) {
    const at = p.key === 'floor' ? t.floorBase : t.base;
    const init = p.bodies ? { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.8.0.1' }, body: JSON.stringify(p.bodies[0]) } : { headers: p.user ? { cookie: t.cookies[p.user] } : {} };
    const { ms, body } = await timed(at, p.bodies ? p.path : p.paths[0], init);
    t.check[p.key] = { firstMs: Math.round(ms), returned: `${body.items.length} items${body.total !== undefined ? ` of ${body.total}` : ''}` };
    // Warm-up: 2 s of requests one after another, rotating as the measurement will.
    let n = 1;
    const began = performance.now();
    while (performance.now() - began < 2000) {
      const k = n++;
      const next = p.bodies ? { ...init, headers: { ...init.headers, 'x-forwarded-for': `10.8.1.${k % 250}` }, body: JSON.stringify(p.bodies[k % p.bodies.length]) } : init;
      await timed(at, p.bodies ? p.path : p.paths[k % p.paths.length], next);
    }
    log(`  ${p.key.padEnd(14)} first ${String(t.check[p.key].firstMs).padStart(6)} ms, ${String(n).padStart(4)} in warm-up  ${t.check[p.key].returned}`);
    t.samples[p.key] = [];
  }
  log('  each query alone (c=1, median of 3): records found and time');
  t.perQuery = await perQuery(t);
  await drain(t.pids, dataset.databaseUrl);
  return t;
}

const IPS = Array.from({ length: 20_000 }, (_, i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);

/** One measurement of a page (or the floor), then the wait for its requests in flight. */
async function sample(t, p, round) {
  const isFloor = p.key === 'floor';
  const m = await measure(isFloor ? t.floorBase : t.base, p, { cookie: p.user ? t.cookies[p.user] : null, ips: p.public ? IPS : null, ...opts });
  m.drainMs = await drain(t.pids, t.dataset.databaseUrl);
  m.round = round + 1;
  t.samples[p.key].push(m);
  const f = (x) => (x === null ? '-' : x.toFixed(1)).padStart(7);
  log(`  r${round + 1} ${p.key.padEnd(14)} ${m.rps.toFixed(1).padStart(8)} req/s  p50 ${f(m.p50)}  p95 ${f(m.p95)}  p99 ${f(m.p99)} ms${m.non2xx || m.errors || m.timeouts ? `  non2xx ${m.non2xx} errors ${m.errors} timeouts ${m.timeouts}` : ''}  drained in ${(m.drainMs / 1000).toFixed(1)} s`);
}

/** Rounds of: the floor, two pages, the floor, two pages — the pages' order rotating per round. */
async function runEngine(engine) {
  let t;
  try {
    t = await setUp(engine);
    for (let round = 0; round < opts.rounds; round++) {
      const order = [...t.pages.slice(round % t.pages.length), ...t.pages.slice(0, round % t.pages.length)];
      for (const [i, p] of order.entries()) {
        if (i % 2 === 0) await sample(t, t.floor, round);
        await sample(t, p, round);
      }
    }
    const floor = summary(t.samples.floor, null);
    return {
      engine,
      texts: TEXTS,
      dataset: { ...t.dataset, where: t.dataset.sqliteFile ? path.relative(root, t.dataset.sqliteFile) : t.dataset.databaseUrl.replace(/\/\/[^@]*@/, '//') },
      floor: { ...floor, check: t.check.floor },
      pages: t.pages.map((p) => ({ key: p.key, label: p.label, user: p.user, target: p.target, check: t.check[p.key], ...summary(t.samples[p.key], floor.rps, p.target) })),
      perQuery: t.perQuery,
      serverPeakRssMb: peakRssMb(t.server.child.pid),
    };
  } finally {
    await stop(t?.server?.child);
    await stop(t?.floorProc?.child);
  }
}

/** bench/grouping.mjs in a child process, its table parsed. */
function runGrouping() {
  log('\n▶ grouping (bench/grouping.mjs)');
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/grouping.mjs'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
  const rows = out.trim().split('\n').slice(1).map((line) => {
    const [size, wall, cpu] = line.trim().split(/\s+/).map(Number);
    const prf = /([\d.]+) \/ ([\d.]+) \/ ([\d.]+)/.exec(line);
    return { size, wallMs: wall, cpuMs: cpu, targetMs: TARGETS.grouping[size] ?? null, ok: TARGETS.grouping[size] ? wall < TARGETS.grouping[size] : null, precision: Number(prf?.[1]), recall: Number(prf?.[2]), f1: Number(prf?.[3]) };
  });
  return { printed: out.trim(), rows };
}

const startedAt = new Date();
const git = (() => {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'packages'], { cwd: root }).toString().trim().split('\n').filter(Boolean).length;
    return { head, uncommittedFilesInPackages: dirty };
  } catch {
    return null;
  }
})();
const runs = [];
const failures = [];
for (const engine of ENGINES) {
  try {
    runs.push(await runEngine(engine));
  } catch (err) {
    failures.push({ engine, error: String(err?.stack ?? err) });
    log(`  ✗ ${engine}: ${err?.message ?? err}`);
  }
}
let grouping = null;
if (!args['skip-grouping']) {
  try {
    grouping = runGrouping();
  } catch (err) {
    failures.push({ engine: 'grouping', error: String(err?.stack ?? err) });
  }
}

const header = `Search benchmark — ${startedAt.toISOString()} — ${os.cpus().length} CPUs, Node ${process.versions.node}, git ${git?.head ?? '?'}${git?.uncommittedFilesInPackages ? ` (+${git.uncommittedFilesInPackages} uncommitted files in packages/)` : ''}`;
console.log(
  [
    header,
    `targets: search p95 < ${TARGETS.searchP95} ms, similar proposals p95 < ${TARGETS.similarP95} ms (c=${opts.connections}); grouping 10,000 < 2 s, 100,000 < 10 s`,
    ...runs.map((r) => report(r, opts)),
    ...runs.map((r) => perQueryTable(r)),
    ...(grouping ? [groupingTable(grouping)] : []),
    ...failures.map((f) => `\nFAILED ${f.engine}: ${f.error.split('\n')[0]}`),
  ].join('\n'),
);

fs.mkdirSync(args.out, { recursive: true });
const stamp = startedAt.toISOString().slice(0, 16).replace(/[:T]/g, '-');
const file = path.join(args.out, `search-${stamp}.json`);
fs.writeFileSync(file, `${JSON.stringify({ startedAt, finishedAt: new Date(), git, machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGb: Math.round(os.totalmem() / 2 ** 30), node: process.versions.node }, version: SEARCH_GEN_VERSION, options: { texts: TEXTS, engines: ENGINES, ...opts }, targets: TARGETS, queries: QUERIES, runs, grouping, failures }, null, 2)}\n`);
log(`\nresults: ${path.relative(root, file)}`);
process.exit(failures.length ? 1 : 0);
