import { dayInShanghai } from '@shangliang/core';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TALLIES } from '../src/db/migrations/0015-tallies.js';
import { ITEM_DUE_TALLY } from '../src/db/migrations/0020-item-due-tallies.js';
import { DEPARTMENT_TALLY } from '../src/db/migrations/0022-department-tallies.js';
import { DEPT_ITEM_TALLY } from '../src/db/migrations/0030-page-indexes.js';
import { setItemDepartments } from '../src/repositories/handling.repository.js';
import { seedHandlingDemo } from '../src/seed/seed-handling-demo.js';
import { seedTopicsDemo } from '../src/seed/seed-topics-demo.js';
import { topicWithOutcome } from './flow.js';
import { createTestApp, engines, type TestApp } from './harness.js';

/** Every tally row with n > 0 next to the same count made from the rows themselves. */
async function compare(t: TestApp) {
  for (const tally of [...TALLIES, ITEM_DUE_TALLY, DEPARTMENT_TALLY, DEPT_ITEM_TALLY]) {
    const keys = Object.keys(tally.keys);
    const exprs = Object.values(tally.keys).map((e) => e.replaceAll('r.', ''));
    const order = keys.map((_, i) => i + 1).join(', ');
    const kept = await sql.raw<Record<string, unknown>>(`select ${keys.join(', ')}, n from ${tally.table} where n > 0 order by ${order}`).execute(t.db.kysely);
    const counted = await sql.raw<Record<string, unknown>>(`select ${exprs.map((e, i) => `${e} as ${keys[i]}`).join(', ')}, count(*) as n from ${tally.source} group by ${order} order by ${order}`).execute(t.db.kysely);
    const norm = (rows: Record<string, unknown>[]) => rows.map((r) => ({ ...r, n: Number(r.n) }));
    expect(norm(kept.rows), tally.table).toEqual(norm(counted.rows));
  }
  // A department's rows carry their item's county, topic, number, state and due date.
  const copies = await t.db.kysely
    .selectFrom('item_departments as d')
    .innerJoin('handling_items as h', 'h.suggestion_id', 'd.suggestion_id')
    .select(['d.county_id as dc', 'h.county_id as hc', 'd.topic_id as dt', 'h.topic_id as ht', 'd.seq as ds', 'h.seq as hs', 'd.state as dst', 'h.state as hst', 'd.due_on as dd', 'h.due_on as hd'])
    .execute();
  for (const c of copies) expect([c.dc, c.dt, Number(c.ds), c.dst, c.dd]).toEqual([c.hc, c.ht, Number(c.hs), c.hst, c.hd]);
  // A topic's report and held-consultation flags, and an item's copy of its topic's state (migration 0018).
  const wrong = await sql<{ n: number }>`select
      (select count(*) from topics t where t.has_report <> case when exists (select 1 from research_reports r where r.topic_id = t.id) then 1 else 0 end)
    + (select count(*) from topics t where t.has_held <> case when exists (select 1 from consultations c where c.topic_id = t.id and c.status = 'held') then 1 else 0 end)
    + (select count(*) from handling_items h join topics t on t.id = h.topic_id where h.topic_state is null or h.topic_state <> t.state) as n`.execute(t.db.kysely);
  expect(Number(wrong.rows[0]!.n)).toBe(0);
}

