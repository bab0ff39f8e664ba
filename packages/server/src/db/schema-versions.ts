import type { Generated } from 'kysely';

/** The columns of migration 0007 on every record that users edit through forms (optimistic concurrency). */
export interface VersionColumns {
  /** Starts at 1; every write adds one, and an edit applies only to the version its form was loaded at. */
  version: Generated<number>;
  /** The user who saved the row last (null: the system or a row from before versions). */
  updated_by: string | null;
  updated_at: string;
}
