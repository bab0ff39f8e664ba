import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';
import type { Tally } from './0015-tallies.js';

/**
 * What the slowest pages at 100,000 topics still counted row by row (issue 12):
 *
 * - 承办单位 我的办件 counted a department's items (主办 and 会办) by state and countdown on every request,
 *   reading all of its item_departments rows (4,000 at 100,000 topics, ten times as many as at 10,000).
 *   This tally keeps them by department, county, state and — under way only — due date, kept by triggers
 *   on item_departments in the writer's transaction, so a department's counts read a few dozen rows.
 *   A row is counted once its state is known: on SQLite its item's columns are copied in by another AFTER
 *   INSERT trigger (0017), whose UPDATE then counts it, whichever of the two triggers runs first.
 * - 按承办单位统计 and the board of the city grouped the city's item_due_tallies by state with a sort; an index
 *   in (state, due date) order reads the states in order, and the overdue and due-soon items as two ranges.
 */
export const DEPT_ITEM_TALLY: Tally = {
  name: 'item_departments',
  table: 'dept_item_tallies',
  source: 'item_departments',
  keys: {
    dept_id: 'r.dept_id',
    county_id: "coalesce(r.county_id, '')",
    state: 'r.state',
    due_on: "case when r.state = 'assigned' then coalesce(r.due_on, '') else '' end",
  },
  watch: ['dept_id', 'county_id', 'state', 'due_on'],
};

const t = DEPT_ITEM_TALLY;
const keys = Object.keys(t.keys).join(', ');
const over = (row: 'NEW' | 'OLD') => Object.values(t.keys).map((e) => e.replaceAll('r.', `${row}.`));
const add = (values: string) => `insert into ${t.table} (${keys}, n) ${values} on conflict (${keys}) do update set n = ${t.table}.n + 1;`;
const remove = `update ${t.table} set n = n - 1 where OLD.state is not null and ${Object.keys(t.keys).map((k, i) => `${k} = ${over('OLD')[i]}`).join(' and ')};`;

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await sql.raw(`create table ${t.table} (${Object.keys(t.keys).map((k) => `${k} text not null`).join(', ')}, n integer not null, primary key (${keys}))${engine === 'sqlite' ? ' without rowid' : ''}`).execute(db);
  const exprs = Object.values(t.keys).map((e) => e.replaceAll('r.', ''));
  await sql.raw(`insert into ${t.table} (${keys}, n) select ${exprs.join(', ')}, count(*) from ${t.source} where state is not null group by 1, 2, 3, 4`).execute(db);
  const watch = t.watch.join(', ');
  if (engine === 'postgres') {
    await sql.raw(`create function ${t.name}_tally() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and (${over('OLD').join(', ')}) is not distinct from (${over('NEW').join(', ')}) then return null; end if;
        if tg_op in ('UPDATE', 'DELETE') then ${remove} end if;
        if tg_op in ('INSERT', 'UPDATE') and NEW.state is not null then ${add(`values (${over('NEW').join(', ')}, 1)`)} end if;
        return null;
      end $$`).execute(db);
    await sql.raw(`create trigger ${t.name}_tally after insert or delete or update of ${watch} on ${t.source} for each row execute function ${t.name}_tally()`).execute(db);
  } else {
    // An upsert from a SELECT needs its WHERE (SQLite's parser), here the one that waits for the state.
    const addNew = add(`select ${over('NEW').join(', ')}, 1 where NEW.state is not null`);
    const changed = over('OLD').map((o, i) => `${o} is not ${over('NEW')[i]}`).join(' or ');
    await sql.raw(`create trigger ${t.name}_tally_insert after insert on ${t.source} begin ${addNew} end`).execute(db);
    await sql.raw(`create trigger ${t.name}_tally_delete after delete on ${t.source} begin ${remove} end`).execute(db);
    await sql.raw(`create trigger ${t.name}_tally_update after update of ${watch} on ${t.source} when ${changed} begin ${remove} ${addNew} end`).execute(db);
  }
  await sql.raw('create index item_due_tallies_state on item_due_tallies (state, due_on, county_id, n)').execute(db);
}
