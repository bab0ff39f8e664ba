import { randomUUID } from 'node:crypto';

/** A new record id. */
export const newId = (): string => randomUUID();
