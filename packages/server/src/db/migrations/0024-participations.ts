import { type Kysely, sql } from 'kysely';
import { rebuildAllParticipations } from '../../repositories/participation-rebuild.repository.js';
import type { Executor } from '../../repositories/types.js';
import type { Engine } from '../database.js';

/**
 * 履职记录 (第六条(一)): one row per participation of a member, replaced from its source (an activity, a
 * proposal, a remark, a room, a visit) in the same transaction as the source is written. A county's year is
 * one range of (county_id, year, user_id); a member's archive one range of (user_id, year, on_date).
 * Existing records are derived once here. Leaders present at a consultation carry their body and whether they are a 负责同志 (第四条(六)).
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('participations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('county_id', 'text')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_type', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('topic_id', 'text')
    .addColumn('units', 'real', (c) => c.notNull().defaultTo(1))
    .addColumn('detail', 'text')
    .execute();
  await sql`create unique index participations_source on participations (source_type, source_id, kind, user_id)`.execute(db);
  await sql`create index participations_county_year on participations (county_id, year, user_id, kind, units)`.execute(db);
  await sql`create index participations_user_year on participations (user_id, year, on_date)`.execute(db);
  await db.schema.alterTable('consultation_participants').addColumn('leader_body', 'text').execute();
  await db.schema.alterTable('consultation_participants').addColumn('leader_principal', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  // 签到码: one per activity, valid in a window around it; a code is unique among the windows still open.
  await db.schema
    .createTable('checkins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('activity_type', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'text', (c) => c.notNull())
    .addColumn('county_id', 'text')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('opens_at', 'text', (c) => c.notNull())
    .addColumn('closes_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create unique index checkins_activity on checkins (activity_type, activity_id)`.execute(db);
  await sql`create index checkins_code on checkins (code, closes_at)`.execute(db);
  // 积分规则: a county's (scope '' for the city) rules of one year, as JSON; a closed year's are final.
  await db.schema
    .createTable('point_rule_sets')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('point_rule_sets_pk', ['scope', 'year'])
    .execute();
  // A database from before this migration gets its members' participations from the records it holds.
  await rebuildAllParticipations(db as unknown as Executor, engine);
}
