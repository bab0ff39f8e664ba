#!/usr/bin/env node
// The city-scale benchmark of issue 12. Generates (or reuses) a data set of N topics through the real
// schema, starts the project's server in a child process on it, and measures the pages of the console,
// the member area, a department's items and the public track page at c=8 with autocannon; in the same
// run and alternating with them, a floor: bare Fastify with one prepared statement on the same database.
// All sizes of an engine run side by side and are measured page by page in turn, so that the slowdown
// from the small to the large size is measured in one window of a noisy machine.
// Prints req/s, p50, p99, the ratio to the floor and the targets per engine and size, the slowdown from
// the smallest to the largest size, and the server's peak RSS; writes everything to bench/results/.
//   node bench/scale.mjs [--sizes 10000,100000] [--engines sqlite,postgres] [--duration 5] [--rounds 3]
//                        [--pg postgres://postgres@127.0.0.1:5432/postgres] [--data bench/.data] [--prepare-only]
//                        [--pages topic.detail,dept.items]   (only these pages)
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { buildServer } from '../scripts/build-server.mjs';
import { ensureDataset, GEN_VERSION } from './scale/generate.mjs';

const root = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    engines: { type: 'string', default: 'sqlite,postgres' },
    duration: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '8' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    data: { type: 'string', default: path.join(root, 'bench/.data') },
    out: { type: 'string', default: path.join(root, 'bench/results') },
    /** Only these pages (comma-separated keys, e.g. topic.detail,dept.items), for a quick look at one change. */
    pages: { type: 'string', default: '' },
    /** Only generate (or check) the cached data sets, measure nothing. */
    'prepare-only': { type: 'boolean', default: false },
  },
});
const SIZES = args.sizes.split(',').map((s) => Number(s.trim().replace(/_/g, ''))).filter((n) => n > 0);
const ENGINES = args.engines.split(',').map((s) => s.trim()).filter(Boolean);
const DURATION = Number(args.duration);
const ROUNDS = Number(args.rounds);
const CONNECTIONS = Number(args.connections);
for (const e of ENGINES) if (!['sqlite', 'postgres'].includes(e)) throw new Error(`unknown engine ${e}`);

/** Targets of issue 12. */
const TARGETS = { p99Ms: 50, ratio: 0.2, trackRatio: 0.5, slowdown: 1.5, rssMb: 250 };
const PASSWORD = 'Shangliang@2026';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const log = (...xs) => console.error(...xs);
const orNull = (x) => (Number.isFinite(x) ? x : null);

// The data directory ignores itself, so nothing generated can be committed by accident.
fs.mkdirSync(args.data, { recursive: true });
if (!fs.existsSync(path.join(args.data, '.gitignore'))) fs.writeFileSync(path.join(args.data, '.gitignore'), '*\n');
// The server runs as compiled JavaScript, as `npm start` runs it: bench/scale/server.mjs bundled with the
// server's sources by the same esbuild settings (scripts/build-server.mjs).
const serverBundle = await buildServer(path.join(root, 'bench/scale/server.mjs'), path.join(root, 'packages/server/dist/bench-server.js'));
// And with the V8 flags `npm start` gives it (package.json: a smaller young generation keeps RSS under load lower).
const serverFlags = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.start.match(/--[\w-]+=\S+/g) ?? [];

// ————————————————————————————— child processes —————————————————————————————

const children = new Set();
function start(name, argv, env) {
  const child = spawn(process.execPath, argv, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const logFile = path.join(args.data, `${name}.log`);
  const logStream = fs.createWriteStream(logFile);
  child.stderr.pipe(logStream);
  let out = '';
  return new Promise((resolve, reject) => {
    // Pending migrations run first: new indexes on a cached 100,000-topic data set take a while.
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 600 s (see ${logFile})`)), 600_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /READY (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]), logFile });
      }
    });
    child.once('exit', (code) => {
      children.delete(child);
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} (see ${logFile})`));
    });
  });
}
async function stop(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
  children.delete(child);
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    for (const c of children) c.kill('SIGKILL');
    process.exit(130);
  });

