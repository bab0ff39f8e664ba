import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import type { Actor, Subject } from './actor.js';
import { can } from './can.js';

const OWN = 'county-yaodu';
const OTHER = 'county-hongtong';
const actorWith = (role: Role, countyId: string | null = OWN, orgId = countyId ?? 'city'): Actor => ({ userId: `u-${role}`, grants: [{ role, orgId, countyId }] });

describe('document policy', () => {
  it.each<[string, Actor, (string | null)[], boolean]>([
    ['the county office, own county', actorWith('county_office'), [OWN], true],
    ['the county office, another county', actorWith('county_office'), [OTHER], false],
    ['the county office, a city record', actorWith('county_office'), [null], false],
    ['the city office, a city record', actorWith('city_office', null), [null], true],
    ['the city office, a county record', actorWith('city_office', null), [OWN], false],
    ['an administrator', actorWith('admin', null), [OWN], false],
    ['a committee', actorWith('committee_staff'), [OWN], false],
    ['a member', actorWith('member'), [OWN], false],
  ])('印发: %s → %s', (_name, actor, scope, expected) => {
    const d = can(actor, 'document.issue', { type: 'topic', scope });
    expect(d.ok).toBe(expected);
    if (!d.ok) expect(d.reason).toMatch(/[\u4e00-\u9fff]/);
    expect(can(actor, 'document.configure', { type: 'organisation', scope }).ok).toBe(expected);
  });

  it('downloading follows the record: a topic, an item with its departments, a plan, an archive', () => {
    const member = actorWith('member');
    const dept = actorWith('dept_handler', OWN, 'dept-jt');
    const topic: Subject = { type: 'topic', scope: [OWN] };
    const item: Subject = { type: 'handling_item', scope: [OWN], leadDepartmentId: 'dept-jt', coDepartmentIds: [] };
    expect(can(member, 'document.read', topic).ok).toBe(true);
    expect(can(actorWith('member', OTHER), 'document.read', topic).ok).toBe(false);
    expect(can(dept, 'document.read', item).ok).toBe(true);
    expect(can(dept, 'document.read', { ...item, leadDepartmentId: 'dept-edu' }).ok).toBe(false);
    expect(can(dept, 'document.read', topic).ok).toBe(false);
    expect(can(actorWith('city_office', null), 'document.read', { type: 'plan', scope: [OWN] }).ok).toBe(true);
    expect(can(member, 'document.read', { type: 'archive', scope: [OWN], userId: member.userId! }).ok).toBe(true);
    expect(can(member, 'document.read', { type: 'archive', scope: [OWN], userId: 'someone-else' }).ok).toBe(false);
    expect(can(actorWith('county_office'), 'document.read', { type: 'archive', scope: [OWN], userId: 'someone-else' }).ok).toBe(true);
  });
});
