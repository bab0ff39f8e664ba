import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import type { Actor } from './actor.js';
import { departmentOf, handlesCo, handlesLead, holdsIn, holdsInAll, isOfficeOfWhole, managedScopes, readsAny, runsWorkflowOf } from './predicates.js';

const OWN = 'county-yaodu';
const OTHER = 'county-hongtong';
const actor = (...grants: [Role, string, string | null][]): Actor => ({ userId: 'u', grants: grants.map(([role, orgId, countyId]) => ({ role, orgId, countyId })) });

describe('role predicates', () => {
  it('holdsIn asks for the role in that very county; null is the city', () => {
    const a = actor(['leader', 'o', OWN]);
    expect(holdsIn(a, ['leader'], OWN)).toBe(true);
    expect(holdsIn(a, ['leader'], OTHER)).toBe(false);
    expect(holdsIn(a, ['leader'], null)).toBe(false);
    expect(holdsIn(a, ['party_reviewer'], OWN)).toBe(false);
  });

  it('holdsInAll needs the role in every county of the subject, and a subject with no county has none', () => {
    const a = actor(['member', 'o', OWN], ['member', 'h', OTHER]);
    expect(holdsInAll(a, ['member'], { type: 'topic', scope: [OWN, OTHER] })).toBe(true);
    expect(holdsInAll(actor(['member', 'o', OWN]), ['member'], { type: 'topic', scope: [OWN, OTHER] })).toBe(false);
    expect(holdsInAll(a, ['member'], { type: 'topic', scope: [] })).toBe(false);
  });

  it.each<[Role, string | null, boolean]>([
    ['county_office', OWN, true],
    ['committee_staff', OWN, true],
    ['city_office', null, true],
    ['city_office', OWN, false],
    ['leader', OWN, false],
    ['admin', OWN, false],
  ])('%s runs the workflow of %s → %s', (role, county, expected) => {
    const at = role === 'city_office' || role === 'admin' ? null : OWN;
    expect(runsWorkflowOf(actor([role, 'o', at]), county)).toBe(expected);
  });

  it('a resident phone is for one county office covering the whole subject', () => {
    const both = actor(['county_office', 'o', OWN], ['county_office', 'h', OTHER]);
    expect(isOfficeOfWhole(both, { type: 'proposal', scope: [OWN] })).toBe(true);
    expect(isOfficeOfWhole(both, { type: 'proposal', scope: [OWN, OTHER] })).toBe(false);
    expect(isOfficeOfWhole(actor(['committee_staff', 'o', OWN]), { type: 'proposal', scope: [OWN] })).toBe(false);
  });

  it('managed scopes: the city office manages city records, a county office its county', () => {
    expect([...managedScopes(actor(['city_office', 'c', null], ['county_office', 'o', OWN]))]).toEqual([null, OWN]);
    expect([...managedScopes(actor(['committee_staff', 'o', OWN]))]).toEqual([]);
    expect(readsAny(actor(['city_office', 'c', null]), { type: 'user', scope: [OTHER] })).toBe(true);
    expect(readsAny(actor(['county_office', 'o', OWN]), { type: 'user', scope: [OTHER, OWN] })).toBe(true);
  });

  it('handlers: the department they work for, and whether it leads or co-handles an item', () => {
    const h = actor(['dept_handler', 'dept-jt', OWN]);
    expect(departmentOf(h)).toBe('dept-jt');
    expect(departmentOf(actor(['county_office', 'o', OWN]))).toBeNull();
    expect(handlesLead(h, { leadDepartmentId: 'dept-jt' })).toBe(true);
    expect(handlesLead(h, { leadDepartmentId: null })).toBe(false);
    expect(handlesCo(h, { coDepartmentIds: ['dept-js', 'dept-jt'] })).toBe(true);
    expect(handlesCo(h, { coDepartmentIds: [] })).toBe(false);
    // The role matters, not just the organisation.
    expect(handlesLead(actor(['member', 'dept-jt', OWN]), { leadDepartmentId: 'dept-jt' })).toBe(false);
  });
});
