import type { SelectQueryBuilder } from 'kysely';

/** Which page of a list to read: 1-based, with its size. */
export interface PageRequest {
  readonly page: number;
  readonly pageSize: number;
}

/** The rows of one page and how many rows the whole filter has. */
export interface PageOf<T> {
  readonly rows: T[];
  readonly total: number;
}

/**
 * Reads one page of a filtered, ordered query in SQL: the page with LIMIT/OFFSET, and the total by the
 * same query with its selection and order replaced by count(*). Meant for plain filters: a query with
 * GROUP BY or DISTINCT would count groups per row, so such lists count on their own.
 */
export async function pageOf<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>, page: PageRequest): Promise<PageOf<O>> {
  const [rows, counted] = await Promise.all([
    query.limit(page.pageSize).offset((page.page - 1) * page.pageSize).execute(),
    query
      .clearSelect()
      .clearOrderBy()
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number((counted as { total: unknown }).total) };
}
