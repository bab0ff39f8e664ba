import type { Executor } from './types.js';

// What each source of participation holds about the members who took part: the rows the 履职记录 are
// derived from. Read in the writer's transaction, right after it wrote the source.

/** The members of one research activity, with its date and topic's county. */
export function researchAttendance(db: Executor, activityId: string) {
  return db
    .selectFrom('research_members as m')
    .innerJoin('research_activities as a', 'a.id', 'm.activity_id')
    .innerJoin('topics as t', 't.id', 'a.topic_id')
    .select(['m.user_id', 'a.date', 'a.topic_id', 't.county_id'])
    .where('m.activity_id', '=', activityId)
    .execute();
}

/** The members who attended one consultation, with its start and county. */
export function consultationAttendance(db: Executor, consultationId: string) {
  return db
    .selectFrom('consultation_participants as p')
    .innerJoin('consultations as c', 'c.id', 'p.consultation_id')
    .select(['p.user_id', 'p.name', 'c.starts_at', 'c.topic_id', 'c.county_id', 'c.status'])
    .where('p.consultation_id', '=', consultationId)
    .where('p.kind', '=', 'member')
    .where('p.attended', '=', 1)
    .where('p.user_id', 'is not', null)
    .execute();
}

/** The speakers of one consultation's recorded opinions (意见建议). */
export function consultationOpinionSpeakers(db: Executor, consultationId: string) {
  return db.selectFrom('consultation_remarks').select('speaker').where('consultation_id', '=', consultationId).where('kind', '=', 'opinion').execute();
}

/** One follow-up activity (its members are a JSON list), with its topic's county. */
export function followUpAttendance(db: Executor, followUpId: string) {
  return db
    .selectFrom('follow_ups as f')
    .innerJoin('topics as t', 't.id', 'f.topic_id')
    .select(['f.member_ids', 'f.date', 'f.topic_id', 't.county_id'])
    .where('f.id', '=', followUpId)
    .executeTakeFirst();
}

/** One member's recommendation (委员荐题) and what became of it. */
export function memberProposal(db: Executor, proposalId: string) {
  return db
    .selectFrom('proposals')
    .select(['proposer_user_id', 'county_id', 'created_at', 'status', 'topic_id', 'screened_at'])
    .where('id', '=', proposalId)
    .where('source', '=', 'member')
    .where('proposer_user_id', 'is not', null)
    .executeTakeFirst();
}

/** One suggestion's conversion, with the members whose recommendations became its topic. */
export async function suggestionConversion(db: Executor, suggestionId: string) {
  const s = await db
    .selectFrom('suggestions as s')
    .innerJoin('topics as t', 't.id', 's.topic_id')
    .select((eb) => [
      's.conversion',
      's.topic_id',
      't.county_id',
      eb.selectFrom('item_events as e').select((e) => e.fn.max('e.at').as('at')).whereRef('e.suggestion_id', '=', 's.id').where('e.kind', '=', 'conversion').as('converted_at'),
    ])
    .where('s.id', '=', suggestionId)
    .executeTakeFirst();
  if (!s?.conversion) return { suggestion: s, recommenders: [] };
  const recommenders = await db
    .selectFrom('proposals')
    .select('proposer_user_id')
    .distinct()
    .where('topic_id', '=', s.topic_id)
    .where('source', '=', 'member')
    .where('proposer_user_id', 'is not', null)
    .execute();
  return { suggestion: s, recommenders: recommenders.map((r) => r.proposer_user_id!) };
}

/** A member's part in one online room: the first time they posted or voted there. */
export async function roomPart(db: Executor, participantId: string) {
  const p = await db
    .selectFrom('room_participants as p')
    .innerJoin('rooms as r', 'r.id', 'p.room_id')
    .select(['p.user_id', 'p.badge', 'r.topic_id', 'r.county_id'])
    .where('p.id', '=', participantId)
    .executeTakeFirst();
  if (!p?.user_id || p.badge !== 'member') return undefined;
  const [posted, voted] = await Promise.all([
    db.selectFrom('room_statements').select((eb) => eb.fn.min('created_at').as('at')).where('participant_id', '=', participantId).where('seed', '=', 0).executeTakeFirst(),
    db.selectFrom('room_votes').select((eb) => eb.fn.min('at').as('at')).where('participant_id', '=', participantId).executeTakeFirst(),
  ]);
  const first = [posted?.at, voted?.at].filter((x): x is string => !!x).sort()[0];
  return first ? { ...p, user_id: p.user_id, first } : undefined;
}
