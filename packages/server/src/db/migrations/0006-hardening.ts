import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';

/**
 * Login failures counted per account and source address (so that one address cannot lock the account
 * everywhere), the addresses an account usually signs in from, and an index for the sweep of uploads
 * never attached to a record. The per-user counter of 0001 goes: it could not be kept atomic.
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('login_failures')
    .addColumn('username', 'text', (c) => c.notNull())
    // A client address, or '*' for the account-wide counter.
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('login_failures_pk', ['username', 'source'])
    .execute();
  await db.schema
    .createTable('login_addresses')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('last_success_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('login_addresses_pk', ['user_id', 'source'])
    .execute();
  await db.schema.alterTable('users').dropColumn('failed_attempts').execute();
  await db.schema.createIndex('attachments_unlinked').on('attachments').columns(['owner_id', 'created_at']).execute();
}
