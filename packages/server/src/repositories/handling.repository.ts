import { type Selectable, sql } from 'kysely';
import type { ItemState } from '@shangliang/core';
import type { HandlingItemsTable, ItemEventsTable } from '../db/schema-handling.js';
import { newId } from './ids.js';
import { type DepartmentTally, tallyDepartmentItems, tallyItems, tallyItemStates } from './tallies.repository.js';
import { type Executor, inCountyScope, nextEventSeq } from './types.js';

/** A stored handling item joined with its suggestion and topic. */
export type ItemRow = Selectable<HandlingItemsTable> & { seq: number; content: string; conversion: string | null; topic_title: string };

/** Filters of the handling board; `departmentId` matches 主办 or 会办. */
export interface ItemFilter {
  readonly countyScope?: readonly (string | null)[] | undefined;
  readonly topicId?: string | undefined;
  readonly departmentId?: string | undefined;
  readonly state?: ItemState | undefined;
  /** Items still open whose due date is before / on or after / on or before this day. */
  readonly dueBefore?: string | undefined;
  readonly dueFrom?: string | undefined;
  readonly dueOnOrBefore?: string | undefined;
}

/** The days that make an open item overdue or due soon. */
export interface DueDays {
  readonly today: string;
  /** The last day that still counts as due soon. */
  readonly soonUntil: string;
}

function base(db: Executor) {
  return db
    .selectFrom('handling_items as h')
    .innerJoin('suggestions as s', 's.id', 'h.suggestion_id')
    .innerJoin('topics as t', 't.id', 'h.topic_id')
    .selectAll('h')
    .select(['s.content', 's.conversion', 't.title as topic_title']);
}

/** The columns a list of items shows (presentItems): an item without its bookkeeping (who saved it last, when, its timeline counter). */
const LIST_COLUMNS = [
  'h.suggestion_id', 'h.topic_id', 'h.county_id', 'h.state', 'h.round', 'h.lead_dept_id', 'h.co_dept_ids', 'h.assigned_on', 'h.due_on', 'h.co_due_on',
  'h.letter_no', 'h.letter_date', 'h.conversion_ref', 'h.version', 'h.seq',
] as const satisfies readonly `h.${keyof Selectable<HandlingItemsTable>}`[];

/** An item as a list shows it, joined with its suggestion and topic. */
export type ItemListRow = Pick<ItemRow, Unprefixed<(typeof LIST_COLUMNS)[number]> | 'content' | 'conversion' | 'topic_title'>;
type Unprefixed<T> = T extends `h.${infer C}` ? C : never;

/** Loads one item. */
export const findItem = (db: Executor, id: string): Promise<ItemRow | undefined> => base(db).where('h.suggestion_id', '=', id).executeTakeFirst();


/**
 * The items of a filter on one table (no joins), so that counts and pages read its indexes: the items
 * table, or for a department its item_departments rows, which carry the same county, topic, number, state
 * and due date (kept by triggers, migration 0017) — the same columns under the same alias.
 */
function filtered(db: Executor, f: ItemFilter) {
  let r = f.departmentId
    ? (db.selectFrom('item_departments as h').where('h.dept_id', '=', f.departmentId) as unknown as ReturnType<typeof itemsTable>)
    : itemsTable(db);
  if (f.countyScope) r = r.where(inCountyScope('h.county_id', f.countyScope));
  if (f.topicId) r = r.where('h.topic_id', '=', f.topicId);
  if (f.state) r = r.where('h.state', '=', f.state);
  if (f.dueBefore || f.dueFrom || f.dueOnOrBefore) r = r.where('h.state', '=', 'assigned');
  if (f.dueBefore) r = r.where('h.due_on', '<', f.dueBefore);
  if (f.dueFrom) r = r.where('h.due_on', '>=', f.dueFrom);
  if (f.dueOnOrBefore) r = r.where('h.due_on', '<=', f.dueOnOrBefore);
  return r;
}

const itemsTable = (db: Executor) => db.selectFrom('handling_items as h');

/**
 * The board's order: items awaiting 交办 (no due date) first, then oldest due, then by topic and number —
 * the order of the handling_items_board indexes (migration 0014), on both engines.
 */
