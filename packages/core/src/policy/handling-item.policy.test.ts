import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import type { Actor } from './actor.js';
import { can } from './can.js';
import { itemAccess, itemSubject } from './handling-item.policy.js';

const COUNTY = 'yaodu';
const LEAD = 'dept-jt';
const CO = 'dept-js';
const as = (role: Role, orgId = 'yaodu-org', countyId: string | null = COUNTY): Actor => ({ userId: `u-${role}-${orgId}`, grants: [{ role, orgId, countyId }] });
const ITEM = { countyId: COUNTY, leadDepartmentId: LEAD, coDepartmentIds: [CO] };
const subject = itemSubject(ITEM);

const admin = as('admin', 'city', null);
const office = as('county_office');
const staff = as('committee_staff');
const city = as('city_office', 'city', null);
const lead = as('dept_handler', LEAD);
const co = as('dept_handler', CO);
const other = as('dept_handler', 'dept-edu');
const otherOffice = as('county_office', 'h', 'hongtong');

describe('handling-item policy', () => {
  it.each<[string, Actor, { read: boolean; oversee: boolean; handle: boolean; coOpinion: boolean; manage: boolean }]>([
    ['an administrator', admin, { read: true, oversee: false, handle: false, coOpinion: false, manage: true }],
    ['the county office', office, { read: true, oversee: true, handle: false, coOpinion: false, manage: true }],
    ['committee staff', staff, { read: true, oversee: true, handle: false, coOpinion: false, manage: true }],
    ['the city office', city, { read: true, oversee: false, handle: false, coOpinion: false, manage: false }],
    ['the lead department', lead, { read: true, oversee: false, handle: true, coOpinion: false, manage: false }],
    ['a co-handling department', co, { read: true, oversee: false, handle: false, coOpinion: true, manage: false }],
    ['another department', other, { read: false, oversee: false, handle: false, coOpinion: false, manage: false }],
    ['another county office', otherOffice, { read: false, oversee: false, handle: false, coOpinion: false, manage: false }],
  ])('%s', (_who, actor, expected) => {
    expect({
      read: can(actor, 'handling_item.read', subject).ok,
      oversee: can(actor, 'handling_item.oversee', subject).ok,
      handle: can(actor, 'handling_item.handle', subject).ok,
      coOpinion: can(actor, 'handling_item.co_opinion', subject).ok,
      manage: can(actor, 'handling.manage', { type: 'topic', scope: [COUNTY] }).ok,
    }).toEqual(expected);
  });

  it('a co-handling opinion is for those whose only tie to the item is 会办', () => {
    const both: Actor = { userId: 'b', grants: [...lead.grants, ...co.grants] };
    expect(itemAccess(both, ITEM)).toBe('lead');
    expect(can(both, 'handling_item.co_opinion', subject)).toEqual({ ok: false, reason: '只有会办单位可以提交会办意见' });
  });

  it('the city office oversees city items, not county ones', () => {
    const cityItem = itemSubject({ countyId: null, leadDepartmentId: LEAD });
    expect(itemAccess(city, { countyId: null, leadDepartmentId: LEAD })).toBe('office');
    expect(can(city, 'handling_item.oversee', cityItem).ok).toBe(true);
    expect(can(city, 'handling_item.oversee', subject)).toEqual({ ok: false, reason: '须由本级政协办公室办理' });
  });

  it('an item not yet assigned has no lead department to handle it', () => {
    expect(can(lead, 'handling_item.handle', itemSubject({ countyId: COUNTY, leadDepartmentId: null })).ok).toBe(false);
  });
});
