import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import type { Actor } from './actor.js';
import { can } from './can.js';
import { menuFor } from './menu.js';

const OWN = 'county-yaodu';
const OTHER = 'county-hongtong';
const actorWith = (role: Role, countyId: string | null = OWN, orgId = countyId ?? 'city'): Actor => ({ userId: `u-${role}`, grants: [{ role, orgId, countyId }] });

describe('thesaurus policy', () => {
  it.each<[string, Actor, string | null, boolean, boolean]>([
    ['the county office, own county', actorWith('county_office'), OWN, true, true],
    ['the county office, another county', actorWith('county_office'), OTHER, false, false],
    ['the county office, the city', actorWith('county_office'), null, false, false],
    ['the city office, the city', actorWith('city_office', null), null, true, true],
    ['the city office, a county', actorWith('city_office', null), OWN, true, false],
    ['an administrator', actorWith('admin', null), OWN, false, false],
    ['a committee', actorWith('committee_staff'), OWN, false, false],
    ['a member', actorWith('member'), OWN, false, false],
    ['a department', actorWith('dept_handler', OWN, 'dept-jt'), OWN, false, false],
  ])('%s: read %s, edit %s', (_name, actor, county, read, edit) => {
    const subject = { type: 'thesaurus', scope: [county] } as const;
    expect(can(actor, 'thesaurus.read', subject).ok).toBe(read);
    const d = can(actor, 'thesaurus.edit', subject);
    expect(d.ok).toBe(edit);
    if (!d.ok) expect(d.reason).toMatch(/[\u4e00-\u9fff]/);
  });

  it('the menu offers 近义词表 to the offices only', () => {
    expect(menuFor(actorWith('county_office'), OWN)).toContain('thesaurus');
    expect(menuFor(actorWith('city_office', null), null)).toContain('thesaurus');
    expect(menuFor(actorWith('member'), OWN)).not.toContain('thesaurus');
    expect(menuFor(actorWith('dept_handler', OWN, 'dept-jt'), OWN)).not.toContain('thesaurus');
  });
});
