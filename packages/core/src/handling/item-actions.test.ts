import { describe, expect, it } from 'vitest';
import type { Actor } from '../policy/actor.js';
import { ITEM_STATES } from './handling.js';
import { ITEM_ACTION_RULES, itemActionRefusal, itemActions } from './item-actions.js';

const office: Actor = { userId: 'o', grants: [{ role: 'county_office', orgId: 'yaodu', countyId: 'yaodu' }] };
const coDept: Actor = { userId: 'c', grants: [{ role: 'dept_handler', orgId: 'jy', countyId: 'yaodu' }] };
const item = (state: (typeof ITEM_STATES)[number]) => ({ countyId: 'yaodu', leadDepartmentId: 'jt', coDepartmentIds: ['jy'], state });

describe('item actions (督办、成果转化、会办意见)', () => {
  it('are offered exactly where they are accepted', () => {
    for (const state of ITEM_STATES)
      for (const actor of [office, coDept]) {
        const offered = itemActions(actor, item(state));
        for (const action of Object.keys(ITEM_ACTION_RULES) as (keyof typeof ITEM_ACTION_RULES)[]) expect(offered.includes(action)).toBe(itemActionRefusal(actor, action, item(state)) === null);
      }
  });

  it('follow the states: no 督办 once settled, no 成果转化 before 交办, 会办意见 only while handled', () => {
    expect(itemActions(office, item('unassigned'))).toEqual([]);
    expect(itemActions(office, item('assigned'))).toEqual(['supervise', 'conversion']);
    expect(itemActions(office, item('settled'))).toEqual(['conversion']);
    expect(itemActions(coDept, item('assigned'))).toEqual(['co_opinion']);
    expect(itemActionRefusal(office, 'conversion', item('unassigned'))).toEqual({ kind: 'conflict', reason: '该建议尚未交办，不能记录成果转化' });
    expect(itemActionRefusal(coDept, 'supervise', item('assigned'))?.kind).toBe('forbidden');
  });
});
