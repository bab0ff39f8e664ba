import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conflictMessage, secondEditor } from './editors.js';
import { topicWithOutcome } from './flow.js';
import { createTestApp, engines, type TestApp } from './harness.js';

/** Transitions, handling steps and activation bump the version, so that a form loaded before them cannot save over them. */
describe.each(engines())('版本号与流转、办理步骤 (%s)', (engine) => {
  let t: TestApp;
  let office: string;
  let office2: string;
  let chair: string;
  const topicCount = async (action: string) =>
    Number((await t.db.kysely.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', action).executeTakeFirstOrThrow()).n);

  beforeEach(async () => {
    t = await createTestApp(engine);
    office = await t.login('yaodu-office');
    office2 = await secondEditor(t, 'yaodu-office2', '张三', 'county_office', '尧都区政协');
    chair = await t.login('yaodu-chair');
  });
  afterEach(async () => t?.close());

  const newTopic = async (title: string) => (await t.call(office, 'POST', '/api/topics', { title, description: `${title}的协商议题说明。`, category: 'livelihood' })).json;

  it('an edit form loaded before a transition cannot save over it; nothing of the refused save is written', async () => {
    const topic = await newTopic('背街小巷路灯维修');
    expect(topic.version).toBe(1);
    const sent = await t.call(office2, 'POST', `/api/topics/${topic.id}/transitions`, { event: 'submit_for_review', version: 1 });
    expect(sent.status).toBe(200);
    expect(sent.json.version).toBe(2);
    const updates = await topicCount('topic.update');
    const stale = await t.call(office, 'PATCH', `/api/topics/${topic.id}`, { title: '背街小巷路灯维修（改）', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ error: 'VERSION_CONFLICT', message: conflictMessage('张三'), current: { version: 2 } });
    expect(await topicCount('topic.update')).toBe(updates);
    expect((await t.call(office, 'GET', `/api/topics/${topic.id}`)).json.title).toBe('背街小巷路灯维修');
    // A current form of a topic past draft is refused for that reason, not for its version.
    const late = await t.call(office, 'PATCH', `/api/topics/${topic.id}`, { title: '背街小巷路灯维修（改）', version: 2 });
    expect(late).toMatchObject({ status: 409, json: { error: 'CONFLICT', message: '议题已提交审议，不能再修改基本信息' } });
  });

  it('a transition sent with a stale version is refused with the same 409; without a version it goes through', async () => {
    const topic = await newTopic('农贸市场周边停车');
    await t.call(office, 'POST', `/api/topics/${topic.id}/transitions`, { event: 'submit_for_review' });
    const events = (await t.call(office, 'GET', `/api/topics/${topic.id}`)).json.timeline.length;
    const stale = await t.call(chair, 'POST', `/api/topics/${topic.id}/transitions`, { event: 'chair_pass', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ error: 'VERSION_CONFLICT', message: conflictMessage('李晓燕'), current: { version: 2, updatedBy: { displayName: '李晓燕' } } });
    const after = (await t.call(office, 'GET', `/api/topics/${topic.id}`)).json;
    expect(after).toMatchObject({ state: 'chair_review', version: 2 });
    expect(after.timeline.length).toBe(events);
    expect((await t.call(chair, 'POST', `/api/topics/${topic.id}/transitions`, { event: 'chair_pass', version: 2 })).json).toMatchObject({ state: 'party_review', version: 3 });
    expect((await t.call(chair, 'POST', `/api/topics/${topic.id}/transitions`, { event: 'chair_pass', version: 0 })).status).toBe(400);
  });

  it('records on a topic (a leader’s instruction) bump its version too', async () => {
    const { topicId } = await topicWithOutcome(t, '乡村客运站点', ['增设候车亭']);
    const before = (await t.call(office, 'GET', `/api/topics/${topicId}`)).json.version as number;
    await t.call(office, 'POST', `/api/topics/${topicId}/instructions`, { leader: '王书记', leaderTitle: '区委书记', givenOn: '2026-11-28', text: '请认真研究落实。' });
    expect((await t.call(office, 'GET', `/api/topics/${topicId}`)).json.version).toBe(before + 1);
  });

  it('handling steps bump the item version; a step from a page older than the last step gets 409', async () => {
    const { itemIds } = await topicWithOutcome(t, '校车停靠点', ['完善校车停靠点', '规范接送秩序']);
    const [id] = itemIds as [string];
    const jt = await t.orgId('尧都区交通运输局');
    const loaded = (await t.call(office, 'GET', `/api/handling/items/${id}`)).json;
    expect(loaded.version).toBe(1);
    const assigned = await t.call(office2, 'POST', `/api/handling/items/${id}/assign`, { leadDepartmentId: jt, version: 1 });
    expect(assigned.json).toMatchObject({ state: 'assigned', version: 2 });
    const stale = await t.call(office, 'POST', `/api/handling/items/${id}/supervise`, { method: 'phone', note: '电话督促尽快办理', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ error: 'VERSION_CONFLICT', message: conflictMessage('张三'), current: { version: 2 } });
    expect((await t.call(office, 'GET', `/api/handling/items/${id}`)).json.timeline).toHaveLength(1);
    // A stale 交办 is refused for its version, before the handling table could refuse it for the state.
    expect((await t.call(office, 'POST', `/api/handling/items/${id}/assign`, { leadDepartmentId: jt, version: 1 })).json.error).toBe('VERSION_CONFLICT');
    const supervised = await t.call(office, 'POST', `/api/handling/items/${id}/supervise`, { method: 'phone', note: '电话督促尽快办理', version: 2 });
    expect(supervised.json).toMatchObject({ version: 3, timeline: [{ title: '交办' }, { title: '电话督办' }] });
    const dept = await t.login('yaodu-dept-jt');
    const feedback = { text: '已在校门口增设停靠标线和提示牌，并安排专人值守。', resultClass: 'A', responsible: '孙立新', contact: '13935711021' };
    const results = await Promise.all([
      t.call(dept, 'POST', `/api/handling/items/${id}/feedback`, { ...feedback, version: 3 }),
      t.call(office, 'POST', `/api/handling/items/${id}/conversion`, { conversion: 'project', version: 3 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await t.call(office, 'GET', `/api/handling/items/${id}`)).json.version).toBe(4);
  });

  it('two identical steps sent at once from the same page: exactly one is applied', async () => {
    const { itemIds } = await topicWithOutcome(t, '背街小巷排水', ['疏通排水沟']);
    const [id] = itemIds as [string];
    const jt = await t.orgId('尧都区交通运输局');
    const results = await Promise.all([office, office2].map((c) => t.call(c, 'POST', `/api/handling/items/${id}/assign`, { leadDepartmentId: jt, version: 1 })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const item = (await t.call(office, 'GET', `/api/handling/items/${id}`)).json;
    expect(item.version).toBe(2);
    expect(item.timeline).toHaveLength(1);
  });

  it('deactivating bumps the version; an activation sent with a stale version is refused', async () => {
    const venue = (await t.call(office, 'POST', '/api/venues', { orgId: await t.orgId('刘村镇'), kind: 'member_room', name: '刘村镇委员之家' })).json;
    const off = await t.call(office2, 'POST', `/api/venues/${venue.id}/deactivate`, { version: venue.version });
    expect(off.json).toMatchObject({ active: false, version: venue.version + 1 });
    const stale = await t.call(office, 'PATCH', `/api/venues/${venue.id}`, { note: '周末开放', version: venue.version });
    expect(stale.json).toMatchObject({ error: 'VERSION_CONFLICT', message: conflictMessage('张三') });
    expect((await t.call(office, 'POST', `/api/venues/${venue.id}/activate`, { version: venue.version })).status).toBe(409);
    expect((await t.call(office, 'POST', `/api/venues/${venue.id}/activate`)).json).toMatchObject({ active: true, version: venue.version + 2 });
  });
});