/** Samples the server's resident memory (VmRSS) every 200 ms; VmHWM is the kernel's own peak. */
function rssSampler(pid) {
  const read = (field) => {
    try {
      const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      return m ? Number(m[1]) : 0;
    } catch {
      return 0;
    }
  };
  const idle = read('VmRSS');
  let peak = idle;
  let windowPeak = peak;
  const timer = setInterval(() => {
    const v = read('VmRSS');
    peak = Math.max(peak, v);
    windowPeak = Math.max(windowPeak, v);
  }, 200);
  return {
    /** The peak since the last call (kB). */
    window: () => {
      const w = windowPeak;
      windowPeak = read('VmRSS');
      return w;
    },
    stop: () => {
      clearInterval(timer);
      return { idleKb: idle, peakKb: Math.max(peak, read('VmRSS')), hwmKb: read('VmHWM') };
    },
  };
}

/** CPU time (clock ticks) a process has used so far. */
function cpuTicks(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/**
 * Waits until requests still in flight when autocannon stopped are done: the processes are idle (under
 * 5 % CPU for two consecutive 250 ms) and, on PostgreSQL, no query of the data set's database runs.
 * Returns the time waited.
 */
async function drain(pids, databaseUrl, capMs = 180_000) {
  const started = performance.now();
  let client = null;
  if (databaseUrl) {
    client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
  }
  try {
    let quiet = 0;
    let last = pids.map(cpuTicks);
    while (performance.now() - started < capMs) {
      await sleep(250);
      const now = pids.map(cpuTicks);
      const busy = now.some((t, i) => t - last[i] > 1); // more than 10 ms of 250 (ticks are 10 ms)
      last = now;
      let active = 0;
      if (client)
        active = Number((await client.query(`select count(*) as n from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`)).rows[0].n);
      quiet = busy || active ? 0 : quiet + 1;
      if (quiet >= 2) break;
    }
  } finally {
    await client?.end();
  }
  return Math.round(performance.now() - started);
}

// ————————————————————————————— the pages —————————————————————————————

async function fixtures(dataset) {
  const q = async (sql, params = []) => {
    if (dataset.sqliteFile) {
      const db = new SQLite(dataset.sqliteFile, { readonly: true });
      try {
        return db.prepare(sql.replace(/\$\d+/g, '?')).all(...params);
      } finally {
        db.close();
      }
    }
    const client = new pg.Client({ connectionString: dataset.databaseUrl });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
  const [yaodu] = await q(`select id from organisations where name = '尧都区政协'`);
  const topics = (await q('select id from topics where county_id = $1 order by random() limit 1000', [yaodu.id])).map((r) => r.id);
  const codes = (await q('select tracking_code from proposals order by random() limit 2000')).map((r) => r.tracking_code);
  const [{ n: totalTopics }] = await q('select count(*) as n from topics');
  // The cursor (加载更多) that starts the city's deep page: the last row of the page before it, in the list's order.
  const deep = deepPage(Number(totalTopics));
  const [before] = await q('select updated_at, id from topics order by updated_at desc, id desc limit 1 offset $1', [(deep - 1) * 20 - 1]);
  const deepCursor = before ? Buffer.from(JSON.stringify([before.updated_at, before.id])).toString('base64url') : null;
  return { yaoduId: yaodu.id, topics, codes, totalTopics: Number(totalTopics), deepCursor };
}

/** The measured pages: [key, label, user (null: no sign-in), path or paths]. */
/** Page 2000 of 20 at 100,000 topics is 40 % deep into the city's list; other sizes go as deep. */
const deepPage = (totalTopics) => Math.max(2, Math.round((2000 * totalTopics) / 100_000));

function pagesFor(fx) {
  const deep = deepPage(fx.totalTopics);
  return [
    { key: 'topics.county.p1', label: '议题列表 第1页（县）', user: 'yaodu-office', path: '/api/topics?page=1&pageSize=20' },
    { key: 'topics.city.deep', label: `议题列表 第${deep}页（市）`, user: 'city-office', path: `/api/topics?page=${deep}&pageSize=20` },
    { key: 'topics.city.cursor', label: `议题列表 第${deep}页（市，加载更多）`, user: 'city-office', path: `/api/topics?pageSize=20&after=${fx.deepCursor}` },
    { key: 'topic.detail', label: '议题详情', user: 'yaodu-office', paths: fx.topics.map((id) => `/api/topics/${id}`) },
    { key: 'proposals.pool', label: '选题建议库 第1页', user: 'yaodu-office', path: '/api/proposals' },
    { key: 'handling.items.county', label: '办理督办 办件（县）', user: 'yaodu-office', path: '/api/handling/items' },
    { key: 'handling.summary.county', label: '按承办单位统计（县）', user: 'yaodu-office', path: '/api/handling/summary' },
    { key: 'handling.items.city', label: '办理督办 办件（市）', user: 'city-office', path: '/api/handling/items' },
    { key: 'handling.summary.city', label: '按承办单位统计（市）', user: 'city-office', path: '/api/handling/summary' },
    { key: 'workbench', label: '工作台 待办', user: 'yaodu-office', path: '/api/workbench' },
    { key: 'public.track', label: '公开查询 查询码', user: null, paths: fx.codes.map((c) => `/api/public/track/${c}`) },
    { key: 'member.activities', label: '委员 我的活动', user: 'yaodu-member1', path: '/api/me/activities' },
    { key: 'member.proposals', label: '委员 我的荐题', user: 'yaodu-member1', path: '/api/proposals?mine=true' },
    { key: 'dept.items', label: '承办单位 我的办件', user: 'yaodu-dept-jt', path: '/api/handling/items' },
  ];
}

async function login(base, username) {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('sl_session='));
  if (!cookie) throw new Error(`login ${username}: no sl_session cookie`);
  return cookie.split(';')[0];
}

/** What a page returned, in a few words (so that an empty page shows). */
function describe(body) {
  if (Array.isArray(body?.items)) return `${body.items.length} items${body.total !== undefined ? ` of ${body.total}` : ''}`;
  if (Array.isArray(body?.byDepartment)) return `${body.byDepartment.length} departments`;
  if (body?.pending) return `pending ${Object.values(body.pending).reduce((s, n) => s + n, 0)}`;
  if (body?.timeline) return `${body.timeline.length} timeline entries`;
  if (body?.steps) return `${body.steps.length} steps`;
  return Object.keys(body ?? {}).slice(0, 3).join(',');
}

/** One autocannon measurement; paths rotate at random per request. */
async function measure(base, page, cookie, duration) {
  const paths = page.paths ?? [page.path];
  const headers = cookie ? { cookie } : {};
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration,
    timeout: 30,
    requests: [{ method: 'GET', path: paths[0], headers, setupRequest: (req) => ({ ...req, path: paths[Math.floor(Math.random() * paths.length)] }) }],
  });
  const ok = result['2xx'];
  // No response inside the window: the latency is longer than the window, not zero.
  const none = result.requests.total === 0;
  return {
    rps: ok / result.duration,
    p50: none ? null : result.latency.p50,
    p99: none ? null : result.latency.p99,
    max: none ? null : result.latency.max,
    ok,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : 0,
  };
}