describe.each(engines())('计数表与数据保持一致（%s）', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(engine);
  });
  afterEach(async () => t.close());

  it('the demo data, a new topic with an outcome, 交办 and bulk changes leave every tally equal to a count of the rows', async () => {
    await seedTopicsDemo(t.db, t.clock.now());
    await seedHandlingDemo(t.db, t.clock.now());
    await compare(t);
    const tally = await t.db.kysely.selectFrom('topic_tallies').select(['n']).where('state', '=', 'concluded').execute();
    expect(tally.reduce((n, r) => n + Number(r.n), 0)).toBeGreaterThan(0);

    const { topicId, itemIds } = await topicWithOutcome(t, '东羊村道路修缮', ['尽快修缮道路', '设置路灯']);
    await compare(t);
    expect(await t.db.kysely.selectFrom('topics').select(['has_report', 'has_held']).where('id', '=', topicId).executeTakeFirstOrThrow()).toEqual({ has_report: 1, has_held: 1 });
    expect((await t.db.kysely.selectFrom('handling_items').select('topic_state').where('topic_id', '=', topicId).execute()).map((r) => r.topic_state)).toEqual(['outcome_submitted', 'outcome_submitted']);
    const k = t.db.kysely;
    const dept = await t.orgId('尧都区交通运输局');
    await k.updateTable('handling_items').set({ state: 'assigned', lead_dept_id: dept, due_on: '2026-12-20' }).where('suggestion_id', '=', itemIds[0]!).execute();
    await setItemDepartments(k, itemIds[0]!, dept, [await t.orgId('尧都区住房和城乡建设局')]);
    await k.updateTable('handling_items').set({ due_on: '2026-12-21' }).where('suggestion_id', '=', itemIds[0]!).execute();
    expect((await k.selectFrom('item_departments').select('due_on').where('suggestion_id', '=', itemIds[0]!).execute()).map((r) => r.due_on)).toEqual(['2026-12-21', '2026-12-21']);
    await k.updateTable('topics').set({ county_id: null }).where('title', '=', '东羊村道路修缮').execute();
    await k.updateTable('proposals').set({ status: 'excluded' }).where('status', '=', 'submitted').execute();
    await compare(t);
    await k.updateTable('topics').set({ state: 'handling' }).where('id', '=', topicId).execute();
    await k.updateTable('consultations').set({ status: 'scheduled' }).where('topic_id', '=', topicId).execute();
    await compare(t);
    await k.deleteFrom('item_events').where('suggestion_id', '=', itemIds[1]!).execute();
    await k.deleteFrom('item_departments').where('suggestion_id', '=', itemIds[1]!).execute();
    await k.deleteFrom('handling_items').where('suggestion_id', '=', itemIds[1]!).execute();
    await compare(t);
  });

  it('a failed transaction leaves the tallies as they were', async () => {
    const before = await t.db.kysely.selectFrom('topic_tallies').selectAll().execute();
    await expect(
      t.db.kysely.transaction().execute(async (trx) => {
        await trx.updateTable('topics').set({ state: 'rejected' }).execute();
        throw new Error('回滚');
      }),
    ).rejects.toThrow('回滚');
    expect(await t.db.kysely.selectFrom('topic_tallies').selectAll().execute()).toEqual(before);
  });

  it('the lists and the board read their counts from the tallies, equal to what the rows say', async () => {
    await seedTopicsDemo(t.db, t.clock.now());
    await seedHandlingDemo(t.db, t.clock.now());
    const office = await t.login('yaodu-office');
    const county = await t.orgId('尧都区政协');
    const k = t.db.kysely;
    const topics = await t.call(office, 'GET', '/api/topics?page=1&pageSize=5');
    expect(topics.status).toBe(200);
    expect(topics.json.total).toBe(Number((await k.selectFrom('topics').where('county_id', '=', county).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n));
    const drafts = await t.call(office, 'GET', '/api/topics?state=concluded');
    expect(drafts.json.total).toBe(topics.json.countsByState.concluded ?? 0);
    const pool = await t.call(office, 'GET', '/api/proposals');
    expect(pool.status).toBe(200);
    expect(pool.json.total).toBe(Number((await k.selectFrom('proposals').where('county_id', '=', county).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n));
    const board = await t.call(office, 'GET', '/api/handling/items');
    expect(board.status).toBe(200);
    const items = Number((await k.selectFrom('handling_items').where('county_id', '=', county).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    expect(items).toBeGreaterThan(0);
    expect(board.json.total).toBe(items);
    expect(Object.values(board.json.counts.byState as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(items);
    const overdue = await t.call(office, 'GET', '/api/handling/items?due=overdue');
    expect(overdue.json.total).toBe(board.json.counts.overdue);
    expect(overdue.json.items).toHaveLength(Math.min(overdue.json.total, overdue.json.pageSize));
    const summary = await t.call(office, 'GET', '/api/handling/summary');
    expect(summary.status).toBe(200);
    const led = Number((await k.selectFrom('handling_items').where('county_id', '=', county).where('lead_dept_id', 'is not', null).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    expect((summary.json.byDepartment as { total: number }[]).reduce((n, d) => n + d.total, 0)).toBe(led);
    // 我的办件 (主办 and 会办) and the office's board of one department count from the department tally (migration 0030).
    const deptId = await t.orgId('尧都区交通运输局');
    const today = dayInShanghai(t.clock.now());
    const ofDept = k.selectFrom('item_departments').where('dept_id', '=', deptId);
    const byState: Record<string, number> = Object.fromEntries((await ofDept.select(['state', (eb) => eb.fn.countAll().as('n')]).groupBy('state').execute()).map((r) => [r.state, Number(r.n)]));
    const late = Number((await ofDept.where('state', '=', 'assigned').where('due_on', '<', today).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    expect(Object.values(byState).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    for (const [who, path] of [['yaodu-dept-jt', '/api/handling/items'], ['yaodu-office', `/api/handling/items?departmentId=${deptId}`]] as const) {
      const mine = await t.call(await t.login(who), 'GET', path);
      expect(mine.status, who).toBe(200);
      expect(mine.json.counts.byState, who).toEqual(byState);
      expect(mine.json.counts.overdue, who).toBe(late);
      expect(mine.json.total, who).toBe(Object.values(byState).reduce((a, b) => a + b, 0));
    }
  });
});
