import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';

/** One row trigger: its name, table, events (`insert`, `update of state`, …) and the statement run for the row (using NEW / OLD). */
export type RowTrigger = readonly [name: string, table: string, events: string, body: string];

/** Creates AFTER … FOR EACH ROW triggers on either engine: a plpgsql function and trigger on PostgreSQL, a trigger on SQLite. */
export async function createRowTriggers(db: Kysely<unknown>, engine: Engine, triggers: readonly RowTrigger[]): Promise<void> {
  for (const [name, table, events, body] of triggers) {
    if (engine === 'postgres') {
      await sql.raw(`create function ${name}() returns trigger language plpgsql as $$ begin ${body} return null; end $$`).execute(db);
      await sql.raw(`create trigger ${name} after ${events} on ${table} for each row execute function ${name}()`).execute(db);
    } else {
      await sql.raw(`create trigger ${name} after ${events} on ${table} begin ${body} end`).execute(db);
    }
  }
}
