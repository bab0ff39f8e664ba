import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, engines, type TestApp } from './harness.js';
import { seedDemoYear } from './support/fixtures.js';

/**
 * How many statements a page costs: every statement is a round trip on PostgreSQL and most of a page's CPU, so a
 * page that starts reading its facts one by one again (a lookup per record, a presenter's own query for names the
 * page already asks for) is caught here, not only by the benchmark. The bounds are today's counts with a little
 * room for PostgreSQL, where a late lookup may miss its batch.
 */
describe.each(engines())('一个页面的语句数（%s）', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    await seedDemoYear(t);
  }, 120_000);
  afterAll(async () => t?.close());

  const statementsOf = async (cookie: string | null, url: string): Promise<number> => {
    const before = t.db.stats.statements;
    const res = await t.call(cookie, 'GET', url);
    expect(res.status, url).toBe(200);
    return t.db.stats.statements - before;
  };

  it('a topic page reads its facts once, whatever its stage: at most 30 statements, the session included', async () => {
    const office = await t.login('yaodu-office');
    const topics = await t.db.kysely.selectFrom('topics').select(['id', 'state']).where('county_id', '=', await t.orgId('尧都区政协')).execute();
    expect(new Set(topics.map((x) => x.state)).size).toBeGreaterThan(5);
    for (const topic of topics) expect(await statementsOf(office, `/api/topics/${topic.id}`), topic.state).toBeLessThanOrEqual(30);
  });

  it('lists cost a few statements whatever their length', async () => {
    const office = await t.login('yaodu-office');
    expect(await statementsOf(office, '/api/topics?page=1&pageSize=20')).toBeLessThanOrEqual(7);
    expect(await statementsOf(office, '/api/proposals')).toBeLessThanOrEqual(8);
    expect(await statementsOf(office, '/api/handling/items')).toBeLessThanOrEqual(10);
    expect(await statementsOf(await t.login('yaodu-dept-jt'), '/api/handling/items')).toBeLessThanOrEqual(10);
    expect(await statementsOf(await t.login('yaodu-member1'), '/api/me/activities')).toBeLessThanOrEqual(6);
  });
});
