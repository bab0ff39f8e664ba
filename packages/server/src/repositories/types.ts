import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';

/** A database handle or an open transaction: repositories accept either. */
export type Executor = Kysely<Database>;

/** A page of results. */
export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/** Escapes LIKE's wildcards (and the escape character itself) in a user's text. */
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (m) => `\\${m}`);

/**
 * A WHERE condition: the column contains the text literally. `%` and `_` in the text are matched as
 * themselves on both engines (SQLite has no default LIKE escape character, so it is named).
 */
export function containsText(column: string, text: string) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (_eb: ExpressionBuilder<any, any>) => sql<boolean>`${sql.ref(column)} like ${`%${escapeLike(text)}%`} escape '\\'`;
}

/**
 * A WHERE condition: the column's county is one of the scope's counties; null in the scope stands for
 * city records (county_id IS NULL). An empty scope matches nothing.
 */
export function inCountyScope(column: string, scope: readonly (string | null)[]) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (eb: ExpressionBuilder<any, any>) => {
    const counties = scope.filter((c): c is string => c !== null);
    const ors = [];
    if (counties.length) ors.push(eb(eb.ref(column), 'in', counties));
    if (scope.includes(null)) ors.push(eb(eb.ref(column), 'is', null));
    return ors.length ? eb.or(ors) : eb.lit(false);
  };
}

/**
 * The next timeline number of a topic or handling item, from the counter on its row, in one UPDATE …
 * RETURNING: the row stays locked until the caller's transaction ends, so concurrent writers queue
 * instead of both reading the same max(seq).
 */
export async function nextEventSeq(db: Executor, table: 'topics' | 'handling_items', key: 'id' | 'suggestion_id', id: string): Promise<number> {
  const row = await db
    .updateTable(table)
    .set({ event_seq: sql<number>`event_seq + 1` })
    .where(sql.ref(key), '=', id)
    .returning(sql<number>`event_seq`.as('seq'))
    .executeTakeFirstOrThrow();
  return Number(row.seq);
}
