import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';
import { postgresTriggers, sqliteTriggers, type Tally } from './0015-tallies.js';
import { createRowTriggers, type RowTrigger } from './row-triggers.js';

/**
 * 协商频次统计 at city scale (issue 9, < 200 ms a page): what a page would otherwise gather from a year of
 * rows in other tables is kept beside them by triggers in the writer's own transaction (both engines,
 * whatever writes the rows), and filled here from the rows that exist:
 * - activity_tallies: research activities and follow-ups per county (their topic's), day and kind;
 * - participation_tallies: participations per county, year, member, kind and detail, with their units;
 * - handling_items.first_answer_at: the first written answer (书面反馈) of the item's current round;
 * and the remaining figures read one index range each, every column they need in the index.
 * Keys are never NULL ('' stands for the city, no detail), so upserts find their row; rows whose count
 * comes back to 0 stay (readers skip them).
 */
const countyOfTopic = (topicId: string) => `coalesce((select t.county_id from topics t where t.id = ${topicId}), '')`;

/** Research activities and follow-ups per county, day and kind (the county is their topic's). */
export const ACTIVITY_TALLIES: readonly (Tally & { kind: string })[] = [
  { table: 'activity_tallies', source: 'research_activities', kind: 'research', keys: { county_id: countyOfTopic('r.topic_id'), day: 'r.date', kind: "'research'" }, watch: ['topic_id', 'date'] },
  { table: 'activity_tallies', source: 'follow_ups', kind: 'follow_up', keys: { county_id: countyOfTopic('r.topic_id'), day: 'r.date', kind: "'follow_up'" }, watch: ['topic_id', 'date'] },
];

const P_KEYS = { county_id: "coalesce(r.county_id, '')", year: 'r.year', user_id: 'r.user_id', kind: 'r.kind', detail: "coalesce(r.detail, '')" } as const;
const pOver = (row: 'NEW' | 'OLD') => Object.values(P_KEYS).map((e) => e.replaceAll('r.', `${row}.`));
const pMatch = (row: 'NEW' | 'OLD') => Object.keys(P_KEYS).map((k, i) => `${k} = ${pOver(row)[i]}`).join(' and ');
const P_LIST = Object.keys(P_KEYS).join(', ');
const pAdd = `insert into participation_tallies (${P_LIST}, n, units) values (${pOver('NEW').join(', ')}, 1, NEW.units)
  on conflict (${P_LIST}) do update set n = participation_tallies.n + 1, units = participation_tallies.units + excluded.units;`;
const pRemove = `update participation_tallies set n = n - 1, units = units - OLD.units where ${pMatch('OLD')};`;

/** The first written answer of an item's round: the earliest feedback of that round. */
const firstAnswer = (item: string, round: string) => `(select min(f.submitted_at) from feedbacks f where f.suggestion_id = ${item} and f.round = ${round})`;
const refreshItem = (row: 'NEW' | 'OLD') =>
  `update handling_items set first_answer_at = ${firstAnswer(`${row}.suggestion_id`, `${row}.round`)} where suggestion_id = ${row}.suggestion_id and round = ${row}.round;`;

/** Moves a topic's activities from its old county's tally to its new one's. */
const moveActivities = (t: { source: string; kind: string }) => `
  update activity_tallies set n = n - (select count(*) from ${t.source} a where a.topic_id = NEW.id and a.date = activity_tallies.day)
   where county_id = coalesce(OLD.county_id, '') and kind = '${t.kind}' and day in (select a.date from ${t.source} a where a.topic_id = NEW.id);
  insert into activity_tallies (county_id, day, kind, n) select coalesce(NEW.county_id, ''), a.date, '${t.kind}', count(*) from ${t.source} a where a.topic_id = NEW.id group by a.date
   on conflict (county_id, day, kind) do update set n = activity_tallies.n + excluded.n;`;

