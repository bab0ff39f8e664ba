// The floor of the search benchmark: bare Fastify with one prepared statement over the same index — the 20 best
// matches of the terms (`?t=路灯` or `?t=医保,报销`, the terms the server would search by), ranked as the search ranks
// them (BM25 over title and text on SQLite, ts_rank over the weighted tsvector on PostgreSQL), answered as JSON.
// No sessions, validation, segmentation, scope, count, snippets or ORM.
//   FLOOR_DB=<sqlite file | postgres://…> PORT=<port> node bench/search/floor.mjs
import Fastify from 'fastify';

const target = process.env.FLOOR_DB ?? '';
const app = Fastify({ logger: false });
const termsOf = (query) => String(query.t ?? '').split(',').filter(Boolean);
let close;

if (/^postgres(ql)?:\/\//.test(target)) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: target, max: 10 });
  const text = 'select d.kind, d.ref_id, d.title, d.body, d.county_id, d.state, d.link, ts_rank(d.tsv, $1::tsquery) as score from search_docs d where d.tsv @@ $1::tsquery order by score desc, d.at desc limit 20';
  app.get('/floor', async (request) => {
    const query = termsOf(request.query).map((t) => `'${t.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`).join(' & ');
    const { rows } = await pool.query({ name: 'floor_search', text, values: [query] });
    return { items: rows };
  });
  close = () => pool.end();
} else {
  const { default: SQLite } = await import('better-sqlite3');
  const db = new SQLite(target);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  // The app's page cache (openDatabase), so that the floor reads the index as the server does.
  db.pragma('cache_size = -16384');
  const search = db.prepare('select d.kind, d.ref_id, d.title, d.body, d.county_id, d.state, d.link, -bm25(search_fts, 3.0, 1.0) as score from search_fts join search_docs d on d.rowid = search_fts.rowid where search_fts match ? order by bm25(search_fts, 3.0, 1.0), d.at desc limit 20');
  app.get('/floor', async (request) => ({ items: search.all(termsOf(request.query).map((t) => `"${t.replace(/"/g, '""')}"`).join(' ')) }));
  close = async () => db.close();
}

await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
const address = app.server.address();
console.log(`READY ${typeof address === 'object' && address ? address.port : 0}`);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void app.close().then(close).finally(() => process.exit(0)));
