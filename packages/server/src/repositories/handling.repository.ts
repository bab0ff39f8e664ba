import type { Selectable } from 'kysely';
import type { HandlingItemsTable, ItemEventsTable } from '../db/schema-handling.js';
import { newId } from './ids.js';
import { type Executor, inCountyScope, jsonArrayHas } from './types.js';

/** A stored handling item joined with its suggestion and topic. */
export type ItemRow = Selectable<HandlingItemsTable> & { seq: number; content: string; conversion: string | null; topic_title: string };

/** Filters of the handling board; `departmentId` matches 主办 or 会办. */
export interface ItemFilter {
  readonly countyScope?: readonly (string | null)[] | undefined;
  readonly topicId?: string | undefined;
  readonly departmentId?: string | undefined;
  readonly state?: string | undefined;
  /** Items still open whose due date is before / on or before this day. */
  readonly dueBefore?: string | undefined;
  readonly dueOnOrBefore?: string | undefined;
}

function base(db: Executor) {
  return db
    .selectFrom('handling_items as h')
    .innerJoin('suggestions as s', 's.id', 'h.suggestion_id')
    .innerJoin('topics as t', 't.id', 'h.topic_id')
    .selectAll('h')
    .select(['s.seq', 's.content', 's.conversion', 't.title as topic_title']);
}

/** Loads one item. */
export const findItem = (db: Executor, id: string): Promise<ItemRow | undefined> => base(db).where('h.suggestion_id', '=', id).executeTakeFirst();


/** Lists items by filter, oldest due first. */
export async function listItems(db: Executor, f: ItemFilter): Promise<ItemRow[]> {
  let q = base(db);
  if (f.countyScope) q = q.where(inCountyScope('h.county_id', f.countyScope));
  if (f.topicId) q = q.where('h.topic_id', '=', f.topicId);
  if (f.departmentId) q = q.where((eb) => eb.or([eb('h.lead_dept_id', '=', f.departmentId!), jsonArrayHas('h.co_dept_ids', f.departmentId!)(eb)]));
  if (f.state) q = q.where('h.state', '=', f.state);
  if (f.dueBefore) q = q.where('h.state', 'in', ['assigned']).where('h.due_on', '<', f.dueBefore);
  if (f.dueOnOrBefore) q = q.where('h.state', 'in', ['assigned']).where('h.due_on', '<=', f.dueOnOrBefore);
  return q.orderBy('h.due_on').orderBy('t.title').orderBy('s.seq').limit(2000).execute();
}

/** Appends to an item's timeline. */
export async function appendItemEvent(db: Executor, row: Omit<Selectable<ItemEventsTable>, 'id' | 'seq'>): Promise<void> {
  // The item row's counter, taken and locked in one statement (see appendTopicEvent).
  const { event_seq: seq } = await db
    .updateTable('handling_items')
    .set((eb) => ({ event_seq: eb('event_seq', '+', 1) }))
    .where('suggestion_id', '=', row.suggestion_id)
    .returning('event_seq')
    .executeTakeFirstOrThrow();
  await db.insertInto('item_events').values({ ...row, id: newId(), seq: Number(seq) }).execute();
}

/** Reads a county's setting (scope '' = the city), or the default. */
export async function readSetting(db: Executor, countyId: string | null, key: string, fallback: number): Promise<number> {
  const row = await db.selectFrom('county_settings').select('value').where('scope', '=', countyId ?? '').where('key', '=', key).executeTakeFirst();
  return row ? Number(row.value) : fallback;
}

/** The version of a county's settings: its rows are always written together, so they share it (1 before the first save). */
export async function readSettingsVersion(db: Executor, countyId: string | null): Promise<number> {
  const row = await db.selectFrom('county_settings').select((eb) => eb.fn.max('version').as('version')).where('scope', '=', countyId ?? '').executeTakeFirst();
  return Number(row?.version ?? 1);
}

/** Stores the given values as a county's settings where it has none yet (at version 1), leaving existing ones. */
export async function ensureSettings(db: Executor, countyId: string | null, values: Readonly<Record<string, number>>, at: string): Promise<void> {
  const rows = Object.entries(values).map(([key, value]) => ({ scope: countyId ?? '', key, value: String(value), updated_at: at }));
  await db.insertInto('county_settings').values(rows).onConflict((oc) => oc.columns(['scope', 'key']).doNothing()).execute();
}
