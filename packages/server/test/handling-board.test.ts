import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topicWithOutcome } from './flow.js';
import { createTestApp, engines, type TestApp } from './harness.js';

describe.each(engines())('办理督办看板：在数据库中筛选、计数、分页（%s）', (engine) => {
  let t: TestApp;
  let office: string;
  let jt: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    office = await t.login('yaodu-office');
    const { itemIds } = await topicWithOutcome(t, '城区停车难治理', ['增设停车位', '规范占道停车', '建设立体车库', '错时共享停车']);
    [jt] = [await t.orgId('尧都区交通运输局')];
    const js = await t.orgId('尧都区住房和城乡建设局');
    // Assigned on 2026-11-28; three days later one is overdue, one due in four days, one in ninety, one not assigned.
    const assign = (id: string, body: object) => t.call(office, 'POST', `/api/handling/items/${id}/assign`, body);
    expect((await assign(itemIds[0]!, { leadDepartmentId: jt, dueOn: '2026-11-30' })).status).toBe(200);
    expect((await assign(itemIds[1]!, { leadDepartmentId: jt, dueOn: '2026-12-05' })).status).toBe(200);
    expect((await assign(itemIds[2]!, { leadDepartmentId: js, coDepartmentIds: [jt] })).status).toBe(200);
    t.clock.advance(3 * 24 * 3600_000);
    office = await t.login('yaodu-office'); // the earlier session has long been idle
  });
  afterAll(async () => t.close());

  it('pages in SQL: each page holds its share and the total counts all', async () => {
    const first = await t.call(office, 'GET', '/api/handling/items?pageSize=3&page=1');
    const second = await t.call(office, 'GET', '/api/handling/items?pageSize=3&page=2');
    expect(first.json.total).toBe(4);
    expect(first.json.items).toHaveLength(3);
    expect(second.json.items).toHaveLength(1);
    const ids = [...first.json.items, ...second.json.items].map((i: { id: string }) => i.id);
    expect(new Set(ids).size).toBe(4);
    // Awaiting 交办 first, then oldest due.
    expect(first.json.items.map((i: { dueOn: string | null }) => i.dueOn)).toEqual([null, '2026-11-30', '2026-12-05']);
  });

  it('counts by state, overdue and due soon, whatever the page shows', async () => {
    const overdue = await t.call(office, 'GET', '/api/handling/items?due=overdue');
    expect(overdue.json.total).toBe(1);
    expect(overdue.json.items[0].dueOn).toBe('2026-11-30');
    const soon = await t.call(office, 'GET', '/api/handling/items?due=due_soon');
    expect(soon.json.items.map((i: { dueOn: string }) => i.dueOn)).toEqual(['2026-12-05']);
    expect(soon.json.counts).toEqual(overdue.json.counts);
    expect(soon.json.counts).toMatchObject({ overdue: 1, dueSoon: 1 });
    expect(soon.json.counts.byState.assigned).toBe(3);
    const department = await t.call(office, 'GET', `/api/handling/items?departmentId=${jt}`);
    expect(department.json.total).toBe(3);
    // A department's board counts its own rows; its narrowed totals come from the same counts.
    const late = await t.call(office, 'GET', `/api/handling/items?departmentId=${jt}&due=overdue`);
    expect(late.json.total).toBe(late.json.counts.overdue);
    expect(late.json.items).toHaveLength(late.json.total);
    const settled = await t.call(office, 'GET', `/api/handling/items?departmentId=${jt}&state=settled`);
    expect([settled.json.total, settled.json.items.length]).toEqual([settled.json.counts.byState.settled ?? 0, settled.json.counts.byState.settled ?? 0]);
  });

  it('summarises per lead department', async () => {
    const summary = await t.call(office, 'GET', '/api/handling/summary');
    const transport = summary.json.byDepartment.find((d: { departmentName: string }) => d.departmentName === '尧都区交通运输局');
    expect(transport).toMatchObject({ total: 2, open: 2, overdue: 1, dueSoon: 1, settled: 0 });
    expect(summary.json.byDepartment[0].departmentName).toBe('尧都区交通运输局');
  });
});
