import type { CreateTableBuilder, Kysely } from 'kysely';
import type { Engine } from '../database.js';

type Table = CreateTableBuilder<string, never>;

/** Proposals, solicitations, plans, topics with their timeline, research, consultations and outcomes. */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  const table = (name: string, build: (t: Table) => Table) =>
    build(db.schema.createTable(name).addColumn('id', 'text', (c) => c.primaryKey())).execute();
  const index = (name: string, on: string, columns: string[], unique = false) => {
    const b = db.schema.createIndex(name).on(on).columns(columns);
    return (unique ? b.unique() : b).execute();
  };

  await table('solicitations', (t) =>
    t
      .addColumn('county_id', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('opens_on', 'text', (c) => c.notNull())
      .addColumn('closes_on', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull()),
  );

  await table('plans', (t) =>
    t
      .addColumn('county_id', 'text')
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('reported_on', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull()),
  );

  await table('topics', (t) =>
    t
      .addColumn('county_id', 'text')
      .addColumn('plan_id', 'text', (c) => c.references('plans.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('field', 'text')
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('sensitive', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('long_standing', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('lead_vice_chair', 'text')
      .addColumn('secretary_general', 'text')
      .addColumn('owner_unit', 'text')
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull()),
  );
  await index('topics_county_state', 'topics', ['county_id', 'state']);
  await index('topics_plan', 'topics', ['plan_id']);

  await table('proposals', (t) =>
    t
      .addColumn('tracking_code', 'text', (c) => c.notNull().unique())
      .addColumn('idempotency_key', 'text', (c) => c.unique())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('county_id', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('field', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('place_org_id', 'text')
      .addColumn('solicitation_id', 'text', (c) => c.references('solicitations.id'))
      .addColumn('proposer_user_id', 'text')
      .addColumn('proposer_name', 'text')
      .addColumn('proposer_phone', 'text')
      .addColumn('assigned_by', 'text')
      .addColumn('instruction_ref', 'text')
      .addColumn('assigned_on', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('exclusion_reason', 'text')
      .addColumn('screening_note', 'text')
      .addColumn('topic_id', 'text', (c) => c.references('topics.id'))
      .addColumn('screened_by', 'text')
      .addColumn('screened_at', 'text')
      .addColumn('ip', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull()),
  );
  await index('proposals_county_status', 'proposals', ['county_id', 'status']);
  await index('proposals_topic', 'proposals', ['topic_id']);
  await index('proposals_proposer', 'proposals', ['proposer_user_id']);

  await table('captchas', (t) =>
    t
      .addColumn('answer', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used', 'integer', (c) => c.notNull().defaultTo(0)),
  );

  await table('topic_events', (t) =>
    t
      .addColumn('topic_id', 'text', (c) => c.notNull().references('topics.id'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('user_id', 'text')
      .addColumn('actor_name', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('event', 'text')
      .addColumn('from_state', 'text')
      .addColumn('to_state', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('detail', 'text'),
  );
  await index('topic_events_topic', 'topic_events', ['topic_id', 'seq']);

  await table('research_activities', (t) =>
    t
      .addColumn('topic_id', 'text', (c) => c.notNull().references('topics.id'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('place', 'text', (c) => c.notNull())
      .addColumn('member_ids', 'text', (c) => c.notNull())
      .addColumn('others', 'text')
      .addColumn('findings', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull()),
  );
  await index('research_activities_topic', 'research_activities', ['topic_id']);

  await table('research_reports', (t) =>
    t
      .addColumn('topic_id', 'text', (c) => c.notNull().references('topics.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('submitted_on', 'text', (c) => c.notNull())
      .addColumn('author_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull()),
  );
  await index('research_reports_topic', 'research_reports', ['topic_id']);

  await table('preparations', (t) =>
    t
      .addColumn('topic_id', 'text', (c) => c.notNull().references('topics.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('recipient', 'text')
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull()),
  );
  await index('preparations_topic', 'preparations', ['topic_id']);

  await table('consultations', (t) =>
    t
      .addColumn('topic_id', 'text', (c) => c.notNull().references('topics.id'))
      .addColumn('county_id', 'text')
      .addColumn('form', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('joint', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('venue_id', 'text')
      .addColumn('venue_text', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('minutes', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull()),
  );
  await index('consultations_topic', 'consultations', ['topic_id']);

  await table('consultation_participants', (t) =>
    t
      .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text')
      .addColumn('org_id', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('attended', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('seq', 'integer', (c) => c.notNull()),
  );
  await index('consultation_participants_c', 'consultation_participants', ['consultation_id']);
  await index('consultation_participants_user', 'consultation_participants', ['user_id']);

  await table('consultation_remarks', (t) =>
    t
      .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('org_id', 'text')
      .addColumn('speaker', 'text', (c) => c.notNull())
      .addColumn('content', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull()),
  );
  await index('consultation_remarks_c', 'consultation_remarks', ['consultation_id']);

  await table('consultation_support', (t) =>
    t
      .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id'))
      .addColumn('org_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('note', 'text'),
  );

  await table('outcomes', (t) =>
    t
      .addColumn('topic_id', 'text', (c) => c.notNull().unique().references('topics.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('submitted_to', 'text', (c) => c.notNull())
      .addColumn('submitted_on', 'text', (c) => c.notNull())
      .addColumn('submitted_via', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull()),
  );

  await table('suggestions', (t) =>
    t
      .addColumn('outcome_id', 'text', (c) => c.notNull().references('outcomes.id'))
      .addColumn('topic_id', 'text', (c) => c.notNull().references('topics.id'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('content', 'text', (c) => c.notNull())
      .addColumn('department_id', 'text')
      .addColumn('conversion', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull()),
  );
  await index('suggestions_outcome', 'suggestions', ['outcome_id', 'seq']);
}