/** Indexes that hold every column their figure reads, in the order of the period's range. */
const INDEXES: readonly [name: string, table: string, columns: string][] = [
  ['handling_items_statistics', 'handling_items', 'county_id, assigned_on, state, due_on, round, first_answer_at, lead_dept_id, suggestion_id'],
  ['consultations_statistics', 'consultations', 'county_id, status, starts_at, venue_id, form, level, joint, id'],
  ['topics_statistics', 'topics', 'county_id, created_at, state, id'],
  ['proposals_statistics', 'proposals', 'county_id, created_at, status, exclusion_reason'],
  ['proposals_topic_source', 'proposals', 'county_id, topic_id, source'],
  ['item_events_item_kind', 'item_events', 'suggestion_id, kind'],
  ['feedbacks_item_class', 'feedbacks', 'suggestion_id, round, status, result_class'],
  ['evaluations_item_rating', 'evaluations', 'suggestion_id, rating'],
  ['suggestions_conversion', 'suggestions', 'id, conversion'],
];
/** 0026's indexes that those replace (or that read no longer needs). */
const SUPERSEDED = ['handling_items_county_assigned', 'consultations_county_held', 'topics_county_created', 'research_activities_date', 'follow_ups_date'];

/** Creates the statistics tallies and the first-answer column with their triggers, fills them, and indexes the figures. */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const withoutRowid = engine === 'sqlite' ? ' without rowid' : '';
  const run = (statement: string) => sql.raw(statement).execute(db);

  await run(`create table activity_tallies (county_id text not null, day text not null, kind text not null, n integer not null, primary key (county_id, day, kind))${withoutRowid}`);
  for (const t of ACTIVITY_TALLIES) {
    await run(`insert into activity_tallies (county_id, day, kind, n) select coalesce(t.county_id, ''), a.date, '${t.kind}', count(*) from ${t.source} a join topics t on t.id = a.topic_id group by 1, 2`);
    for (const statement of engine === 'postgres' ? postgresTriggers(t) : sqliteTriggers(t)) await run(statement);
  }

  await run(
    `create table participation_tallies (county_id text not null, year integer not null, user_id text not null, kind text not null, detail text not null, n integer not null, units real not null, primary key (${P_LIST}))${withoutRowid}`,
  );
  await run(`insert into participation_tallies (${P_LIST}, n, units) select ${Object.values(P_KEYS).map((e) => e.replaceAll('r.', '')).join(', ')}, count(*), sum(units) from participations group by 1, 2, 3, 4, 5`);

  await db.schema.alterTable('handling_items').addColumn('first_answer_at', 'text').execute();
  await run(`update handling_items set first_answer_at = ${firstAnswer('handling_items.suggestion_id', 'handling_items.round')} where exists (select 1 from feedbacks f where f.suggestion_id = handling_items.suggestion_id)`);

  const pWatch = 'county_id, year, user_id, kind, detail, units';
  const triggers: RowTrigger[] = [
    ['feedbacks_first_answer_insert', 'feedbacks', 'insert', refreshItem('NEW')],
    ['feedbacks_first_answer_delete', 'feedbacks', 'delete', refreshItem('OLD')],
    ['feedbacks_first_answer_update', 'feedbacks', 'update of suggestion_id, round, submitted_at', `${refreshItem('OLD')} ${refreshItem('NEW')}`],
    ['handling_items_first_answer_round', 'handling_items', 'update of round', refreshItem('NEW')],
    [
      'handling_items_first_answer_fill',
      'handling_items',
      'insert',
      `update handling_items set first_answer_at = ${firstAnswer('NEW.suggestion_id', 'NEW.round')} where suggestion_id = NEW.suggestion_id and exists (select 1 from feedbacks f where f.suggestion_id = NEW.suggestion_id and f.round = NEW.round);`,
    ],
    ['participations_tally_insert', 'participations', 'insert', pAdd],
    ['participations_tally_delete', 'participations', 'delete', pRemove],
    ['participations_tally_update', 'participations', `update of ${pWatch}`, `${pRemove} ${pAdd}`],
  ];
  await createRowTriggers(db, engine, triggers);
  // A topic's activities move with it only when its county changes: SQLite says so in the trigger's WHEN, PostgreSQL in its body.
  const moved = "coalesce(OLD.county_id, '') <> coalesce(NEW.county_id, '')";
  for (const t of ACTIVITY_TALLIES) {
    const name = `topics_${t.kind}_tally_move`;
    if (engine === 'postgres') await createRowTriggers(db, engine, [[name, 'topics', 'update of county_id', `if ${moved} then ${moveActivities(t)} end if;`]]);
    else await run(`create trigger ${name} after update of county_id on topics when ${moved} begin ${moveActivities(t)} end`);
  }

  for (const name of SUPERSEDED) await db.schema.dropIndex(name).ifExists().execute();
  for (const [name, table, columns] of INDEXES) await run(`create index ${name} on ${table} (${columns})`);
}
