import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';
import { backfill, postgresTriggers, sqliteTriggers, type Tally } from './0015-tallies.js';

/**
 * The handling board's counts (by state, overdue, due soon) need no department: a tally of items by county,
 * state and — for items under way — due date, kept by triggers like those of 0015, has a county's hundred
 * rows (the city's two thousand) where the per-department tally has ten times as many.
 */
export const ITEM_DUE_TALLY: Tally = {
  name: 'handling_items_due',
  table: 'item_due_tallies',
  source: 'handling_items',
  keys: {
    county_id: "coalesce(r.county_id, '')",
    state: 'r.state',
    due_on: "case when r.state = 'assigned' then coalesce(r.due_on, '') else '' end",
  },
  watch: ['county_id', 'state', 'due_on'],
};

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = ITEM_DUE_TALLY;
  const keys = Object.keys(t.keys);
  // Stored in key order on SQLite (as 0019 does for the others).
  await sql.raw(`create table ${t.table} (${keys.map((k) => `${k} text not null`).join(', ')}, n integer not null, primary key (${keys.join(', ')}))${engine === 'sqlite' ? ' without rowid' : ''}`).execute(db);
  await sql.raw(backfill(t)).execute(db);
  for (const statement of engine === 'postgres' ? postgresTriggers(t) : sqliteTriggers(t)) await sql.raw(statement).execute(db);
}
