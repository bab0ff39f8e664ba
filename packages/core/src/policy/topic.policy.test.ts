import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import type { Actor } from './actor.js';
import { can } from './can.js';

const OWN = 'county-yaodu';
const as = (role: Role, countyId: string | null = OWN): Actor => ({ userId: `u-${role}`, grants: [{ role, orgId: 'o', countyId }] });
const topic = (county: string | null = OWN) => ({ type: 'topic' as const, scope: [county] });

describe('topic policy — the steps of the transition table', () => {
  it.each<[Role, 'topic.advance' | 'topic.chair_review' | 'topic.party_review', boolean]>([
    ['county_office', 'topic.advance', true],
    ['committee_staff', 'topic.advance', true],
    ['leader', 'topic.advance', false],
    ['leader', 'topic.chair_review', true],
    ['county_office', 'topic.chair_review', false],
    ['party_reviewer', 'topic.party_review', true],
    ['leader', 'topic.party_review', false],
    ['member', 'topic.chair_review', false],
  ])('%s → %s: %s', (role, action, expected) => {
    expect(can(as(role), action, topic()).ok).toBe(expected);
  });

  it('an administrator keeps the system but takes none of the CPPCC decisions', () => {
    const admin = as('admin', null);
    for (const action of ['topic.advance', 'topic.chair_review', 'topic.party_review'] as const) {
      expect(can(admin, action, topic()).ok).toBe(false);
      expect(can(admin, action, topic(null)).ok).toBe(false);
    }
    expect(can(admin, 'topic.schedule_consultation', topic()).ok).toBe(true);
  });

  it('a role in another county or at the city does not count', () => {
    expect(can(as('leader', 'county-hongtong'), 'topic.chair_review', topic()).ok).toBe(false);
    expect(can(as('city_office', null), 'topic.advance', topic()).ok).toBe(false);
    expect(can(as('city_office', null), 'topic.advance', topic(null)).ok).toBe(true);
  });

  it('says who must take the step', () => {
    expect(can(as('member'), 'topic.advance', topic())).toEqual({ ok: false, reason: '须由本级政协办公室或市政协办公室或专委会办理' });
    expect(can(as('member'), 'topic.chair_review', topic())).toEqual({ ok: false, reason: '须由本级政协主席会议办理' });
    expect(can(as('member'), 'topic.party_review', topic())).toEqual({ ok: false, reason: '须由本级党委办理' });
  });
});
