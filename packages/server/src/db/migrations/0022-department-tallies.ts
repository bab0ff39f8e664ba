import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';
import { backfill, postgresTriggers, sqliteTriggers, type Tally } from './0015-tallies.js';

/**
 * 按承办单位统计 for the city read every row of item_tallies (county × department × state × due date: ten
 * thousand at 100,000 topics) to find a department's totals. The totals need no due date: this tally has a
 * row per county, department and state (about a thousand), kept by triggers like those of 0015. The
 * countdowns (overdue, due soon) read only the rows of item_tallies due by the end of the due-soon window,
 * through an index in due-date order that holds every column they sum.
 */
export const DEPARTMENT_TALLY: Tally = {
  name: 'handling_items_dept',
  table: 'item_dept_tallies',
  source: 'handling_items',
  keys: { county_id: "coalesce(r.county_id, '')", lead_dept_id: "coalesce(r.lead_dept_id, '')", state: 'r.state' },
  watch: ['county_id', 'lead_dept_id', 'state'],
};

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = DEPARTMENT_TALLY;
  const keys = Object.keys(t.keys);
  await sql.raw(`create table ${t.table} (${keys.map((k) => `${k} text not null`).join(', ')}, n integer not null, primary key (${keys.join(', ')}))${engine === 'sqlite' ? ' without rowid' : ''}`).execute(db);
  await sql.raw(backfill(t)).execute(db);
  for (const statement of engine === 'postgres' ? postgresTriggers(t) : sqliteTriggers(t)) await sql.raw(statement).execute(db);
  await sql.raw('create index item_tallies_due on item_tallies (state, due_on, county_id, lead_dept_id, n)').execute(db);
}
