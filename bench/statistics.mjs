// 协商频次统计 benchmark (issue 9): the county statistics page, the city dashboard and a member archive on
// the 100,000-topic data set of scale.mjs (topics, ~200,000 handling items, …) plus 1,000,000 participation
// records over the 17 counties and the city, on SQLite and PostgreSQL. Each page is requested one at a time
// (statistics are live, each request computes them), after a warm-up; reported are the medians beside a floor
// (bare Fastify, one prepared statement: scale/floor.mjs) measured the same way in the same run.
//   node bench/statistics.mjs [--engines sqlite,postgres] [--size 100000] [--participations 1000000]
//                             [--requests 21] [--pg postgres://postgres@127.0.0.1:5432/postgres] [--prepare-only]
// The data set is cached as scale.mjs caches it (bench/.data, database sl_bench_<size>); the participations
// are added once to the cached data set (counted on each run: when enough are there, nothing is written).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { buildServer } from '../scripts/build-server.mjs';
import { ensureDataset } from './scale/generate.mjs';

const root = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    engines: { type: 'string', default: 'sqlite,postgres' },
    size: { type: 'string', default: '100000' },
    participations: { type: 'string', default: '1000000' },
    requests: { type: 'string', default: '21' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    data: { type: 'string', default: path.join(root, 'bench/.data') },
    out: { type: 'string', default: path.join(root, 'bench/results') },
    'prepare-only': { type: 'boolean', default: false },
  },
});
const SIZE = Number(args.size);
const TARGET = Number(args.participations);
const REQUESTS = Number(args.requests);
const log = (...m) => console.error(...m);
const YEAR = new Date().getFullYear();
const KINDS = ['research', 'consultation', 'follow_up', 'visit', 'recommendation', 'opinion', 'room'];
const SOURCES = { research: 'research_activity', consultation: 'consultation', follow_up: 'follow_up', visit: 'visit', recommendation: 'proposal', opinion: 'consultation_remark', room: 'room' };

// ————————————————————————————— participations —————————————————————————————

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deterministic participation rows for the members of each county: five years, the current one included. */
function* participationRows(members, count) {
  const rnd = prng(20260901);
  for (let i = 0; i < count; i++) {
    const m = members[Math.floor(rnd() * members.length)];
    const year = YEAR - Math.floor(rnd() * rnd() * 5);
    const day = new Date(Date.UTC(year, 0, 1) + Math.floor(rnd() * 365) * 86_400_000).toISOString().slice(0, 10);
    const kind = KINDS[Math.floor(rnd() * KINDS.length)];
    yield [`bp-${i}`, m.county_id, m.user_id, Number(day.slice(0, 4)), day, kind, SOURCES[kind], `bsrc-${i}`, null, 1, null];
  }
}

const MEMBERS_SQL = `select ra.user_id, o.county_id from role_assignments ra join organisations o on o.id = ra.org_id where ra.role = 'member'`;
const COLUMNS = 'id, county_id, user_id, year, on_date, kind, source_type, source_id, topic_id, units, detail';
// Leaders present at consultations: the generator of scale.mjs writes them without body; give them one, and
// mark about half as 负责同志, so that the share of 第四条(六) has something to count.
const LEADERS_SQL = `update consultation_participants set leader_body = case when substr(id, 1, 1) < '8' then 'party' else 'government' end, leader_principal = case when substr(id, 2, 1) < '8' then 1 else 0 end where kind = 'leader' and leader_body is null`;

