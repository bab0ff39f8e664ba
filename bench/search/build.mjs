// The search benchmark's data set: a database with the real schema (the app's migrate()), the Linfen organisations
// and the demo accounts (the app's seeds), and N searchable texts (texts.mjs) written into search_docs the way the
// indexer writes them — for each record the body with phones masked (maskPhones), the title's and body's terms
// (indexTerms: jieba words and bigrams, with the place words loaded as the server loads them), then the app's
// upsertSearchDocs (multi-row INSERTs of 200, here 5,000 records per transaction) with the FTS5 triggers or the GIN
// index maintained as rows arrive, and on PostgreSQL a final VACUUM ANALYZE (which also merges the GIN index's pending
// list). The build time counts segmentation + insert + index; generating the texts is timed apart.
// The search rows are written directly instead of as proposals, topics, … with reindexAll: the search and the
// similar-proposal look-up read search_docs only (and the counties), and a million records of six kinds with their
// whole graph (topics, outcomes, items, consultations, users) would be the scale benchmark's data set again —
// reindexAll would add its reads of those tables on top of what is measured here.
// Cached while the version is unchanged: SQLite in <dataDir>/search-sqlite-<n>/, PostgreSQL as sl_bench_search_<n>.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { register } from 'tsx/esm/api';
import { createCorpus, TEXTS_VERSION } from './texts.mjs';

/** Bump when the build changes; with the texts' version it keys the cache. */
export const SEARCH_GEN_VERSION = `${TEXTS_VERSION}.1`;

let modules;
/** The server's modules, through tsx (its sources are TypeScript). */
export async function serverModules() {
  if (!modules) {
    register();
    const src = path.resolve(import.meta.dirname, '../../packages/server/src');
    const [server, terms, repo, dictionary, thesaurus] = await Promise.all([
      import('@shangliang/server'),
      import(path.join(src, 'text/index-terms.ts')),
      import(path.join(src, 'repositories/search.repository.ts')),
      import(path.join(src, 'search/dictionary.ts')),
      import(path.join(src, 'text/thesaurus-data.ts')),
    ]);
    modules = { ...server, ...terms, ...repo, ...dictionary, ...thesaurus };
  }
  return modules;
}

const pgUrl = (base, name) => {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
};

/** Writes `n` texts into an open, migrated and seeded database; answers the timings and counts. */
async function fill(db, n, log) {
  const m = await serverModules();
  const placeWords = await m.loadPlaceWords(db);
  const orgs = await db.kysely.selectFrom('organisations').selectAll().execute();
  const members = await db.kysely.selectFrom('role_assignments as r').innerJoin('organisations as o', 'o.id', 'r.org_id').where('r.role', '=', 'member').select(['r.user_id as id', 'o.county_id']).execute();
  const corpus = createCorpus({ orgs, members, groups: m.DOMAIN_GROUPS });
  const t = { generateMs: 0, segmentMs: 0, insertMs: 0 };
  const counts = {};
  let chars = 0;
  let terms = 0;
  let done = 0;
  let lastLog = performance.now();
  const batches = corpus.families(n, 5000);
  for (;;) {
    let began = performance.now();
    const { value: batch, done: end } = batches.next();
    t.generateMs += performance.now() - began;
    if (end) break;
    began = performance.now();
    const docs = batch.map((d) => {
      const titleTerms = m.indexTerms(d.title);
      const bodyTerms = m.indexTerms(d.body);
      chars += d.title.length + d.body.length;
      terms += titleTerms.split(' ').length + bodyTerms.split(' ').length;
      return { doc_key: `${d.kind}:${d.ref_id}`, ...d, body: m.maskPhones(d.body), title_terms: titleTerms, body_terms: bodyTerms };
    });
    t.segmentMs += performance.now() - began;
    began = performance.now();
    await db.kysely.transaction().execute((trx) => m.upsertSearchDocs(trx, docs));
    t.insertMs += performance.now() - began;
    for (const d of docs) counts[d.kind] = (counts[d.kind] ?? 0) + 1;
    done += docs.length;
    if (performance.now() - lastLog > 15_000 || done === n) {
      lastLog = performance.now();
      const ms = t.segmentMs + t.insertMs;
      log(`  ${done.toLocaleString('en')} / ${n.toLocaleString('en')} texts: segmentation ${(t.segmentMs / 1000).toFixed(0)} s, insert ${(t.insertMs / 1000).toFixed(0)} s (${Math.round((done / ms) * 1000).toLocaleString('en')} texts/s)`);
    }
  }
  return { ...t, counts, placeWords, chars, terms };
}

