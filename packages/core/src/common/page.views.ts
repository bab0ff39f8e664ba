import { z } from 'zod';
import { ACTIONS } from '../policy/actions.js';

/** A paged list answer: one page of items, the total and where the page lies. */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.strictObject({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** A paged list answer. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/** A list answer that is not paged: `{items}`. */
export const itemsSchema = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item) });

/** Core's actions, as sent with each object so the UI shows only allowed buttons. */
export const actionsSchema = z.array(z.enum(ACTIONS));

/** The row version an edit form sends back (a save from an older one is refused with 409 VERSION_CONFLICT). */
export const versionField = z.number().int();
