import type { AuditEntryView, HandlingItemDetail, HandlingItemPage, HandlingSummaryView, Page, TopicView, UserView, WorkbenchView } from '@shangliang/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignItem, settleItem, topicWithOutcome } from './flow.js';
import { createTestApp, engines, type TestApp } from './harness.js';
import type { ErrorAnswer, HandlingSettingsView } from './support/answers.js';

const DAY = 86_400_000;

describe.each(engines())('建议办理与跟踪问效（%s）', (engine) => {
  let t: TestApp;
  let office: string;
  let dept: string;
  let jt: string;
  let js: string;
  let edu: string;
  beforeEach(async () => {
    t = await createTestApp(engine);
    office = await t.login('yaodu-office');
    dept = await t.login('yaodu-dept-jt');
    jt = await t.orgId('尧都区交通运输局');
    js = await t.orgId('尧都区住房和城乡建设局');
    edu = await t.orgId('尧都区教育局');
  });
  afterEach(async () => t.close());

  const item = (cookie: string, id: string) => t.call<HandlingItemDetail>(cookie, 'GET', `/api/handling/items/${id}`);
  /** Moves the clock on; sessions idle out, so the office and the department sign in again. */
  const later = async (ms: number) => {
    t.clock.advance(ms);
    office = await t.login('yaodu-office');
    dept = await t.login('yaodu-dept-jt');
  };

  it('交办: default deadline of 90 days in Beijing days; the first one starts 建议办理', async () => {
    const { topicId, itemIds: items } = await topicWithOutcome(t, '改善通村道路', ['修缮塌陷路段', '疏通排水沟', '完善校车停靠点']);
    const res = await t.call<HandlingItemDetail>(office, 'POST', `/api/handling/items/${items[0]}/assign`, { leadDepartmentId: jt, coDepartmentIds: [js], letterNo: '尧政协交〔2026〕3号', letterDate: '2026-11-28' });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ state: 'assigned', stateLabel: '办理中', leadDepartmentName: '尧都区交通运输局', assignedOn: '2026-11-28', dueOn: '2027-02-26', countdown: '剩余 90 天', dueStatus: 'on_track' });
    expect(res.json.coDepartments).toEqual([{ id: js, name: '尧都区住房和城乡建设局' }]);
    expect((await t.call<TopicView>(office, 'GET', `/api/topics/${topicId}`)).json.stateLabel).toBe('建议办理中');
    await t.call(office, 'POST', `/api/handling/items/${items[1]}/assign`, { leadDepartmentId: jt, dueOn: '2026-11-29' });
    await t.call(office, 'POST', `/api/handling/items/${items[2]}/assign`, { leadDepartmentId: edu });
    const bad = await t.call<ErrorAnswer>(office, 'POST', `/api/handling/items/${items[2]}/assign`, { leadDepartmentId: await t.orgId('洪洞县教育局') });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toBe('承办单位须是本级或市级的在册承办单位');
  });

  it('each party is offered only its own steps: the office 督办 and 成果转化, the lead department 退回 and 反馈, an administrator no step of the table', async () => {
    const { itemIds: [id] } = await topicWithOutcome(t, '改善通村道路', ['修缮塌陷路段']);
    await assignItem(t, id!, { leadDepartmentId: jt, coDepartmentIds: [js] });
    expect((await item(office, id!)).json).toMatchObject({ access: 'office', events: ['record_feedback'], actions: ['supervise', 'conversion'] });
    expect((await item(dept, id!)).json).toMatchObject({ access: 'lead', events: ['return_misassigned', 'submit_feedback'], actions: [] });
    expect((await item(await t.login('admin'), id!)).json).toMatchObject({ access: 'office', events: [], actions: ['supervise', 'conversion'] });
  });

  it('what is not offered is refused: 成果转化 and 督办 before 交办, 会办意见 by the lead department', async () => {
    const { itemIds: [id] } = await topicWithOutcome(t, '改善通村道路', ['修缮塌陷路段']);
    expect((await item(office, id!)).json.actions).toEqual([]);
    const early = await t.call<ErrorAnswer>(office, 'POST', `/api/handling/items/${id}/conversion`, { conversion: 'decision' });
    expect([early.status, early.json.message]).toEqual([409, '该建议尚未交办，不能记录成果转化']);
    expect((await t.call(office, 'POST', `/api/handling/items/${id}/supervise`, { method: 'phone', note: '电话询问办理进度' })).status).toBe(409);
    await assignItem(t, id!, { leadDepartmentId: jt, coDepartmentIds: [js] });
    expect((await t.call(dept, 'POST', `/api/handling/items/${id}/co-opinion`, { text: '主办单位不能提交会办意见' })).status).toBe(403);
    expect((await t.call(office, 'POST', `/api/handling/items/${id}/conversion`, { conversion: 'decision' })).status).toBe(200);
  });

  it('a misassigned item goes back within the window, and the office reassigns it', async () => {
    const { itemIds: [id] } = await topicWithOutcome(t, '改善通村道路', ['规范农村客运站点']);
    await t.call(office, 'POST', `/api/handling/items/${id}/assign`, { leadDepartmentId: jt });
    const back = await t.call<HandlingItemDetail>(dept, 'POST', `/api/handling/items/${id}/return`, { reason: '客运站点属住建部门规划' });
    expect(back.json).toMatchObject({ state: 'returned', stateLabel: '承办单位已退回' });
    const again = await t.call<HandlingItemDetail>(office, 'POST', `/api/handling/items/${id}/assign`, { leadDepartmentId: js });
    expect(again.json).toMatchObject({ state: 'assigned', leadDepartmentName: '尧都区住房和城乡建设局' });
    expect(again.json.timeline.map((e) => e.title)).toEqual(['交办', '退回（非本单位职责）', '重新交办']);
  });

  it('a department sees only its own items; other counties and members see none', async () => {
    const { itemIds: items } = await topicWithOutcome(t, '改善通村道路', ['修缮塌陷路段', '疏通排水沟', '完善校车停靠点']);
    await assignItem(t, items[0]!, { leadDepartmentId: jt, coDepartmentIds: [js] });
    await assignItem(t, items[1]!, { leadDepartmentId: jt, dueOn: '2026-11-29' });
    await assignItem(t, items[2]!, { leadDepartmentId: edu });
    const mine = await t.call<HandlingItemPage>(dept, 'GET', '/api/handling/items');
    expect(mine.json.items.map((i) => i.id).sort()).toEqual([items[0], items[1]].sort());
    expect((await item(dept, items[2]!)).status).toBe(404);
    expect((await t.call(dept, 'GET', `/api/handling/items?departmentId=${edu}`)).status).toBe(403);
    expect((await item(await t.login('hongtong-office'), items[0]!)).status).toBe(404);
    expect((await item(await t.login('yaodu-member1'), items[0]!)).status).toBe(404);
    expect((await t.call<HandlingItemPage>(await t.login('hongtong-office'), 'GET', '/api/handling/items')).json.items).toEqual([]);
  });

  it('counts overdue at a fixed clock: the day before, the day of, and the day after the deadline', async () => {
    const { itemIds: items } = await topicWithOutcome(t, '改善通村道路', ['修缮塌陷路段', '疏通排水沟']);
    await assignItem(t, items[0]!, { leadDepartmentId: jt });
    await assignItem(t, items[1]!, { leadDepartmentId: jt, dueOn: '2026-11-29' });
    // items[1] is due 2026-11-29; the clock stands at 2026-11-28 10:00 Beijing time.
    expect((await item(office, items[1]!)).json).toMatchObject({ dueStatus: 'due_soon', countdown: '剩余 1 天' });
    await later(DAY);
    expect((await item(office, items[1]!)).json).toMatchObject({ dueStatus: 'due_today', countdown: '今日到期' });
    expect((await t.call<HandlingItemPage>(office, 'GET', '/api/handling/items?due=overdue')).json.total).toBe(0);
    await later(DAY);
    expect((await item(office, items[1]!)).json).toMatchObject({ dueStatus: 'overdue', countdown: '已逾期 1 天' });
    const overdue = await t.call<HandlingItemPage>(office, 'GET', '/api/handling/items?due=overdue');
    expect(overdue.json.items.map((i) => i.id)).toEqual([items[1]]);
    const summary = await t.call<HandlingSummaryView>(office, 'GET', '/api/handling/summary');
    expect(summary.json.byDepartment.find((d) => d.departmentName === '尧都区交通运输局')).toMatchObject({ overdue: 1, open: 2 });
    expect((await t.call<WorkbenchView>(office, 'GET', '/api/workbench')).json.pending).toMatchObject({ overdue: 1 });
    const sup = await t.call<HandlingItemDetail>(office, 'POST', `/api/handling/items/${items[1]}/supervise`, { method: 'phone', note: '电话督促交通运输局加快办理', newDueOn: '2026-12-15' });
    expect(sup.json).toMatchObject({ dueOn: '2026-12-15', dueStatus: 'on_track' });
    expect(sup.json.timeline.at(-1)).toMatchObject({ title: '电话督办', detail: '电话督促交通运输局加快办理；办理期限调整为 2026-12-15' });
  });

  it('returning a misassigned item works within the window and is refused after it', async () => {
    const { itemIds: items } = await topicWithOutcome(t, '改善通村道路', ['修缮塌陷路段', '完善校车停靠点']);
    await assignItem(t, items[0]!, { leadDepartmentId: jt });
    await assignItem(t, items[1]!, { leadDepartmentId: edu });
    await later(8 * DAY); // 8 days after 交办 (window 7)
    const late = await t.call<ErrorAnswer>(dept, 'POST', `/api/handling/items/${items[0]}/return`, { reason: '不属于本单位职责' });
    expect(late.status).toBe(409);
    expect(late.json.message).toMatch(/已超过退回期限/);
    const itemEdu = await t.call(office, 'POST', `/api/handling/items/${items[1]}/assign`, { leadDepartmentId: jt });
    expect(itemEdu.status).toBe(409); // already assigned to 教育局
  });

  it('feedback, review, 不满意 and a second round, then 满意; conclusion is refused until every item is settled', async () => {
    const { topicId, itemIds: [id, other] } = await topicWithOutcome(t, '改善通村道路', ['修缮塌陷路段', '疏通排水沟']);
    await assignItem(t, id!, { leadDepartmentId: jt, coDepartmentIds: [js] });
    await assignItem(t, other!, { leadDepartmentId: jt });
    await later(8 * DAY); // answered a week on: the second round's deadline counts from the evaluation (2026-12-06)
    const fb = { text: '已对塌陷路段进行排查，列入 2027 年农村公路养护计划。', resultClass: 'B', measures: '一季度完成设计', responsible: '孙立新', contact: '13935711021' };
    expect((await t.call(office, 'POST', `/api/handling/items/${id}/feedback`, fb)).status).toBe(403);
    const sent = await t.call<HandlingItemDetail>(dept, 'POST', `/api/handling/items/${id}/feedback`, fb);
    expect(sent.json).toMatchObject({ state: 'answered', latestFeedback: { resultClassLabel: 'B 正在解决或列入规划', statusLabel: '待审核' } });
    expect((await t.call(dept, 'POST', `/api/handling/items/${id}/review`, { decision: 'accept' })).status).toBe(403);
    expect((await t.call(office, 'POST', `/api/handling/items/${id}/review`, { decision: 'return' })).status).toBe(400);
    const back = await t.call<HandlingItemDetail>(office, 'POST', `/api/handling/items/${id}/review`, { decision: 'return', reason: '请写明具体完成时间' });
    expect(back.json.state).toBe('assigned');
    t.clock.advance(60_000); // the department answers again a minute later: the list is in answering order
    await t.call(dept, 'POST', `/api/handling/items/${id}/feedback`, { ...fb, text: '已列入 2027 年养护计划，计划 2027 年 5 月底前完成修缮。' });
    await t.call(office, 'POST', `/api/handling/items/${id}/review`, { decision: 'accept' });
    const bad = await t.call<HandlingItemDetail>(office, 'POST', `/api/handling/items/${id}/evaluate`, { rating: 'unsatisfied', comment: '群众认为进度太慢' });
    expect(bad.json).toMatchObject({ state: 'assigned', round: 2, latestRatingLabel: '不满意', dueOn: '2027-03-06' });
    const conclude = await t.call<ErrorAnswer>(office, 'POST', `/api/topics/${topicId}/transitions`, { event: 'conclude' });
    expect(conclude.status).toBe(409);
    expect(conclude.json.message).toMatch(/不能办结/);
    expect((await t.call<ErrorAnswer>(dept, 'POST', `/api/handling/items/${id}/return`, { reason: '不是我们的' })).json.message).toBe('重新办理的建议不能再退回');
    await t.call(dept, 'POST', `/api/handling/items/${id}/feedback`, { ...fb, resultClass: 'A', text: '已提前完成塌陷路段修缮，并疏通排水沟。' });
    await t.call(office, 'POST', `/api/handling/items/${id}/review`, { decision: 'accept' });
    const ok = await t.call<HandlingItemDetail>(office, 'POST', `/api/handling/items/${id}/evaluate`, { rating: 'satisfied', processMark: 'satisfied', resultMark: 'basically' });
    expect(ok.json).toMatchObject({ state: 'settled', stateLabel: '已办结', round: 2 });
    expect(ok.json.feedbacks.map((f) => [f.round, f.statusLabel])).toEqual([[1, '已退回修改'], [1, '已采纳'], [2, '已采纳']]);
    expect(ok.json.evaluations.map((e) => e.ratingLabel)).toEqual(['不满意', '满意']);
    expect(ok.json.timeline.map((e) => e.round)).toContain(2);
  });

  it('co-handling opinions, conversion, closing with a reason; the audit trail records refusals', async () => {
    const { topicId, itemIds: [id, other] } = await topicWithOutcome(t, '改善通村道路', ['修缮塌陷路段', '疏通排水沟']);
    await assignItem(t, id!, { leadDepartmentId: jt, coDepartmentIds: [js] });
    await assignItem(t, other!, { leadDepartmentId: jt });
    // The department asks for another department's items: refused, and the refusal is audited.
    expect((await t.call(dept, 'GET', `/api/handling/items?departmentId=${edu}`)).status).toBe(403);
    expect((await settleItem(t, id!)).state).toBe('settled');
    const js1 = await t.call<UserView>(await t.login('admin'), 'POST', '/api/users', { username: 'yaodu-dept-js', displayName: '周建设', password: 'Js#Dept2026', roles: [{ role: 'dept_handler', orgId: js }] });
    expect(js1.status).toBe(201);
    const jsCookie = await t.login('yaodu-dept-js', 'Js#Dept2026');
    await t.call(jsCookie, 'POST', '/api/auth/change-password', { currentPassword: 'Js#Dept2026', newPassword: 'Js#Dept2027' });
    const co = await t.call(jsCookie, 'POST', `/api/handling/items/${id}/co-opinion`, { text: '同意主办单位意见' });
    expect(co.status).toBe(409); // already settled
    const conv = await t.call<HandlingItemDetail>(office, 'POST', `/api/handling/items/${id}/conversion`, { conversion: 'project', reference: '2027 年民生实事项目第 5 项' });
    expect(conv.json).toMatchObject({ conversionLabel: '民生实事项目', conversionRef: '2027 年民生实事项目第 5 项' });
    const closed = await t.call<TopicView>(office, 'POST', `/api/topics/${topicId}/transitions`, { event: 'close', reason: '其余建议已并入城乡道路专项统筹办理' });
    expect(closed.json.stateLabel).toBe('已办结');
    const refusals = await t.call<Page<AuditEntryView>>(await t.login('admin'), 'GET', '/api/audit?action=access.refused&pageSize=100');
    expect(refusals.json.items.some((e) => e.username === 'yaodu-dept-jt')).toBe(true);
  });

  it('settings: the office changes the default deadline and return window', async () => {
    expect((await t.call<HandlingSettingsView>(office, 'GET', '/api/handling/settings')).json).toEqual({ deadlineDays: 90, returnWindowDays: 7, version: 1 });
    const res = await t.call<HandlingSettingsView>(office, 'PUT', '/api/handling/settings', { deadlineDays: 60, returnWindowDays: 5, version: 1 });
    expect(res.json).toEqual({ deadlineDays: 60, returnWindowDays: 5, version: 2 });
    expect((await t.call(dept, 'PUT', '/api/handling/settings', { deadlineDays: 10, returnWindowDays: 1, version: 2 })).status).toBe(403);
    expect((await t.call(office, 'PUT', '/api/handling/settings', { deadlineDays: 0, returnWindowDays: 5, version: 2 })).status).toBe(400);
    // The county's window, not the default one, decides whether the board offers 退回 six days after 交办.
    const { itemIds: [id] } = await topicWithOutcome(t, '改善通村道路', ['修缮塌陷路段']);
    await assignItem(t, id!, { leadDepartmentId: jt });
    const offered = async () => (await t.call<HandlingItemPage>(dept, 'GET', '/api/handling/items')).json.items.find((i) => i.id === id)!.events;
    expect(await offered()).toContain('return_misassigned');
    await later(6 * DAY);
    expect(await offered()).not.toContain('return_misassigned');
  });
});
