import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedHandlingDemo } from '../src/seed/seed-handling-demo.js';
import { seedTopicsDemo } from '../src/seed/seed-topics-demo.js';
import { createTestApp, engines, type TestApp } from './harness.js';
import { huozhouFixture } from './statistics-fixture.js';

// The statistics tallies of migration 0027 against counts of the rows: activities per county, day and kind,
// participations per county, year, member, kind and detail, and each item's first answer of its round.

type Row = Record<string, unknown>;
const norm = (rows: Row[]) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' || /^(n|units|year)$/.test(k) ? Number(v) : v])));

/** What the triggers kept, next to what the rows say now. */
async function snapshot(t: TestApp) {
  const k = t.db.kysely;
  const activities = await sql<Row>`select county_id, day, kind, n from activity_tallies where n > 0 order by 1, 2, 3`.execute(k);
  const activityRows = await sql<Row>`select coalesce(t.county_id, '') as county_id, a.date as day, a.kind, count(*) as n from (
      select topic_id, date, 'research' as kind from research_activities union all select topic_id, date, 'follow_up' as kind from follow_ups) a
    join topics t on t.id = a.topic_id group by 1, 2, 3 order by 1, 2, 3`.execute(k);
  const participations = await sql<Row>`select county_id, year, user_id, kind, detail, n, units from participation_tallies where n > 0 order by 1, 2, 3, 4, 5`.execute(k);
  const participationRows = await sql<Row>`select coalesce(county_id, '') as county_id, year, user_id, kind, coalesce(detail, '') as detail, count(*) as n, sum(units) as units
    from participations group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5`.execute(k);
  const wrongAnswers = await sql<{ n: unknown }>`select count(*) as n from handling_items h
    where coalesce(h.first_answer_at, '') <> coalesce((select min(f.submitted_at) from feedbacks f where f.suggestion_id = h.suggestion_id and f.round = h.round), '')`.execute(k);
  return {
    kept: { activities: norm(activities.rows), participations: norm(participations.rows) },
    counted: { activities: norm(activityRows.rows), participations: norm(participationRows.rows) },
    wrongAnswers: Number(wrongAnswers.rows[0]!.n),
  };
}

async function compare(t: TestApp) {
  const s = await snapshot(t);
  expect(s.kept).toEqual(s.counted);
  expect(s.wrongAnswers).toBe(0);
  return s;
}

describe.each(engines())('统计计数表与数据保持一致（%s）', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(engine);
  });
  afterEach(async () => t.close());

  it('writes, moves and deletes of activities, participations, answers and rounds leave the tallies equal to the rows', async () => {
    await seedTopicsDemo(t.db, t.clock.now());
    await seedHandlingDemo(t.db, t.clock.now());
    const f = await huozhouFixture(t);
    const first = await compare(t);
    expect(first.kept.activities.length).toBeGreaterThan(0);
    expect(first.kept.participations.length).toBeGreaterThan(0);
    const k = t.db.kysely;
    const [t1, t2] = f.topicIds as [string, string];

    // Activities: a new one, one moved to another day and to another topic, a topic moved to the city, one deleted.
    await k.insertInto('research_activities').values({ id: 'ra-x', topic_id: t1, date: '2026-03-03', place: '师庄乡', member_ids: '[]', others: null, findings: '情况', created_by: null, created_at: '2026-03-03T00:00:00.000Z' }).execute();
    await k.updateTable('research_activities').set({ date: '2026-04-04' }).where('id', '=', 'ra-x').execute();
    await k.updateTable('research_activities').set({ topic_id: t2 }).where('id', '=', 'ra-x').execute();
    await k.updateTable('follow_ups').set({ date: '2026-08-08' }).where('topic_id', '=', t1).execute();
    await compare(t);
    await k.updateTable('topics').set({ county_id: null }).where('id', '=', t2).execute();
    await k.updateTable('topics').set({ county_id: f.countyId }).where('id', '=', t1).execute();
    await compare(t);
    await k.deleteFrom('research_activities').where('id', '=', 'ra-x').execute();
    await k.deleteFrom('follow_ups').where('topic_id', '=', t1).execute();
    await compare(t);

    // Participations: moved to another year, member, kind and detail, their units changed, some deleted.
    const someone = await k.selectFrom('participations').select(['id', 'user_id']).orderBy('id').executeTakeFirstOrThrow();
    await k.updateTable('participations').set({ year: 2025, on_date: '2025-06-01' }).where('id', '=', someone.id).execute();
    await k.updateTable('participations').set({ kind: 'suggestion_converted', detail: 'project', units: 2 }).where('id', '=', someone.id).execute();
    await k.updateTable('participations').set({ county_id: null }).where('user_id', '=', someone.user_id).where('year', '=', 2025).execute();
    await compare(t);
    await k.deleteFrom('participations').where('user_id', '=', someone.user_id).execute();
    await compare(t);

    // Answers: a second answer, one moved to another round and instant, a deleted one; a new round; a new item.
    const item = await k.selectFrom('handling_items').select(['suggestion_id', 'round']).where('county_id', '=', f.countyId).where('first_answer_at', 'is not', null).orderBy('suggestion_id').executeTakeFirstOrThrow();
    const answer = { suggestion_id: item.suggestion_id, dept_id: f.deptA, text: '答复', result_class: 'A' as const, measures: null, responsible: '张三', contact: '0357', status: 'accepted' as const, review_note: null, author_id: null, reviewed_at: null };
    await k.insertInto('feedbacks').values({ ...answer, id: 'fb-x', round: item.round, submitted_at: '2026-01-02T00:00:00.000Z' }).execute();
    expect((await k.selectFrom('handling_items').select('first_answer_at').where('suggestion_id', '=', item.suggestion_id).executeTakeFirstOrThrow()).first_answer_at).toBe('2026-01-02T00:00:00.000Z');
    await k.updateTable('feedbacks').set({ submitted_at: '2026-09-09T00:00:00.000Z' }).where('id', '=', 'fb-x').execute();
    await compare(t);
    await k.updateTable('feedbacks').set({ round: item.round + 1 }).where('id', '=', 'fb-x').execute();
    await compare(t);
    await k.updateTable('handling_items').set({ round: item.round + 1 }).where('suggestion_id', '=', item.suggestion_id).execute();
    expect((await k.selectFrom('handling_items').select('first_answer_at').where('suggestion_id', '=', item.suggestion_id).executeTakeFirstOrThrow()).first_answer_at).toBe('2026-09-09T00:00:00.000Z');
    await k.deleteFrom('feedbacks').where('id', '=', 'fb-x').execute();
    await compare(t);
    await k.deleteFrom('feedbacks').where('suggestion_id', 'in', k.selectFrom('handling_items').select('suggestion_id').where('county_id', '=', f.countyId)).execute();
    await compare(t);
  });

  it('a failed transaction leaves the tallies and the first answers as they were', async () => {
    const f = await huozhouFixture(t);
    const before = await snapshot(t);
    const k = t.db.kysely;
    await expect(
      k.transaction().execute(async (trx) => {
        await trx.deleteFrom('research_activities').execute();
        await trx.updateTable('participations').set({ year: 2020 }).execute();
        await trx.deleteFrom('feedbacks').execute();
        await trx.updateTable('topics').set({ county_id: null }).where('id', 'in', f.topicIds).execute();
        throw new Error('回滚');
      }),
    ).rejects.toThrow('回滚');
    expect(await snapshot(t)).toEqual(before);
    expect(before.kept).toEqual(before.counted);
  });
});
