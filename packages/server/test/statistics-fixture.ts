import type { Insertable } from 'kysely';
import type { Database } from '../src/db/schema.js';
import type { TestApp } from './harness.js';

// A small hand-computed 霍州市 for the statistics tests, written straight into the tables (the workflow that
// writes them is tested elsewhere). The clock stands at 2026-11-28; the period is 2026. What each count must
// be is written beside the rows that make it.

let n = 0;
const id = (p: string) => `${p}-${++n}`;

/** Ids of the fixture's organisations and records, for the assertions. */
export interface StatisticsFixture {
  readonly countyId: string;
  readonly deptA: string;
  readonly deptB: string;
  readonly topicIds: string[];
}

/** Builds the 霍州市 fixture on a fresh app. */
export async function huozhouFixture(t: TestApp): Promise<StatisticsFixture> {
  const db = t.db.kysely;
  const countyId = await t.orgId('霍州市政协');
  const [deptA, deptB, shizhuang, fengnanyuan] = await Promise.all([t.orgId('霍州市交通运输局'), t.orgId('霍州市教育局'), t.orgId('师庄乡'), t.orgId('冯南垣村')]);
  const stamp = '2026-01-01T00:00:00.000Z';
  const venue = async (org: string) => {
    const v = id('venue');
    await db.insertInto('venues').values({ id: v, org_id: org, county_id: countyId, kind: 'member_station', name: `工作站${v}`, address: null, capacity: null, note: null, active: 1, created_at: stamp, updated_at: stamp, updated_by: null }).execute();
    return v;
  };
  const [townshipVenue, villageVenue] = [await venue(shizhuang), await venue(fengnanyuan)];
  const plan = id('plan');
  await db.insertInto('plans').values({ id: plan, county_id: countyId, year: 2026, title: '2026年度协商计划', reported_on: null, created_at: stamp, updated_at: stamp, updated_by: null }).execute();
  const topic = (title: string, created: string, state: Insertable<Database['topics']>['state'], planId: string | null): Insertable<Database['topics']> => ({
    id: id('topic'), county_id: countyId, plan_id: planId, title, description: '说明', category: 'livelihood', field: null, state, sensitive: 0, long_standing: 0,
    lead_vice_chair: null, secretary_general: null, owner_unit: null, created_by: null, created_at: created, updated_at: created, updated_by: null, answers_published_at: null, published_as_case: 0,
  });
  // Topics of 2026: T1 and T2 (both in the plan); T3 is of 2025 but has activities in 2026.
  const topics = [topic('背街小巷硬化', '2026-02-01T02:00:00.000Z', 'handling', plan), topic('农村饮水安全', '2026-03-10T02:00:00.000Z', 'consulting', plan), topic('老旧小区改造', '2025-12-01T02:00:00.000Z', 'concluded', null)];
  await db.insertInto('topics').values(topics).execute();
  const [t1, t2, t3] = topics.map((x) => x.id!) as [string, string, string];
  const proposal = (source: 'member' | 'public' | 'assigned', status: 'merged' | 'excluded', created: string, topicId: string | null, reason: 'private_dispute' | null = null): Insertable<Database['proposals']> => ({
    id: id('p'), tracking_code: id('SL'), idempotency_key: null, source, county_id: countyId, category: 'livelihood', field: null, title: '建议', description: '内容', place_org_id: null, solicitation_id: null,
    proposer_user_id: null, proposer_name: null, proposer_phone: null, assigned_by: null, instruction_ref: null, assigned_on: null, status, exclusion_reason: reason, screening_note: null, topic_id: topicId,
    screened_by: null, screened_at: null, ip: null, created_at: created, updated_at: created,
  });
  // Proposals of 2026: 3 received (1 excluded as 个体利益纠纷, 2 merged into T1: T1 has sources member and public); one of 2025 left out.
  await db.insertInto('proposals').values([
    proposal('member', 'merged', '2026-01-10T02:00:00.000Z', t1),
    proposal('public', 'merged', '2026-01-11T02:00:00.000Z', t1),
    proposal('assigned', 'excluded', '2026-01-12T02:00:00.000Z', null, 'private_dispute'),
    proposal('member', 'merged', '2025-11-01T02:00:00.000Z', t3),
  ]).execute();
  const research = (topicId: string, date: string) => ({ id: id('r'), topic_id: topicId, date, place: '师庄乡', member_ids: '[]', others: null, findings: '情况', created_by: null, created_at: stamp });
  // Research: 2 in 2026 (one in the first quarter: 01-05 and 02-10), one of 2025.
  await db.insertInto('research_activities').values([research(t1, '2026-02-10'), research(t3, '2026-01-05'), research(t3, '2025-12-15')]).execute();
  const consultation = (topicId: string, startsAt: string, status: 'held' | 'scheduled', form: 'meeting' | 'onsite', level: 'county' | 'township', joint: number, venueId: string | null): Insertable<Database['consultations']> => ({
    id: id('c'), topic_id: topicId, county_id: countyId, form, level, joint, starts_at: startsAt, venue_id: venueId, venue_text: null, status, minutes: null, created_at: stamp, updated_at: stamp,
  });
  // Consultations held in 2026: C1 (meeting, county, 联动, at 师庄乡's station) and C2 (onsite, township, at 冯南垣村's); C3 only
  // scheduled, C4 held in 2025: neither counts. Only T1 of the plan has held its consultation.
  const cs = [
    consultation(t1, '2026-03-01T01:00:00.000Z', 'held', 'meeting', 'county', 1, townshipVenue),
    consultation(t3, '2026-05-10T01:00:00.000Z', 'held', 'onsite', 'township', 0, villageVenue),
    consultation(t2, '2026-12-20T01:00:00.000Z', 'scheduled', 'meeting', 'county', 0, townshipVenue),
    consultation(t3, '2025-06-01T01:00:00.000Z', 'held', 'meeting', 'county', 0, villageVenue),
  ];
  await db.insertInto('consultations').values(cs).execute();
  const [c1, c2, , c4] = cs.map((c) => c.id!) as [string, string, string, string];
  const leader = (consultationId: string, body: 'party' | 'government' | 'congress', principal: number, attended: number) => ({
    id: id('cp'), consultation_id: consultationId, kind: 'leader', user_id: null, org_id: null, name: '领导', title: null, attended, seq: ++n, leader_body: body, leader_principal: principal,
  });
  // Leaders: C1 has the party secretary present (counts); C2 a government leader who is not a 负责同志 and a 人大 one (neither counts).
  await db.insertInto('consultation_participants').values([leader(c1, 'party', 1, 1), leader(c1, 'government', 1, 0), leader(c2, 'government', 0, 1), leader(c2, 'congress', 1, 1), leader(c4, 'party', 1, 1)]).execute();
  // Support: department A gave C1 a venue and funds.
  await db.insertInto('consultation_support').values([{ id: id('s'), consultation_id: c1, org_id: deptA, kind: 'venue', note: null }, { id: id('s'), consultation_id: c1, org_id: deptA, kind: 'funds', note: null }]).execute();
  // Follow-ups: one in 2026.
  await db.insertInto('follow_ups').values({ id: id('f'), topic_id: t1, kind: 'supervision', date: '2026-07-01', place: '霍州', member_ids: '[]', findings: '情况', created_by: null, created_at: stamp }).execute();
  await handlingFixture(t, t1, countyId, deptA, deptB);
  const [m1, m2] = [await t.userId('yaodu-member1'), await t.userId('yaodu-member2')];
  const part = (userId: string, onDate: string) => ({ id: id('pt'), county_id: countyId, user_id: userId, year: Number(onDate.slice(0, 4)), on_date: onDate, kind: 'research' as const, source_type: 'research_activity' as const, source_id: id('src'), topic_id: null, units: 1, detail: null });
  // Participations: members m1 (3, one in the first quarter) and m2 (1) in 2026; one of 2025.
  await db.insertInto('participations').values([part(m1, '2026-02-10'), part(m1, '2026-05-10'), part(m1, '2026-07-01'), part(m2, '2026-07-01'), part(m2, '2025-12-15')]).execute();
  return { countyId, deptA, deptB, topicIds: [t1, t2, t3] };
}

