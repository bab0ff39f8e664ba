import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';

/**
 * 网络协商 rooms (第四条(三)2): a room per online consultation (or beside a meeting or site visit),
 * its participants (accounts or anonymous residents, known by a hashed cookie token), statements, votes
 * (one per participant and statement, changeable), reports, departments' replies, each county's words
 * that hold a statement for review, and the opinion map computed in the background.
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('rooms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('topic_id', 'text', (c) => c.notNull().references('topics.id'))
    .addColumn('consultation_id', 'text', (c) => c.references('consultations.id'))
    .addColumn('county_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('background', 'text')
    .addColumn('opens_at', 'text', (c) => c.notNull())
    .addColumn('closes_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('moderation', 'text', (c) => c.notNull())
    .addColumn('allow_statements', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('min_votes', 'integer', (c) => c.notNull().defaultTo(7))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('rooms_topic').on('rooms').columns(['topic_id']).execute();
  await db.schema.createIndex('rooms_county_opens').on('rooms').columns(['county_id', 'opens_at']).execute();
  await db.schema.createIndex('rooms_opens').on('rooms').columns(['opens_at']).execute();

  await db.schema
    .createTable('room_participants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('room_id', 'text', (c) => c.notNull().references('rooms.id'))
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('token_hash', 'text')
    .addColumn('nickname', 'text')
    .addColumn('badge', 'text')
    .addColumn('dept_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('external_id', 'text')
    .addColumn('ip', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('room_participants_user').on('room_participants').columns(['room_id', 'user_id']).unique().where('user_id', 'is not', null).execute();
  await db.schema.createIndex('room_participants_token').on('room_participants').columns(['token_hash']).unique().where('token_hash', 'is not', null).execute();
  await db.schema.createIndex('room_participants_external').on('room_participants').columns(['room_id', 'external_id']).unique().where('external_id', 'is not', null).execute();

  await db.schema
    .createTable('room_statements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('room_id', 'text', (c) => c.notNull().references('rooms.id'))
    .addColumn('participant_id', 'text', (c) => c.references('room_participants.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('seed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('held_for', 'text')
    .addColumn('hidden_reason', 'text')
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .addColumn('external_id', 'text')
    .addColumn('agrees', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disagrees', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('passes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reports', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('room_statements_room').on('room_statements').columns(['room_id', 'status', 'created_at']).execute();
  await db.schema.createIndex('room_statements_external').on('room_statements').columns(['room_id', 'external_id']).unique().where('external_id', 'is not', null).execute();

  await db.schema
    .createTable('room_votes')
    .addColumn('statement_id', 'text', (c) => c.notNull().references('room_statements.id'))
    .addColumn('participant_id', 'text', (c) => c.notNull().references('room_participants.id'))
    .addColumn('room_id', 'text', (c) => c.notNull().references('rooms.id'))
    .addColumn('vote', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('room_votes_pk', ['statement_id', 'participant_id'])
    .execute();
  await db.schema.createIndex('room_votes_room').on('room_votes').columns(['room_id', 'participant_id']).execute();

  await db.schema
    .createTable('room_reports')
    .addColumn('statement_id', 'text', (c) => c.notNull().references('room_statements.id'))
    .addColumn('participant_id', 'text', (c) => c.notNull().references('room_participants.id'))
    .addColumn('reason', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('room_reports_pk', ['statement_id', 'participant_id'])
    .execute();

  await db.schema
    .createTable('room_replies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('statement_id', 'text', (c) => c.notNull().references('room_statements.id'))
    .addColumn('room_id', 'text', (c) => c.notNull().references('rooms.id'))
    .addColumn('dept_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('room_replies_room').on('room_replies').columns(['room_id', 'statement_id']).execute();

  await db.schema
    .createTable('moderation_words')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('word', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('moderation_words_pk', ['scope', 'word'])
    .execute();

  await db.schema
    .createTable('room_maps')
    .addColumn('room_id', 'text', (c) => c.primaryKey().references('rooms.id'))
    .addColumn('votes_seen', 'integer', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .addColumn('computed_ms', 'real', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .execute();
}