const BOARD_ORDER = [sql`h.due_on asc nulls first`, sql`h.topic_id`, sql`h.seq`] as const; // (topic_id, seq) is unique

/** All items of a filter (a topic's items, a sheet to export): bounded by the caller's filter. */
export async function listItems(db: Executor, f: ItemFilter): Promise<ItemRow[]> {
  let q = base(db).where('h.suggestion_id', 'in', filtered(db, f).select('h.suggestion_id'));
  for (const o of BOARD_ORDER) q = q.orderBy(o);
  return q.execute();
}

/**
 * One page of items by filter, with the total: the page's ids from the index in the board's order, then only
 * those rows joined with their suggestions and topics, put in the ids' order here (an IN over the page's
 * subquery made SQLite walk the joins from the suggestions and sort the wide rows again).
 */
export async function pageItems(db: Executor, f: ItemFilter, page: { page: number; pageSize: number }, knownTotal?: number): Promise<{ rows: ItemListRow[]; total: number }> {
  let idsQuery = filtered(db, f).select('h.suggestion_id');
  for (const o of BOARD_ORDER) idsQuery = idsQuery.orderBy(o);
  const pageRows = async (): Promise<ItemListRow[]> => {
    const ids = (await idsQuery.limit(page.pageSize).offset((page.page - 1) * page.pageSize).execute()).map((r) => r.suggestion_id);
    if (!ids.length) return [];
    const rows = await db
      .selectFrom('handling_items as h')
      .innerJoin('suggestions as s', 's.id', 'h.suggestion_id')
      .innerJoin('topics as t', 't.id', 'h.topic_id')
      .select([...LIST_COLUMNS, 's.content', 's.conversion', 't.title as topic_title'])
      .where('h.suggestion_id', 'in', ids)
      .execute();
    const byId = new Map(rows.map((r) => [r.suggestion_id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  };
  const count = async () => Number((await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const [rows, total] = await Promise.all([pageRows(), knownTotal ?? count()]);
  return { rows, total };
}

/** The board's view: a page of the items of `board` narrowed by state and countdown, with the board's counts (read once, from the tallies where they answer it). */
export async function pageBoard(
  db: Executor,
  board: ItemFilter,
  narrow: { state?: ItemState | undefined; due?: 'overdue' | 'due_soon' | undefined },
  days: DueDays,
  page: { page: number; pageSize: number },
): Promise<{ rows: ItemListRow[]; total: number; counts: Awaited<ReturnType<typeof countItems>> }> {
  const due: ItemFilter = narrow.due === 'overdue' ? { dueBefore: days.today } : narrow.due === 'due_soon' ? { dueFrom: days.today, dueOnOrBefore: days.soonUntil } : {};
  const counts = await countItems(db, board, days);
  // The board's counts answer the narrowed total too: the items of one state, or the overdue / due soon (all under way).
  const known = narrow.due
    ? narrow.state && narrow.state !== 'assigned' ? 0 : narrow.due === 'overdue' ? counts.overdue : counts.dueSoon
    : narrow.state ? (counts.byState[narrow.state] ?? 0) : Object.values(counts.byState).reduce((a, b) => a + b, 0);
  const { rows, total } = await pageItems(db, { ...board, ...due, state: narrow.state }, page, known);
  return { rows, total, counts };
}

/** Whether a filter only narrows by county (and department): then the kept tallies answer its counts. */
const talliedFilter = (f: ItemFilter): boolean => !f.topicId && !f.state && !f.dueBefore && !f.dueFrom && !f.dueOnOrBefore;

/** Counts of a filter's items by state, and of the open ones that are overdue or due soon, in one query. */
export async function countItems(db: Executor, f: ItemFilter, days: DueDays): Promise<{ byState: Record<string, number>; overdue: number; dueSoon: number }> {
  if (talliedFilter(f)) return f.departmentId ? tallyDepartmentItems(db, f.departmentId, f.countyScope, days) : tallyItemStates(db, f.countyScope, days);
  const rows = await filtered(db, f)
    .select([
      'h.state',
      (eb) => eb.fn.countAll<number>().as('n'),
      sql<number>`sum(case when h.state = 'assigned' and h.due_on < ${days.today} then 1 else 0 end)`.as('overdue'),
      sql<number>`sum(case when h.state = 'assigned' and h.due_on >= ${days.today} and h.due_on <= ${days.soonUntil} then 1 else 0 end)`.as('due_soon'),
    ])
    .groupBy('h.state')
    .execute();
  return {
    byState: Object.fromEntries(rows.map((r) => [r.state, Number(r.n)])),
    overdue: rows.reduce((n, r) => n + Number(r.overdue ?? 0), 0),
    dueSoon: rows.reduce((n, r) => n + Number(r.due_soon ?? 0), 0),
  };
}

/** Per lead department of a county scope (all counties when none): all items, open, overdue, due soon and settled; and the scope's items by state — from the tallies. */
export async function summariseByDepartment(db: Executor, f: Pick<ItemFilter, 'countyScope'>, days: DueDays): Promise<{ departments: DepartmentTally[]; byState: Record<string, number> }> {
  const [departments, { byState }] = await Promise.all([tallyItems(db, f.countyScope, days), tallyItemStates(db, f.countyScope, days)]);
  return { departments, byState };
}

/** Appends to an item's timeline. */
export async function appendItemEvent(db: Executor, row: Omit<Selectable<ItemEventsTable>, 'id' | 'seq'>): Promise<void> {
  const seq = await nextEventSeq(db, 'handling_items', 'suggestion_id', row.suggestion_id);
  await db.insertInto('item_events').values({ ...row, id: newId(), seq }).execute();
}

/** An item's timeline, in order, across rounds. */
export const listItemEvents = (db: Executor, suggestionId: string): Promise<Selectable<ItemEventsTable>[]> =>
  db.selectFrom('item_events').selectAll().where('suggestion_id', '=', suggestionId).orderBy('seq').execute();

/** Reads a county's setting (scope '' = the city), or the default. */
export async function readSetting(db: Executor, countyId: string | null, key: string, fallback: number): Promise<number> {
  const row = await db.selectFrom('county_settings').select('value').where('scope', '=', countyId ?? '').where('key', '=', key).executeTakeFirst();
  return row ? Number(row.value) : fallback;
}

/** One setting of several counties (null = the city) in one query, with the default where a county has none. */
export async function readSettingOf(db: Executor, countyIds: readonly (string | null)[], key: string, fallback: number): Promise<Map<string | null, number>> {
  const scopes = [...new Set(countyIds.map((c) => c ?? ''))];
  const rows = scopes.length ? await db.selectFrom('county_settings').select(['scope', 'value']).where('scope', 'in', scopes).where('key', '=', key).execute() : [];
  const stored = new Map(rows.map((r) => [r.scope, Number(r.value)]));
  return new Map(countyIds.map((c) => [c, stored.get(c ?? '') ?? fallback]));
}

/** The version of a county's settings: its rows are always written together, so they share it (1 before the first save). */
export async function readSettingsVersion(db: Executor, countyId: string | null): Promise<number> {
  // The city's statistics thresholds share scope '' and keep their own version (statistics.repository.ts).
  const row = await db.selectFrom('county_settings').select((eb) => eb.fn.max('version').as('version')).where('scope', '=', countyId ?? '').where('key', 'not like', 'statistics.%').executeTakeFirst();
  return Number(row?.version ?? 1);
}

/** Stores the given values as a county's settings where it has none yet (at version 1), leaving existing ones. */
export async function ensureSettings(db: Executor, countyId: string | null, values: Readonly<Record<string, number>>, at: string): Promise<void> {
  const rows = Object.entries(values).map(([key, value]) => ({ scope: countyId ?? '', key, value: String(value), updated_at: at }));
  await db.insertInto('county_settings').values(rows).onConflict((oc) => oc.columns(['scope', 'key']).doNothing()).execute();
}

/** Records an item's lead and co-handling departments as rows (after 交办), in the caller's transaction. */
export async function setItemDepartments(db: Executor, suggestionId: string, lead: string, co: readonly string[]): Promise<void> {
  await db.deleteFrom('item_departments').where('suggestion_id', '=', suggestionId).execute();
  const rows = [{ suggestion_id: suggestionId, dept_id: lead, role: 'lead' as const }, ...[...new Set(co)].filter((d) => d !== lead).map((d) => ({ suggestion_id: suggestionId, dept_id: d, role: 'co' as const }))];
  await db.insertInto('item_departments').values(rows).execute();
}
