import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';

/**
 * Counts kept beside the lists, so that a page does not count a county's (or the city's) rows on every
 * request: topics by county and state, proposals by county and status, handling items by county, lead
 * department, state and — for items under way, whose countdown matters — due date. Each is kept by
 * triggers in the writer's own transaction, on both engines, whichever code writes the row (use cases,
 * imports, seeds, bulk loads); the tables are filled from the rows that exist when the migration runs.
 * Keys are never NULL ('' stands for the city, no department, no due date), so upserts find their row.
 */
export interface Tally {
  readonly table: string;
  readonly source: string;
  /** Key column → expression over a row (`r.` is replaced by NEW. or OLD.). */
  readonly keys: Readonly<Record<string, string>>;
  /** The source columns whose change moves a row from one key to another. */
  readonly watch: readonly string[];
  /** The triggers' name (default: the source table's), for a second tally of the same table. */
  readonly name?: string;
}

export const TALLIES: readonly Tally[] = [
  { table: 'topic_tallies', source: 'topics', keys: { county_id: "coalesce(r.county_id, '')", state: 'r.state' }, watch: ['county_id', 'state'] },
  { table: 'proposal_tallies', source: 'proposals', keys: { county_id: "coalesce(r.county_id, '')", status: 'r.status' }, watch: ['county_id', 'status'] },
  {
    table: 'item_tallies',
    source: 'handling_items',
    keys: {
      county_id: "coalesce(r.county_id, '')",
      lead_dept_id: "coalesce(r.lead_dept_id, '')",
      state: 'r.state',
      due_on: "case when r.state = 'assigned' then coalesce(r.due_on, '') else '' end",
    },
    watch: ['county_id', 'lead_dept_id', 'state', 'due_on'],
  },
];

const over = (t: Tally, row: 'NEW' | 'OLD') => Object.values(t.keys).map((e) => e.replaceAll('r.', `${row}.`));
const matches = (t: Tally, row: 'NEW' | 'OLD') => Object.keys(t.keys).map((k, i) => `${k} = ${over(t, row)[i]}`).join(' and ');
const keyList = (t: Tally) => Object.keys(t.keys).join(', ');
const add = (t: Tally, q = t.table) =>
  `insert into ${t.table} (${keyList(t)}, n) values (${over(t, 'NEW').join(', ')}, 1) on conflict (${keyList(t)}) do update set n = ${q}.n + 1;`;
const remove = (t: Tally) => `update ${t.table} set n = n - 1 where ${matches(t, 'OLD')};`;
const moved = (t: Tally) => `(${over(t, 'OLD').join(', ')}) is distinct from (${over(t, 'NEW').join(', ')})`;

/** The SQLite triggers that keep a tally (also used by 0019, which rebuilds the tables). */
export function sqliteTriggers(t: Tally): string[] {
  const changed = over(t, 'OLD').map((o, i) => `${o} is not ${over(t, 'NEW')[i]}`).join(' or ');
  const name = t.name ?? t.source;
  return [
    `create trigger ${name}_tally_insert after insert on ${t.source} begin ${add(t)} end`,
    `create trigger ${name}_tally_delete after delete on ${t.source} begin ${remove(t)} end`,
    `create trigger ${name}_tally_update after update of ${t.watch.join(', ')} on ${t.source} when ${changed} begin ${remove(t)} ${add(t)} end`,
  ];
}

/** The PostgreSQL trigger function and trigger that keep a tally. */
export function postgresTriggers(t: Tally): string[] {
  const name = t.name ?? t.source;
  return [
    `create function ${name}_tally() returns trigger language plpgsql as $$
     begin
       if tg_op = 'UPDATE' and not ${moved(t)} then return null; end if;
       if tg_op in ('UPDATE', 'DELETE') then ${remove(t)} end if;
       if tg_op in ('INSERT', 'UPDATE') then ${add(t)} end if;
       return null;
     end $$`,
    `create trigger ${name}_tally after insert or delete or update of ${t.watch.join(', ')} on ${t.source} for each row execute function ${name}_tally()`,
  ];
}

/** Fills a new tally from the rows that exist. */
export const backfill = (t: Tally): string => {
  const exprs = Object.values(t.keys).map((e) => e.replaceAll('r.', ''));
  return `insert into ${t.table} (${keyList(t)}, n) select ${exprs.join(', ')}, count(*) from ${t.source} group by ${exprs.map((_, i) => i + 1).join(', ')}`;
};

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  for (const t of TALLIES) {
    let table = db.schema.createTable(t.table);
    for (const k of Object.keys(t.keys)) table = table.addColumn(k, 'text', (c) => c.notNull());
    await table.addColumn('n', 'integer', (c) => c.notNull()).addPrimaryKeyConstraint(`${t.table}_pk`, Object.keys(t.keys) as never).execute();
    const exprs = Object.values(t.keys).map((e) => e.replaceAll('r.', ''));
    await sql.raw(`insert into ${t.table} (${keyList(t)}, n) select ${exprs.join(', ')}, count(*) from ${t.source} group by ${exprs.map((_, i) => i + 1).join(', ')}`).execute(db);
    for (const statement of engine === 'postgres' ? postgresTriggers(t) : sqliteTriggers(t)) await sql.raw(statement).execute(db);
  }
}
