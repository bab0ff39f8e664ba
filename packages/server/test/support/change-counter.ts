import { sql } from 'kysely';
import type { Db } from '../../src/db/database.js';

/**
 * Bookkeeping that a refused or invalid request may legitimately write: the audit trail (refusals are
 * recorded), sessions, login failure counters and used captchas; and the opinion maps, which the background
 * scheduler recomputes seconds after earlier votes, whatever request happens to be running then.
 */
const NOT_COUNTED = new Set(['audit_log', 'sessions', 'login_failures', 'login_addresses', 'captchas', 'schema_migrations', 'fuzz_changes', 'room_maps']);

/**
 * Installs row-level triggers that count every insert, update and delete in every other table, so a test
 * can tell with one query whether a request changed any data. A rolled-back write counts nothing.
 */
export async function installChangeCounter(db: Db): Promise<() => Promise<number>> {
  const k = db.kysely;
  await sql`create table fuzz_changes (n bigint not null)`.execute(k);
  await sql`insert into fuzz_changes (n) values (0)`.execute(k);
  if (db.engine === 'sqlite') {
    // Not the FTS index (a virtual table and its shadow tables): search_docs, which it mirrors, is counted.
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'search_fts%'`.execute(k);
    for (const { name } of tables.rows.filter((r) => !NOT_COUNTED.has(r.name))) {
      for (const op of ['insert', 'update', 'delete']) {
        await sql.raw(`create trigger fz_${name}_${op} after ${op} on ${name} begin update fuzz_changes set n = n + 1; end`).execute(k);
      }
    }
  } else {
    await sql.raw(`create function fuzz_count() returns trigger language plpgsql as $$ begin update fuzz_changes set n = n + 1; return null; end $$`).execute(k);
    const tables = await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = 'public'`.execute(k);
    for (const { name } of tables.rows.filter((r) => !NOT_COUNTED.has(r.name))) {
      await sql.raw(`create trigger fz_${name} after insert or update or delete on ${name} for each row execute function fuzz_count()`).execute(k);
    }
  }
  return async () => Number((await sql<{ n: number }>`select n from fuzz_changes`.execute(k)).rows[0]!.n);
}

/** Number of entries in the audit trail. */
export async function auditCount(db: Db): Promise<number> {
  const row = await db.kysely.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