async function addParticipations(dataset) {
  if (dataset.engine === 'sqlite') {
    const db = new SQLite(dataset.sqliteFile);
    const have = db.prepare('select count(*) as n from participations').get().n;
    if (have < TARGET) {
      const started = performance.now();
      const members = db.prepare(MEMBERS_SQL).all();
      const insert = db.prepare(`insert or ignore into participations (${COLUMNS}) values (${COLUMNS.split(',').map(() => '?').join(', ')})`);
      db.transaction(() => {
        for (const row of participationRows(members, TARGET)) insert.run(row);
        db.exec(LEADERS_SQL);
      })();
      log(`  added ${TARGET - have} participations to SQLite in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: dataset.databaseUrl });
  await client.connect();
  try {
    const have = Number((await client.query('select count(*) as n from participations')).rows[0].n);
    if (have >= TARGET) return;
    const started = performance.now();
    const members = (await client.query(MEMBERS_SQL)).rows;
    let batch = [];
    const flush = async () => {
      if (!batch.length) return;
      const cols = COLUMNS.split(', ').map((_, i) => batch.map((r) => r[i]));
      await client.query(
        `insert into participations (${COLUMNS}) select * from unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::real[], $11::text[]) on conflict do nothing`,
        cols,
      );
      batch = [];
    };
    await client.query('begin');
    for (const row of participationRows(members, TARGET)) {
      batch.push(row);
      if (batch.length === 20_000) await flush();
    }
    await flush();
    await client.query(LEADERS_SQL);
    await client.query('commit');
    await client.query('vacuum analyze participations');
    await client.query('vacuum analyze consultation_participants');
    log(`  added ${TARGET - have} participations to PostgreSQL in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}

// ————————————————————————————— processes and requests —————————————————————————————

const children = new Set();
function start(name, argv, env) {
  const child = spawn(process.execPath, argv, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const logFile = path.join(args.data, `${name}.log`);
  child.stderr.pipe(fs.createWriteStream(logFile));
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 900 s (see ${logFile})`)), 900_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /READY (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${m[1]}` });
      }
    });
    child.once('exit', (code) => {
      children.delete(child);
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} (see ${logFile})`));
    });
  });
}
const stopAll = () => {
  for (const c of children) c.kill('SIGTERM');
};
process.once('exit', stopAll);

async function login(url, username) {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'Shangliang@2026' }) });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  return res.headers.get('set-cookie').split(';')[0];
}

/** Median and min of the times of `REQUESTS` sequential requests after two warm-ups; null when the page answers 404 (not built yet). */
async function time(url, cookie) {
  const once = async () => {
    const t = performance.now();
    const res = await fetch(url, { headers: cookie ? { cookie } : {} });
    await res.arrayBuffer();
    return { ms: performance.now() - t, status: res.status };
  };
  const first = await once();
  if (first.status === 404) return null;
  if (first.status !== 200) throw new Error(`${url} → ${first.status}`);
  await once();
  const ms = [];
  for (let i = 0; i < REQUESTS; i++) ms.push((await once()).ms);
  ms.sort((a, b) => a - b);
  return { median: +ms[Math.floor(ms.length / 2)].toFixed(1), min: +ms[0].toFixed(1), n: ms.length };
}

async function measure(dataset, serverBundle) {
  const target = dataset.engine === 'sqlite' ? dataset.sqliteFile : dataset.databaseUrl;
  const server = await start(`statistics-server-${dataset.engine}`, [serverBundle], { BENCH_DB: target, PORT: '0' });
  const yaodu = await (async () => {
    const res = await fetch(`${server.url}/api/public/counties`);
    return (await res.json()).items.find((c) => c.name.startsWith('尧都区')).id;
  })();
  const floor = await start(`statistics-floor-${dataset.engine}`, [path.join(root, 'bench/scale/floor.mjs')], { FLOOR_DB: target, FLOOR_COUNTY: yaodu, PORT: '0' });
  try {
    const office = await login(server.url, 'yaodu-office');
    const city = await login(server.url, 'city-office');
    const member = await (async () => {
      const res = await fetch(`${server.url}/api/users?q=yaodu-member1`, { headers: { cookie: office } });
      return res.ok ? (await res.json()).items?.[0]?.id : null;
    })();
    const pages = [
      ['floor (bare request)', `${floor.url}/floor`, null],
      ['county statistics (尧都区, year)', `${server.url}/api/statistics?year=${YEAR}`, office],
      ['county statistics (尧都区, quarter)', `${server.url}/api/statistics?year=${YEAR}&quarter=1`, office],
      ['city dashboard (17 counties)', `${server.url}/api/statistics/city?year=${YEAR}`, city],
      ...(member ? [['member archive (yaodu-member1)', `${server.url}/api/members/${member}/archive?year=${YEAR}`, office]] : []),
      ['floor again', `${floor.url}/floor`, null],
    ];
    const rows = [];
    for (const [name, url, cookie] of pages) {
      const r = await time(url, cookie);
      rows.push({ page: name, ...(r ?? { median: null, note: 'route not present (404)' }) });
      log(`  ${dataset.engine} ${name}: ${r ? `${r.median} ms (min ${r.min})` : 'not present'}`);
    }
    return rows;
  } finally {
    server.child.kill('SIGTERM');
    floor.child.kill('SIGTERM');
  }
}

// ————————————————————————————— run —————————————————————————————

const engines = args.engines.split(',').map((s) => s.trim()).filter(Boolean);
const results = {};
const serverBundle = args['prepare-only'] ? null : await buildServer(path.join(root, 'bench/scale/server.mjs'), path.join(root, 'packages/server/dist/bench-server.js'));
for (const engine of engines) {
  log(`${engine}: data set of ${SIZE} topics`);
  const dataset = await ensureDataset({ engine, size: SIZE, dataDir: args.data, pgBase: args.pg, log });
  await addParticipations(dataset);
  if (args['prepare-only']) continue;
  results[engine] = await measure(dataset, serverBundle);
}
if (!args['prepare-only']) {
  for (const [engine, rows] of Object.entries(results)) {
    console.log(`\n${engine}, ${SIZE} topics, ${TARGET} participations — median of ${REQUESTS} sequential requests (target < 200 ms)`);
    console.table(rows);
  }
  fs.mkdirSync(args.out, { recursive: true });
  const stamp = new Date().toISOString().slice(0, 16).replace(/[T:]/g, '-');
  fs.writeFileSync(path.join(args.out, `statistics-${stamp}.json`), JSON.stringify({ size: SIZE, participations: TARGET, requests: REQUESTS, results }, null, 2));
}
stopAll();