/**
 * Handling of T1's outcome: I1 (A, answered on time, 57 days, 满意, converted), I2 (answered late in round 1, 不满意,
 * re-assigned on 06-12 for round 2, unanswered and overdue), I3 (not yet due), I4 (overdue unanswered, 督办 once), I5 (assigned in 2025).
 */
async function handlingFixture(t: TestApp, topicId: string, countyId: string, deptA: string, deptB: string): Promise<void> {
  const db = t.db.kysely;
  const outcome = id('o');
  await db.insertInto('outcomes').values({ id: outcome, topic_id: topicId, kind: 'suggestions', title: '协商建议', submitted_to: '市委', submitted_on: '2026-03-04', submitted_via: null, created_at: '2026-03-04T00:00:00.000Z' }).execute();
  const items = [
    { dept: deptA, assigned: '2026-03-05', due: '2026-06-03', state: 'settled', round: 1, conversion: 'decision' },
    { dept: deptA, assigned: '2026-06-12', due: '2026-09-10', state: 'assigned', round: 2, conversion: null },
    { dept: deptB, assigned: '2026-10-01', due: '2026-12-30', state: 'assigned', round: 1, conversion: null },
    { dept: deptB, assigned: '2026-04-01', due: '2026-07-01', state: 'assigned', round: 1, conversion: null },
    { dept: deptB, assigned: '2025-11-01', due: '2026-01-30', state: 'assigned', round: 1, conversion: null },
  ] as const;
  const ids: string[] = [];
  for (const [i, it] of items.entries()) {
    const s = id('sg');
    ids.push(s);
    await db.insertInto('suggestions').values({ id: s, outcome_id: outcome, topic_id: topicId, seq: i + 1, content: `建议${i + 1}`, department_id: it.dept, conversion: it.conversion, created_at: '2026-03-04T00:00:00.000Z' }).execute();
    await db.insertInto('handling_items').values({ suggestion_id: s, topic_id: topicId, county_id: countyId, state: it.state, round: it.round, lead_dept_id: it.dept, co_dept_ids: '[]', assigned_on: it.assigned, due_on: it.due, co_due_on: null, letter_no: null, letter_date: null, conversion_ref: null, updated_at: '2026-03-05T00:00:00.000Z', updated_by: null }).execute();
  }
  const [i1, i2, , i4] = ids as [string, string, string, string];
  const feedback = (s: string, round: number, at: string, cls: 'A' | 'B', status: 'accepted') => ({ id: id('fb'), suggestion_id: s, round, dept_id: deptA, text: '答复', result_class: cls, measures: null, responsible: '张三', contact: '0357', status, review_note: null, author_id: null, submitted_at: at, reviewed_at: at });
  // I1 answered 2026-05-01 (due 06-03); I2 first answered 06-10 in round 1, after its first due date, then 不满意.
  await db.insertInto('feedbacks').values([feedback(i1, 1, '2026-05-01T02:00:00.000Z', 'A', 'accepted'), feedback(i2, 1, '2026-06-10T02:00:00.000Z', 'B', 'accepted')]).execute();
  await db.insertInto('evaluations').values([
    { id: id('e'), suggestion_id: i1, round: 1, rating: 'satisfied', process_mark: null, result_mark: null, comment: null, by_user: null, at: '2026-05-05T00:00:00.000Z' },
    { id: id('e'), suggestion_id: i2, round: 1, rating: 'unsatisfied', process_mark: null, result_mark: null, comment: null, by_user: null, at: '2026-06-12T00:00:00.000Z' },
  ]).execute();
  await db.insertInto('item_events').values({ id: id('ev'), suggestion_id: i4, seq: 1, at: '2026-07-05T00:00:00.000Z', round: 1, kind: 'supervise', title: '电话督办', detail: null, user_id: null, actor_name: null }).execute();
}