/** Sizes of the index's tables and indexes (bytes). */
async function sizes(engine, target) {
  if (engine === 'sqlite') {
    const { default: SQLite } = await import('better-sqlite3');
    const db = new SQLite(target, { readonly: true });
    try {
      const rows = db.prepare(`select name, sum(pgsize) as bytes from dbstat where name like 'search%' or name like 'sqlite_autoindex_search%' group by name order by bytes desc`).all();
      return { file: fs.statSync(target).size, objects: Object.fromEntries(rows.map((r) => [r.name, r.bytes])), index: rows.reduce((s, r) => s + r.bytes, 0) };
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: target });
  await client.connect();
  try {
    const { rows } = await client.query(`select c.relname as name, pg_relation_size(c.oid) as bytes from pg_class c where c.relname like 'search_docs%' or c.oid = (select reltoastrelid from pg_class where relname = 'search_docs') or c.oid in (select indexrelid from pg_index where indrelid = (select reltoastrelid from pg_class where relname = 'search_docs'))`);
    const [total] = (await client.query(`select pg_total_relation_size('search_docs') as index, pg_database_size(current_database()) as db`)).rows;
    return { file: Number(total.db), objects: Object.fromEntries(rows.map((r) => [r.name, Number(r.bytes)])), index: Number(total.index) };
  } finally {
    await client.end();
  }
}

/** Creates the schema and the seeds with the app's own code. */
async function prepare(options) {
  const m = await serverModules();
  const db = m.openDatabase(options);
  await m.migrate(db);
  await m.seedOrganisations(db);
  await m.seedDemo(db);
  return db;
}

/**
 * The index of `texts` texts on `engine`, built unless a finished one of this version is cached. Answers where it
 * is, whether it was cached, and the build's figures.
 */
export async function ensureSearchIndex({ engine, texts, dataDir, pgBase, log = console.error }) {
  const marker = { version: SEARCH_GEN_VERSION, texts };
  const build = async (options, finish) => {
    const began = performance.now();
    const db = await prepare(options);
    const setupMs = performance.now() - began;
    let filled;
    try {
      filled = await fill(db, texts, log);
    } finally {
      await db.close();
    }
    const finishMs = await finish();
    const buildMs = filled.segmentMs + filled.insertMs + finishMs;
    return { ...marker, done: true, builtAt: new Date().toISOString(), setupMs, ...filled, finishMs, buildMs, textsPerSecond: (texts / buildMs) * 1000 };
  };
  if (engine === 'sqlite') {
    const dir = path.join(dataDir, `search-sqlite-${texts}`);
    const file = path.join(dir, 'shangliang.db');
    const metaFile = path.join(dir, 'dataset.json');
    const meta = fs.existsSync(metaFile) ? JSON.parse(fs.readFileSync(metaFile, 'utf8')) : null;
    if (meta?.version === SEARCH_GEN_VERSION && meta.done && fs.existsSync(file)) return { engine, texts, sqliteFile: file, cached: true, ...meta };
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    log(`  building the SQLite index of ${texts.toLocaleString('en')} texts in ${path.relative(process.cwd(), file)}`);
    const done = await build({ url: null, sqliteFile: file }, async () => {
      // The WAL written by the build folded into the file, as the app's next checkpoint would.
      const began = performance.now();
      const { default: SQLite } = await import('better-sqlite3');
      const db = new SQLite(file);
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      return performance.now() - began;
    });
    done.sizes = await sizes('sqlite', file);
    fs.writeFileSync(metaFile, JSON.stringify(done, null, 2));
    return { engine, texts, sqliteFile: file, cached: false, ...done };
  }
  const name = `sl_bench_search_${texts}`;
  const url = pgUrl(pgBase, name);
  const admin = new pg.Client({ connectionString: pgBase });
  await admin.connect();
  try {
    const found = await admin.query(`select shobj_description(oid, 'pg_database') as meta from pg_database where datname = $1`, [name]);
    const meta = found.rows[0]?.meta ? JSON.parse(found.rows[0].meta) : null;
    if (meta?.version === SEARCH_GEN_VERSION && meta.done) return { engine, texts, databaseUrl: url, cached: true, ...meta };
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    log(`  building the PostgreSQL index of ${texts.toLocaleString('en')} texts in database ${name}`);
    const done = await build({ url, sqliteFile: ':memory:' }, async () => {
      const began = performance.now();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query('vacuum analyze search_docs');
      await client.end();
      return performance.now() - began;
    });
    done.sizes = await sizes('postgres', url);
    await admin.query(`comment on database ${name} is '${JSON.stringify(done).replace(/'/g, "''")}'`);
    return { engine, texts, databaseUrl: url, cached: false, ...done };
  } finally {
    await admin.end();
  }
}
