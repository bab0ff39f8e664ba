import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';
import { sqliteTriggers, TALLIES } from './0015-tallies.js';

/**
 * On SQLite the tallies are stored in their key's order (WITHOUT ROWID), so that summing a county's or the
 * city's rows reads them one after another instead of looking each up from the key's index: the city's
 * 10,000 rows of handling tallies are summed in a fraction of the time. PostgreSQL keeps them as they are.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine !== 'sqlite') return;
  for (const t of TALLIES) {
    for (const event of ['insert', 'delete', 'update']) await sql.raw(`drop trigger ${t.source}_tally_${event}`).execute(db);
    const keys = Object.keys(t.keys);
    await sql.raw(`create table ${t.table}_clustered (${keys.map((k) => `${k} text not null`).join(', ')}, n integer not null, primary key (${keys.join(', ')})) without rowid`).execute(db);
    await sql.raw(`insert into ${t.table}_clustered select ${keys.join(', ')}, n from ${t.table} where n <> 0`).execute(db);
    await sql.raw(`drop table ${t.table}`).execute(db);
    await sql.raw(`alter table ${t.table}_clustered rename to ${t.table}`).execute(db);
    for (const statement of sqliteTriggers(t)) await sql.raw(statement).execute(db);
  }
}