// ————————————————————————————— one engine, all sizes interleaved —————————————————————————————

/** Generates or reuses the data set, starts its server and floor, signs in, checks and warms every page. */
async function setUp(engine, size) {
  log(`\n▶ ${engine} · ${size.toLocaleString('en')} topics`);
  const dataset = await ensureDataset({ engine, size, dataDir: args.data, pgBase: args.pg, log });
  if (dataset.cached) log(`  data set cached (generated ${dataset.generatedAt} in ${(dataset.generationMs / 1000).toFixed(1)} s)`);
  const fx = await fixtures(dataset);
  const target = dataset.sqliteFile ?? dataset.databaseUrl;
  const t = { engine, size, dataset, samples: {}, rssByPage: {}, check: {}, cookies: {} };
  t.server = await start(`server-${engine}-${size}`, [...serverFlags, serverBundle], { BENCH_DB: target, PORT: '0', LOG_LEVEL: 'warn' });
  if (dataset.databaseUrl) {
    // The server applied any pending migrations to the cached data set as it started; their backfills rewrite
    // rows (PostgreSQL keeps the old versions until vacuumed), so vacuum as autovacuum soon would.
    const began = performance.now();
    const client = new pg.Client({ connectionString: dataset.databaseUrl });
    await client.connect();
    await client.query('vacuum analyze');
    await client.end();
    log(`  vacuum analyze after the server's migrations: ${((performance.now() - began) / 1000).toFixed(1)} s`);
  }
  t.floor = await start(`floor-${engine}-${size}`, ['bench/scale/floor.mjs'], { FLOOR_DB: target, FLOOR_COUNTY: fx.yaoduId, PORT: '0' });
  t.rss = rssSampler(t.server.child.pid);
  t.pids = [t.server.child.pid, t.floor.child.pid];
  t.base = `http://127.0.0.1:${t.server.port}`;
  t.floorBase = `http://127.0.0.1:${t.floor.port}`;
  const only = args.pages.split(',').map((k) => k.trim()).filter(Boolean);
  t.pages = pagesFor(fx).filter((p) => !only.length || only.includes(p.key));
  t.floorPage = { key: 'floor', label: 'floor: bare Fastify, 1 prepared statement', path: '/floor' };
  for (const u of new Set(t.pages.map((p) => p.user).filter(Boolean))) t.cookies[u] = await login(t.base, u);
  // Every page answers 200 with data; then one request after the other for up to 2 s, as a warm-up.
  for (const p of [...t.pages, t.floorPage]) {
    const paths = p.paths ?? [p.path];
    const headers = p.user ? { cookie: t.cookies[p.user] } : {};
    const at = p === t.floorPage ? t.floorBase : t.base;
    const began = performance.now();
    const res = await fetch(`${at}${paths[0]}`, { headers });
    const body = await res.json();
    if (res.status !== 200) throw new Error(`${p.key}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
    t.check[p.key] = { status: res.status, firstMs: Math.round(performance.now() - began), returned: describe(body) };
    let n = 1;
    while (performance.now() - began < 2000) await (await fetch(`${at}${paths[n++ % paths.length]}`, { headers })).arrayBuffer();
    log(`  ${p.key.padEnd(24)} first ${String(t.check[p.key].firstMs).padStart(6)} ms, ${String(n).padStart(4)} in warm-up  ${t.check[p.key].returned}`);
    t.samples[p.key] = [];
  }
  await drain(t.pids, dataset.databaseUrl);
  return t;
}

/** One measurement of a page (or the floor) of one size, then the wait for its requests in flight. */
async function sample(t, p, round) {
  const isFloor = p.key === 'floor';
  t.rss.window();
  const m = await measure(isFloor ? t.floorBase : t.base, p, p.user ? t.cookies[p.user] : null, DURATION);
  const peak = t.rss.window();
  if (!isFloor) t.rssByPage[p.key] = Math.max(t.rssByPage[p.key] ?? 0, peak);
  m.drainMs = await drain(t.pids, t.dataset.databaseUrl);
  m.round = round + 1;
  t.samples[p.key].push(m);
  log(`  r${round + 1} ${String(t.size).padStart(7)} ${p.key.padEnd(24)} ${m.rps.toFixed(1).padStart(8)} req/s  p50 ${String(m.p50 ?? '-').padStart(5)} ms  p99 ${String(m.p99 ?? '-').padStart(5)} ms${m.non2xx || m.errors || m.timeouts ? `  non2xx ${m.non2xx} errors ${m.errors} timeouts ${m.timeouts}` : ''}  rss ${(peak / 1024).toFixed(0)} MB  drained in ${(m.drainMs / 1000).toFixed(1)} s`);
}

/** Medians of a page's samples. */
function summarise(xs) {
  return {
    rps: median(xs.map((x) => x.rps)),
    // null (no response inside the window) counts as longer than any measured latency.
    p50: orNull(median(xs.map((x) => x.p50 ?? Infinity))),
    p99: orNull(median(xs.map((x) => x.p99 ?? Infinity))),
    worstP99: orNull(Math.max(...xs.map((x) => x.p99 ?? Infinity))),
    non2xx: xs.reduce((s, x) => s + x.non2xx, 0),
    errors: xs.reduce((s, x) => s + x.errors + x.timeouts, 0),
    kbPerResponse: median(xs.map((x) => x.bytesPerResponse)) / 1024,
  };
}

function resultOf(t) {
  const floorStats = summarise(t.samples.floor);
  const pages = t.pages.map((p) => {
    const s = summarise(t.samples[p.key]);
    const ratio = floorStats.rps ? s.rps / floorStats.rps : 0;
    const need = p.key === 'public.track' ? TARGETS.trackRatio : TARGETS.ratio;
    return { key: p.key, label: p.label, user: p.user, path: p.path ?? `${p.paths[0].replace(/[^/]+$/, ':param')} (${p.paths.length} different)`, check: t.check[p.key], samples: t.samples[p.key], ...s, ratio, rssPeakMb: (t.rssByPage[p.key] ?? 0) / 1024, targets: { p99: s.p99 !== null && s.p99 < TARGETS.p99Ms, ratio: ratio >= need, ratioNeeded: need } };
  });
  const memory = t.rss.stop();
  const d = t.dataset;
  return {
    engine: t.engine,
    size: t.size,
    dataset: { cached: d.cached, generatedAt: d.generatedAt, generationMs: d.generationMs, bytes: d.bytes, counts: d.counts, where: d.sqliteFile ? path.relative(root, d.sqliteFile) : d.databaseUrl.replace(/\/\/[^@]*@/, '//') },
    floor: { ...floorStats, samples: t.samples.floor, check: t.check.floor },
    pages,
    rss: { idleMb: memory.idleKb / 1024, peakMb: memory.peakKb / 1024, hwmMb: memory.hwmKb / 1024, ok: Math.max(memory.peakKb, memory.hwmKb) / 1024 < TARGETS.rssMb },
  };
}

/**
 * All sizes of one engine at once, so that drift of a noisy machine hits them alike: every size has
 * its server and floor running; each round goes through the pages (order rotated per round), measuring
 * each page at every size one after the other (which size first alternates), with the floor of every
 * size before every few pages.
 */
async function runEngine(engine) {
  const targets = [];
  try {
    for (const size of SIZES) targets.push(await setUp(engine, size));
    const pages = targets[0].pages;
    const every = Math.ceil(pages.length / 3);
    for (let round = 0; round < ROUNDS; round++) {
      const shift = (round * every) % pages.length;
      const order = [...pages.slice(shift), ...pages.slice(0, shift)];
      const sizes = round % 2 ? [...targets].reverse() : targets;
      for (const [i, p] of order.entries()) {
        if (i % every === 0) for (const t of sizes) await sample(t, t.floorPage, round);
        for (const t of sizes) await sample(t, t.pages.find((x) => x.key === p.key), round);
      }
    }
    return targets.map(resultOf);
  } finally {
    for (const t of targets) {
      t.rss.stop();
      await stop(t.server.child);
      await stop(t.floor.child);
    }
  }
}

// ————————————————————————————— report —————————————————————————————

const mark = (ok) => (ok ? 'yes' : 'NO');
const pad = (s, n) => {
  // CJK characters take two columns in a terminal.
  const width = [...String(s)].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  return String(s) + ' '.repeat(Math.max(0, n - width));
};
const num = (x, d = 1) => (x >= 100 ? Math.round(x).toLocaleString('en') : x.toFixed(d));
/** A latency; null: no response came inside the measurement window. */
const ms = (x) => (x === null ? `>${DURATION * 1000}` : String(x));

function table(run) {
  const name = run.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  const data = run.dataset.cached ? `cached data set, generated in ${(run.dataset.generationMs / 1000).toFixed(0)} s` : `generated now in ${(run.dataset.generationMs / 1000).toFixed(0)} s`;
  const lines = [
    '',
    `${name} · ${run.size.toLocaleString('en')} topics (${data}; ${ROUNDS} rounds × ${DURATION} s per page, c=${CONNECTIONS}, medians)`,
    `floor (bare Fastify, 1 prepared statement: 20 topics + count): ${num(run.floor.rps)} req/s, p50 ${ms(run.floor.p50)} ms, p99 ${ms(run.floor.p99)} ms`,
    `${pad('page', 34)}${pad('user', 15)}${'req/s'.padStart(8)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'×floor'.padStart(8)}${'KB'.padStart(7)}  p99<50ms  ≥share of floor`,
  ];
  for (const p of run.pages) {
    const errs = p.non2xx || p.errors ? `  (non-2xx ${p.non2xx}, errors ${p.errors})` : '';
    lines.push(
      `${pad(p.label, 34)}${pad(p.user ?? '(public)', 15)}${num(p.rps).padStart(8)}${ms(p.p50).padStart(8)}${ms(p.p99).padStart(8)}${p.ratio.toFixed(3).padStart(8)}${p.kbPerResponse.toFixed(1).padStart(7)}  ${pad(mark(p.targets.p99), 10)}${mark(p.targets.ratio)} (≥${p.targets.ratioNeeded * 100}%)${errs}`,
    );
  }
  lines.push(`server RSS: ${run.rss.idleMb.toFixed(0)} MB idle after start, peak ${run.rss.peakMb.toFixed(0)} MB sampled, VmHWM ${run.rss.hwmMb.toFixed(0)} MB — under ${TARGETS.rssMb} MB: ${mark(run.rss.ok)}`);
  return lines.join('\n');
}

function slowdowns(runs) {
  const out = [];
  for (const engine of ENGINES) {
    const mine = runs.filter((r) => r.engine === engine).sort((a, b) => a.size - b.size);
    if (mine.length < 2) continue;
    const [small, large] = [mine[0], mine.at(-1)];
    const rows = small.pages.map((p) => {
      const q = large.pages.find((x) => x.key === p.key);
      const slowdown = q.rps ? p.rps / q.rps : Infinity;
      return { key: p.key, label: p.label, rpsSmall: p.rps, rpsLarge: q.rps, p99Small: p.p99, p99Large: q.p99, slowdown, ok: slowdown <= TARGETS.slowdown };
    });
    out.push({ engine, small: small.size, large: large.size, rows });
  }
  return out;
}

function slowdownTable(s) {
  const name = s.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  const a = s.small.toLocaleString('en');
  const b = s.large.toLocaleString('en');
  const lines = ['', `${name}: slowdown ${a} → ${b} topics (req/s at ${a} ÷ req/s at ${b}, measured in turn in the same rounds; target ≤ ${TARGETS.slowdown}×)`, `${pad('page', 34)}${`req/s ${a}`.padStart(14)}${`req/s ${b}`.padStart(14)}${`p99 ${a}`.padStart(12)}${`p99 ${b}`.padStart(12)}${'slower ×'.padStart(10)}  ≤1.5×`];
  for (const r of s.rows) lines.push(`${pad(r.label, 34)}${num(r.rpsSmall).padStart(14)}${num(r.rpsLarge).padStart(14)}${ms(r.p99Small).padStart(12)}${ms(r.p99Large).padStart(12)}${(Number.isFinite(r.slowdown) ? r.slowdown.toFixed(2) : '∞').padStart(10)}  ${mark(r.ok)}`);
  return lines.join('\n');
}

// ————————————————————————————— main —————————————————————————————

if (args['prepare-only']) {
  for (const engine of ENGINES)
    for (const size of SIZES) {
      const d = await ensureDataset({ engine, size, dataDir: args.data, pgBase: args.pg, log });
      console.log(`${engine} ${size}: ${d.cached ? 'cached' : 'generated'} (${(d.generationMs / 1000).toFixed(1)} s, ${(d.bytes / 1e6).toFixed(0)} MB) ${JSON.stringify(d.counts)}`);
    }
  process.exit(0);
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
    runs.push(...(await runEngine(engine)));
  } catch (err) {
    failures.push({ engine, sizes: SIZES, error: String(err?.stack ?? err) });
    log(`  ✗ ${engine}: ${err?.message ?? err}`);
  }
}

const slow = slowdowns(runs);
const report = [
  `Scale benchmark — ${startedAt.toISOString()} — ${os.cpus().length} CPUs, Node ${process.versions.node}, git ${git?.head ?? '?'}${git?.uncommittedFilesInPackages ? ` (+${git.uncommittedFilesInPackages} uncommitted files in packages/)` : ''}`,
  `targets at ${Math.max(...SIZES).toLocaleString('en')} topics: p99 < ${TARGETS.p99Ms} ms; req/s ≥ ${TARGETS.ratio * 100}% of the floor (public track ≥ ${TARGETS.trackRatio * 100}%); ≤ ${TARGETS.slowdown}× slower than at the small size; server RSS < ${TARGETS.rssMb} MB`,
  ...runs.map(table),
  ...slow.map(slowdownTable),
  ...failures.map((f) => `\nFAILED ${f.engine} ${f.sizes.join(',')}: ${f.error.split('\n')[0]}`),
].join('\n');
console.log(report);

fs.mkdirSync(args.out, { recursive: true });
const stamp = startedAt.toISOString().slice(0, 16).replace(/[:T]/g, '-');
const file = path.join(args.out, `scale-${stamp}.json`);
fs.writeFileSync(file, `${JSON.stringify({ startedAt, finishedAt: new Date(), git, machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGb: Math.round(os.totalmem() / 2 ** 30), node: process.versions.node }, generatorVersion: GEN_VERSION, options: { sizes: SIZES, engines: ENGINES, duration: DURATION, rounds: ROUNDS, connections: CONNECTIONS }, targets: TARGETS, runs, slowdown: slow, failures }, null, 2)}\n`);
log(`\nresults: ${path.relative(root, file)}`);
process.exit(failures.length ? 1 : 0);
