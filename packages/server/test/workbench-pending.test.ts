import { dayInShanghai, type WorkbenchView } from '@shangliang/core';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedHandlingDemo } from '../src/seed/seed-handling-demo.js';
import { seedTopicsDemo } from '../src/seed/seed-topics-demo.js';
import { createTestApp, engines, type TestApp } from './harness.js';

/** One count, straight from the rows (no tallies, flags or copied columns). */
async function count(t: TestApp, query: string, ...params: unknown[]): Promise<number> {
  const parts = query.split('?');
  const q = sql.join(parts.map((p, i) => (i < params.length ? sql`${sql.raw(p)}${params[i]}` : sql.raw(p))), sql``);
  return Number(((await sql<{ n: number }>`select count(*) as n from ${q}`.execute(t.db.kysely)).rows[0] as { n: number }).n);
}

describe.each(engines())('工作台待办与数据一致（%s）', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(engine);
    await seedTopicsDemo(t.db, t.clock.now());
    await seedHandlingDemo(t.db, t.clock.now());
  });
  afterEach(async () => t.close());

  it('each to-do of the office, the chair, the party reviewer and a department equals a count made from the rows', async () => {
    const county = await t.orgId('尧都区政协');
    const jt = await t.orgId('尧都区交通运输局');
    const today = dayInShanghai(t.clock.now());
    const topics = (state: string, extra = '') => count(t, `topics t where t.county_id = ? and t.state = ? ${extra}`, county, state);
    const report = 'exists (select 1 from research_reports r where r.topic_id = t.id)';
    const expected = {
      screen: await count(t, 'proposals where county_id = ? and status = ?', county, 'submitted'),
      submit: await topics('draft'),
      research: await topics('researching', `and not ${report}`),
      consult: await topics('researching', `and ${report}`),
      record: await count(t, 'consultations where county_id = ? and status = ?', county, 'scheduled'),
      outcome: await topics('consulting', "and exists (select 1 from consultations c where c.topic_id = t.id and c.status = 'held')"),
      assign: await count(t, "handling_items h join topics t on t.id = h.topic_id where h.county_id = ? and h.state = ? and t.state in ('outcome_submitted', 'handling', 'following_up')", county, 'unassigned'),
      accept: await count(t, 'handling_items where county_id = ? and state = ?', county, 'answered'),
      evaluate: await count(t, 'handling_items where county_id = ? and state = ?', county, 'accepted'),
      overdue: await count(t, 'handling_items where county_id = ? and state = ? and due_on < ?', county, 'assigned', today),
    };
    const office = (await t.call<WorkbenchView>(await t.login('yaodu-office'), 'GET', '/api/workbench')).json.pending;
    expect(office).toMatchObject({ ...expected, chairReview: 0, partyReview: 0, answer: 0 });
    expect(Object.values(expected).reduce((a, b) => a + b, 0)).toBeGreaterThan(3);
    const chair = (await t.call<WorkbenchView>(await t.login('yaodu-chair'), 'GET', '/api/workbench')).json.pending;
    expect(chair).toMatchObject({ chairReview: await topics('chair_review'), screen: 0, assign: 0 });
    const party = (await t.call<WorkbenchView>(await t.login('yaodu-party'), 'GET', '/api/workbench')).json.pending;
    expect(party).toMatchObject({ partyReview: await topics('party_review'), chairReview: 0 });
    const dept = (await t.call<WorkbenchView>(await t.login('yaodu-dept-jt'), 'GET', '/api/workbench')).json.pending;
    const answer = await count(t, 'handling_items where lead_dept_id = ? and state = ?', jt, 'assigned');
    expect(answer).toBeGreaterThan(0);
    expect(dept).toMatchObject({ answer, overdue: await count(t, 'handling_items where lead_dept_id = ? and state = ? and due_on < ?', jt, 'assigned', today), screen: 0 });
  });
});
