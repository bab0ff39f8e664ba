import { describe, expect, it } from 'vitest';

import type { Actor } from '../policy/actor.js';
import { availableItemEvents, decideItem, ITEM_EVENTS, ITEM_STATES, type ItemEvent, type ItemRef, type ItemState, itemAccess } from './handling.js';

const COUNTY = 'yaodu';
const DEPT = 'dept-jt';
const office: Actor = { userId: 'o', grants: [{ role: 'county_office', orgId: 'yaodu-org', countyId: COUNTY }] };
const dept: Actor = { userId: 'd', grants: [{ role: 'dept_handler', orgId: DEPT, countyId: COUNTY }] };
const otherDept: Actor = { userId: 'x', grants: [{ role: 'dept_handler', orgId: 'dept-js', countyId: COUNTY }] };
const item = (state: ItemState, extra: Partial<ItemRef> = {}): ItemRef => ({ state, countyId: COUNTY, leadDepartmentId: DEPT, round: 1, assignedOn: '2026-05-01', ...extra });
const ctx = { today: '2026-05-03', returnWindowDays: 7, reason: '理由', rating: 'satisfied' as const };

const EXPECTED: Record<ItemEvent, [ItemState[], Actor, ItemState]> = {
  assign: [['unassigned', 'returned'], office, 'assigned'],
  return_misassigned: [['assigned'], dept, 'returned'],
  submit_feedback: [['assigned'], dept, 'answered'],
  record_feedback: [['assigned'], office, 'accepted'],
  return_feedback: [['answered'], office, 'assigned'],
  accept_feedback: [['answered'], office, 'accepted'],
  evaluate: [['accepted'], office, 'settled'],
};

describe('the handling table: every state × event', () => {
  const pairs = ITEM_STATES.flatMap((s) => ITEM_EVENTS.map((e) => [s, e] as const));
  it.each(pairs)('%s + %s', (state, event) => {
    const [from, actor, to] = EXPECTED[event];
    const r = decideItem(item(state), event, actor, ctx);
    if (from.includes(state)) expect(r).toMatchObject({ ok: true, to });
    else expect(r).toMatchObject({ ok: false, kind: 'state' });
  });
});

describe('who handles', () => {
  it.each<[ItemEvent, Actor, boolean]>([
    ['submit_feedback', office, false],
    ['submit_feedback', otherDept, false],
    ['accept_feedback', dept, false],
    ['assign', dept, false],
  ])('%s by another party is refused', (event, actor) => {
    const r = decideItem(item(EXPECTED[event][0][0]!), event, actor, ctx);
    expect(r).toMatchObject({ ok: false, kind: 'role' });
  });
});

describe('return window and re-handling rounds', () => {
  it.each<[string, boolean]>([
    ['2026-05-07', true],
    ['2026-05-08', true],
    ['2026-05-09', false],
  ])('returning on %s (assigned 2026-05-01, window 7 days) → %s', (today, ok) => {
    const r = decideItem(item('assigned'), 'return_misassigned', dept, { ...ctx, today });
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.reason).toMatch(/已超过退回期限/);
  });

  it('a re-handling round cannot be returned, and a return needs a reason', () => {
    expect(decideItem(item('assigned', { round: 2 }), 'return_misassigned', dept, ctx)).toMatchObject({ ok: false, reason: '重新办理的建议不能再退回' });
    expect(decideItem(item('assigned'), 'return_misassigned', dept, { ...ctx, reason: ' ' })).toMatchObject({ ok: false, kind: 'reason' });
  });

  it('不满意 sends the item back for another round; 满意 and 基本满意 settle it', () => {
    expect(decideItem(item('accepted'), 'evaluate', office, { ...ctx, rating: 'unsatisfied' })).toMatchObject({ ok: true, to: 'assigned' });
    expect(decideItem(item('accepted', { round: 3 }), 'evaluate', office, { ...ctx, rating: 'basically' })).toMatchObject({ ok: true, to: 'settled' });
    expect(decideItem(item('accepted'), 'evaluate', office, { ...ctx, rating: undefined })).toMatchObject({ ok: false, kind: 'reason' });
  });

  it('lists the events each party may take', () => {
    expect(availableItemEvents(item('assigned'), dept, '2026-05-03', 7)).toEqual(['return_misassigned', 'submit_feedback']);
    expect(availableItemEvents(item('assigned'), office, '2026-05-03', 7)).toEqual(['record_feedback']);
    expect(availableItemEvents(item('assigned'), dept, '2026-06-03', 7)).toEqual(['submit_feedback']);
    expect(availableItemEvents(item('answered'), office, '2026-06-03', 7)).toEqual(['return_feedback', 'accept_feedback']);
    expect(availableItemEvents(item('answered'), otherDept, '2026-06-03', 7)).toEqual([]);
  });
});


describe('who sees an item', () => {
  const ref = { countyId: COUNTY, leadDepartmentId: DEPT, coDepartmentIds: ['dept-js'] };
  it.each<[string, Actor, string | null]>([
    ['the county office', office, 'office'],
    ['the lead department', dept, 'lead'],
    ['a co-handling department', otherDept, 'co'],
    ['another department', { userId: 'y', grants: [{ role: 'dept_handler', orgId: 'dept-edu', countyId: COUNTY }] }, null],
    ['another county office', { userId: 'h', grants: [{ role: 'county_office', orgId: 'h', countyId: 'hongtong' }] }, null],
    ['a member', { userId: 'm', grants: [{ role: 'member', orgId: 'yaodu-org', countyId: COUNTY }] }, null],
    ['the city office', { userId: 'c', grants: [{ role: 'city_office', orgId: 'city', countyId: null }] }, 'city'],
  ])('%s → %s', (_who, actor, access) => {
    expect(itemAccess(actor, ref)).toBe(access);
  });
});

describe('the table names actions; the policy decides them', () => {
  it('says who must take the step', () => {
    expect(decideItem(item('unassigned'), 'assign', dept, ctx)).toEqual({ ok: false, kind: 'role', reason: '“交办”须由本级政协办公室办理' });
    expect(decideItem(item('assigned'), 'submit_feedback', office, ctx)).toEqual({ ok: false, kind: 'role', reason: '只有主办单位可以提交书面反馈' });
  });

  it('an administrator takes no step of the handling table', () => {
    const admin: Actor = { userId: 'a', grants: [{ role: 'admin', orgId: 'city', countyId: null }] };
    for (const state of ITEM_STATES) expect(availableItemEvents(item(state), admin, '2026-05-03', 7)).toEqual([]);
  });

  it('another county office takes no step', () => {
    const hongtong: Actor = { userId: 'h', grants: [{ role: 'county_office', orgId: 'h', countyId: 'hongtong' }] };
    expect(decideItem(item('answered'), 'accept_feedback', hongtong, ctx)).toMatchObject({ ok: false, kind: 'role' });
  });
});
