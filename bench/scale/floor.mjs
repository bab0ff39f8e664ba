// The floor of the scale benchmark: bare Fastify with one prepared statement over the same database —
// a page of 20 topics of one county, newest first, plus their count (what the topic list's page 1 asks
// the database for), answered as JSON. No sessions, no validation, no ORM, no presentation.
//   FLOOR_DB=<sqlite file | postgres://…> FLOOR_COUNTY=<county id> PORT=<port> node bench/scale/floor.mjs
import Fastify from 'fastify';

const target = process.env.FLOOR_DB ?? '';
const county = process.env.FLOOR_COUNTY ?? '';
const app = Fastify({ logger: false });
let close;

if (/^postgres(ql)?:\/\//.test(target)) {
  const { default: pg } = await import('pg');
  pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
  const pool = new pg.Pool({ connectionString: target, max: 10 });
  const text = 'select *, (select count(*) from topics where county_id = $1) as total from topics where county_id = $1 order by updated_at desc, id limit 20';
  app.get('/floor', async () => {
    const { rows } = await pool.query({ name: 'floor_page', text, values: [county] });
    return { items: rows.map(({ total: _, ...t }) => t), total: rows[0]?.total ?? 0 };
  });
  close = () => pool.end();
} else {
  const { default: SQLite } = await import('better-sqlite3');
  const db = new SQLite(target);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  const page = db.prepare('select *, (select count(*) from topics where county_id = @county) as total from topics where county_id = @county order by updated_at desc, id limit 20');
  app.get('/floor', async () => {
    const rows = page.all({ county });
    return { items: rows.map(({ total: _, ...t }) => t), total: rows[0]?.total ?? 0 };
  });
  close = async () => db.close();
}

await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
const address = app.server.address();
console.log(`READY ${typeof address === 'object' && address ? address.port : 0}`);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void app.close().then(close).finally(() => process.exit(0)));
