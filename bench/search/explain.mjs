#!/usr/bin/env node
// Why a search is slow: runs the app in this process (buildApp over the benchmark's cached index, requests through
// app.inject) and records every SQL statement a request sends, with its parameters and time, by timing the driver's
// calls (better-sqlite3's prepared statements, pg's Client#query). Then shows each slow statement's plan: EXPLAIN QUERY
// PLAN on SQLite, EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL. The statements are the repository's own, as the server
// sends them, so the plan is of the code in the tree.
//   node bench/search/explain.mjs --engine sqlite --texts 100000 [--q 路灯,道路硬化] [--as city-office] [--similar 2] [--min-ms 5]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ensureSearchIndex, serverModules } from './build.mjs';
import { createCorpus } from './texts.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'sqlite' },
    texts: { type: 'string', default: '100000' },
    q: { type: 'string', default: '路灯,道路硬化,医保报销' },
    as: { type: 'string', default: 'city-office' },
    similar: { type: 'string', default: '2' },
    'min-ms': { type: 'string', default: '5' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    data: { type: 'string', default: path.join(root, 'bench/.data') },
  },
});
const MIN_MS = Number(args['min-ms']);
const m = await serverModules();
const dataset = await ensureSearchIndex({ engine: args.engine, texts: Number(args.texts), dataDir: args.data, pgBase: args.pg, log: console.error });

/** Statements sent while `recording`. */
let recorded = null;
const note = (sql, params, ms) => recorded?.push({ sql, params, ms });
if (args.engine === 'postgres') {
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (text, values, cb) {
    const began = performance.now();
    const result = query.call(this, text, values, cb);
    if (result && typeof result.then === 'function') return result.then((r) => (note(typeof text === 'string' ? text : text.text, values ?? text.values, performance.now() - began), r));
    return result;
  };
}
const db = m.openDatabase(dataset.sqliteFile ? { url: null, sqliteFile: dataset.sqliteFile } : { url: dataset.databaseUrl, sqliteFile: ':memory:' });
if (db.sqlite) {
  const prepare = db.sqlite.prepare.bind(db.sqlite);
  db.sqlite.prepare = (text) => {
    const statement = prepare(text);
    for (const verb of ['all', 'get', 'run']) {
      const call = statement[verb].bind(statement);
      statement[verb] = (...params) => {
        const began = performance.now();
        const out = call(...params);
        note(text, params, performance.now() - began);
        return out;
      };
    }
    return statement;
  };
}
await m.migrate(db);
await m.loadPlaceWords(db);
const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-explain-'));
const app = await m.buildApp({ db, uploadsDir, logLevel: 'warn', loginRateLimit: 1e9, trackRateLimit: 1e9, publicProposalRateLimit: 1e9, sweepEveryMs: 0, notifications: { deliverEveryMs: 0, scheduleEveryMs: 0 }, searchIndexOnStart: false, trustProxy: true });
await app.ready();
const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: args.as, password: m.DEMO_PASSWORD } });
const cookie = String(login.headers['set-cookie']).split(';')[0];

/** The plan of one statement. */
async function plan(s) {
  if (db.sqlite) return db.sqlite.prepare(`explain query plan ${s.sql}`).all(...s.params).map((r) => `  ${r.detail}`).join('\n');
  const client = new pg.Client({ connectionString: dataset.databaseUrl });
  await client.connect();
  try {
    return (await client.query(`explain (analyze, buffers) ${s.sql}`, s.params)).rows.map((r) => `  ${r['QUERY PLAN']}`).join('\n');
  } finally {
    await client.end();
  }
}

/** A request twice (the first warms caches), the second's statements with their plans. */
async function explain(label, request) {
  await app.inject(request);
  recorded = [];
  const began = performance.now();
  const res = await app.inject(request);
  const total = performance.now() - began;
  const statements = recorded;
  recorded = null;
  const body = res.json();
  console.log(`\n━━ ${label}: ${res.statusCode}, ${total.toFixed(1)} ms, ${statements.length} statements (${statements.reduce((s, x) => s + x.ms, 0).toFixed(1)} ms in SQL)${body.total !== undefined ? `, total ${body.total}` : ''}${body.items ? `, ${body.items.length} items` : ''}`);
  for (const s of statements) {
    if (s.ms < MIN_MS) continue;
    const shown = s.params.map((p) => (typeof p === 'string' && p.length > 300 ? `${p.slice(0, 300)}…(${p.length} chars)` : p));
    console.log(`\n${s.ms.toFixed(1)} ms  ${s.sql.replace(/\s+/g, ' ')}\n  params ${JSON.stringify(shown)}`);
    console.log(await plan(s));
  }
}

for (const q of args.q.split(',').filter(Boolean)) await explain(`GET /api/search?q=${q} as ${args.as}`, { method: 'GET', url: `/api/search?q=${encodeURIComponent(q)}`, headers: { cookie } });
const orgs = await db.kysely.selectFrom('organisations').selectAll().execute();
for (const input of createCorpus({ orgs, members: [], groups: m.DOMAIN_GROUPS }).similarInputs(Number(args.similar))) {
  await explain(`POST /api/public/proposals/similar 「${input.title}」 (${input.description.length} characters)`, { method: 'POST', url: '/api/public/proposals/similar', payload: input, headers: { 'x-forwarded-for': '10.7.0.1' } });
}
await app.close();
await db.close();
fs.rmSync(uploadsDir, { recursive: true, force: true });
