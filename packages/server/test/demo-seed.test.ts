import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedHandlingDemo } from '../src/seed/seed-handling-demo.js';
import { seedTopicsDemo } from '../src/seed/seed-topics-demo.js';
import { seedRoomsDemo } from '../src/seed/seed-rooms-demo.js';
import { seedHistoryDemo } from '../src/seed/seed-history-demo.js';
import { rebuildAllParticipations } from '../src/repositories/participation-rebuild.repository.js';
import { createTestApp, engines, type TestApp } from './harness.js';

/** Groups rows by a key (Map.groupBy is ES2024, beyond the project's lib). */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return groups;
}

describe.each(engines())('演示数据：2026 年度选题、议题、调研、协商和成果（%s）', (engine) => {
  let t: TestApp;
  let office: string;
  let yaodu: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    yaodu = await t.orgId('尧都区政协');
    await seedTopicsDemo(t.db, t.clock.now());
    await seedHandlingDemo(t.db, t.clock.now());
    await seedRoomsDemo(t.db, t.clock.now());
    await seedHistoryDemo(t.db, t.clock.now());
    office = await t.login('yaodu-office');
  });
  afterAll(async () => t.close());

  it('has two years of activities: 霍州市 below the city minimum, 尧都区 members above and below theirs, last year closed', async () => {
    const city = await t.login('city-office');
    const dashboard = await t.call(city, 'GET', '/api/statistics/city?year=2026');
    const byName = new Map((dashboard.json.counties as { name: string; activities: number; flags: string[] }[]).map((c) => [c.name, c]));
    expect(byName.get('霍州市')!.flags).toContain('few_activities');
    expect(byName.get('尧都区')!.flags).toEqual([]);
    const archives = await t.call(office, 'GET', '/api/archives?year=2026');
    expect(archives.json.belowMinimum).toBeGreaterThan(0);
    expect(archives.json.belowMinimum).toBeLessThan(archives.json.total);
    expect((await t.call(office, 'GET', '/api/point-rules?year=2025')).json.closed).toBe(true);
    expect((await t.call(office, 'GET', '/api/archives?year=2025')).json.items[0].total).toBeGreaterThan(0);
  });

  it('derives the same participations in one pass (the migration of an existing database) as the use cases wrote one by one', async () => {
    const read = async () =>
      (await t.db.kysely.selectFrom('participations').select(['county_id', 'user_id', 'year', 'on_date', 'kind', 'source_type', 'source_id', 'topic_id', 'units', 'detail']).execute())
        .map((r) => JSON.stringify({ ...r, units: Number(r.units) }))
        .sort();
    const written = await read();
    expect(written.length).toBeGreaterThan(50);
    await rebuildAllParticipations(t.db.kysely, t.db.engine);
    expect(await read()).toEqual(written);
  });

  it('has about thirty proposals from all three sources in all four statuses', async () => {
    const rows = await t.db.kysely.selectFrom('proposals').select(['source', 'status', 'county_id', 'exclusion_reason']).execute();
    expect(rows.length).toBeGreaterThanOrEqual(28);
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set(['member', 'assigned', 'public']));
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['submitted', 'screened_in', 'excluded', 'merged']));
    expect(new Set(rows.map((r) => r.exclusion_reason).filter(Boolean))).toEqual(new Set(['public_order', 'statutory', 'private_dispute', 'duplicate']));
    expect(new Set(rows.map((r) => r.county_id)).size).toBe(2);
    const pool = await t.call(office, 'GET', '/api/proposals?status=submitted');
    expect(pool.json.total).toBeGreaterThan(0);
  });

  it('has topics at every stage, each reached through the workflow (timeline entries, all before now)', async () => {
    const topics = await t.db.kysely.selectFrom('topics').select(['id', 'state']).execute();
    const states = new Set(topics.map((x) => x.state));
    for (const s of ['draft', 'chair_review', 'party_review', 'researching', 'consulting', 'handling', 'concluded', 'rejected']) expect(states).toContain(s);
    expect(topics.filter((x) => ['handling', 'concluded'].includes(x.state)).length).toBeGreaterThanOrEqual(3);
    const transitions = await t.db.kysely.selectFrom('topic_events').select(['topic_id', 'to_state', 'at']).where('kind', '=', 'transition').execute();
    for (const topic of topics.filter((x) => x.state !== 'draft')) expect(transitions.some((e) => e.topic_id === topic.id && e.to_state === topic.state)).toBe(true);
    const latest = transitions.map((e) => e.at).sort().at(-1)!;
    expect(latest < t.clock.now().toISOString()).toBe(true);
    const returned = await t.db.kysely.selectFrom('topic_events').select('detail').where('event', '=', 'chair_return').execute();
    expect(returned[0]?.detail).toMatch(/第十六次主席会议.*理由：/);
  });

  it('has an outcome with numbered suggestions addressed to departments', async () => {
    const rows = await t.db.kysely.selectFrom('suggestions as s').innerJoin('organisations as o', 'o.id', 's.department_id').select(['s.outcome_id', 's.seq', 'o.name']).execute();
    const byOutcome = groupBy(rows, (r) => r.outcome_id);
    expect([...byOutcome.values()].some((list) => list.length >= 2)).toBe(true);
    expect(rows.map((r) => r.name)).toContain('尧都区交通运输局');
  });

  it('has a consultation with all five kinds of participant and a leader, in all three forms, some joint, two still ahead (a meeting, and the 网络协商 whose room is open)', async () => {
    const people = await t.db.kysely.selectFrom('consultation_participants').select(['consultation_id', 'kind']).execute();
    const kinds = [...groupBy(people, (p) => p.consultation_id).values()].map((list) => new Set(list.map((p) => p.kind)));
    expect(kinds.some((k) => ['member', 'department', 'unit_head', 'cadre', 'public_rep', 'leader'].every((x) => k.has(x)))).toBe(true);
    const consultations = await t.db.kysely.selectFrom('consultations').select(['form', 'joint', 'status', 'starts_at']).execute();
    expect(new Set(consultations.map((c) => c.form))).toEqual(new Set(['meeting', 'online', 'onsite']));
    expect(consultations.some((c) => Number(c.joint) === 1)).toBe(true);
    const ahead = consultations.filter((c) => c.status === 'scheduled');
    expect(ahead.map((c) => c.form).sort()).toEqual(['meeting', 'online']);
    for (const c of ahead) expect(new Date(c.starts_at).getTime()).toBeGreaterThan(t.clock.now().getTime());
  });

  it('shows 不调研不协商 on a topic without a report, and the sensitive one prepared as 第四条(三)1 asks', async () => {
    const list = await t.call(office, 'GET', '/api/topics?state=researching');
    const details = await Promise.all(list.json.items.map((x: { id: string }) => t.call(office, 'GET', `/api/topics/${x.id}`)));
    const unreported = details.map((d) => d.json).find((x) => x.researchReports.length === 0);
    expect(unreported.blocked).toEqual([{ event: 'start_consultation', reason: '坚持“不调研不协商”：请先提交调研报告，再安排协商活动' }]);
    const sensitive = details.map((d) => d.json).find((x) => x.sensitive && x.longStanding);
    expect(sensitive.preparations.map((p: { kind: string }) => p.kind).sort()).toEqual(['prior_report', 'solution']);
    // Reported to the party committee and a solution studied, with a research report: ready for consultation.
    expect(sensitive).toMatchObject({ events: ['start_consultation'], blocked: [] });
  });

  it('lists the county’s topics for the office with counts by state that match the database', async () => {
    const list = await t.call(office, 'GET', '/api/topics?pageSize=100');
    expect(list.status).toBe(200);
    const rows = await t.db.kysely.selectFrom('topics').select(['state']).where('county_id', '=', yaodu).execute();
    const expected: Record<string, number> = {};
    for (const r of rows) expected[r.state] = (expected[r.state] ?? 0) + 1;
    expect(list.json.countsByState).toEqual(expected);
    expect(list.json.total).toBe(rows.length);
  });

  it('tells a resident which topic their merged proposal went into', async () => {
    const p = await t.db.kysely.selectFrom('proposals as p').innerJoin('topics as t', 't.id', 'p.topic_id').select(['p.tracking_code', 't.title']).where('p.source', '=', 'public').where('p.status', '=', 'merged').where('t.state', '=', 'handling').executeTakeFirstOrThrow();
    const track = await t.call(null, 'GET', `/api/public/track/${p.tracking_code}`);
    expect(track.status).toBe(200);
    expect(track.json.topic).toMatchObject({ title: p.title, stateLabel: '建议办理中' });
    expect(track.json.message).toContain(`“${p.title}”`);
  });

  it('has suggestions in every handling state: overdue with 督办, due soon, re-handled after 不满意, two topics concluded', async () => {
    const office = await t.login('yaodu-office');
    const board = await t.call(office, 'GET', '/api/handling/items?pageSize=100');
    expect(Object.keys(board.json.counts.byState).sort()).toEqual(['accepted', 'answered', 'assigned', 'returned', 'settled', 'unassigned']);
    expect(board.json.counts).toMatchObject({ overdue: 1, dueSoon: 1 });
    const overdue = (await t.call(office, 'GET', '/api/handling/items?due=overdue')).json.items[0];
    const detail = await t.call(office, 'GET', `/api/handling/items/${overdue.id}`);
    expect(detail.json.timeline.map((e: { title: string }) => e.title)).toContain('电话督办');
    expect(board.json.items.some((i: { round: number; state: string }) => i.round === 2 && i.state === 'settled')).toBe(true);
    const topics = await t.call(office, 'GET', '/api/topics?state=concluded');
    expect(topics.json.total).toBe(2);
    const dept = await t.call(await t.login('yaodu-dept-jt'), 'GET', '/api/handling/items?pageSize=100');
    expect(dept.json.items.every((i: { leadDepartmentName: string; coDepartments: { name: string }[] }) => i.leadDepartmentName === '尧都区交通运输局' || i.coDepartments.some((c) => c.name === '尧都区交通运输局'))).toBe(true);
  });

  it('has an open 网络协商 room with a crowd in opinion groups, department replies and a statement held for review, and a closed one', async () => {
    const rooms = await t.call(null, 'GET', '/api/rooms');
    const open = rooms.json.items.find((r: { state: string }) => r.state === 'open');
    const closed = rooms.json.items.find((r: { state: string }) => r.state === 'closed');
    expect(open).toMatchObject({ countyName: '尧都区政协', statementCount: 40 });
    expect(open.participantCount).toBeGreaterThan(300);
    expect(closed).toBeTruthy();
    const room = await t.call(null, 'GET', `/api/rooms/${open.id}`);
    expect(room.json.statements.filter((s: { seed: boolean }) => s.seed)).toHaveLength(5);
    expect(room.json.statements.flatMap((s: { replies: { departmentName: string }[] }) => s.replies.map((r) => r.departmentName))).toEqual(['尧都区交通运输局', '尧都区交通运输局']);
    const queue = await t.call(office, 'GET', `/api/rooms/${open.id}/moderation`);
    expect(queue.json.items.map((s: { heldFor: string }) => s.heldFor)).toEqual(['骗子']);
    const map = await t.call(null, 'GET', `/api/rooms/${open.id}/opinion-map`);
    expect(map.json.groups.length).toBeGreaterThanOrEqual(2);
    expect(map.json.consensus.length).toBeGreaterThan(0);
    expect((await t.call(null, 'GET', `/api/rooms/${closed.id}/opinion-map`)).json.groups.length).toBeGreaterThanOrEqual(2);
  });
});
