import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import type { Actor, Subject } from './actor.js';
import { can } from './can.js';

const HUOZHOU = 'county-huozhou';
const HONGTONG = 'county-hongtong';

/** An actor holding one role in the county (null: at the city). */
const actor = (role: Role, countyId: string | null): Actor => ({ userId: `u-${role}-${countyId}`, grants: [{ role, orgId: countyId ?? 'city', countyId }] });
const point = (countyId: string | null): Subject => ({ type: 'contact_point', scope: [countyId] });
const experience: Subject = { type: 'experience', scope: [null] };

describe('市政协走访座谈（第四条(七)）', () => {
  it('only the city office records visits — not an administrator, not a county office, not the county of the contact point', () => {
    expect(can(actor('city_office', null), 'contact_point.record_visit', point(HUOZHOU)).ok).toBe(true);
    for (const who of [actor('admin', null), actor('county_office', HUOZHOU), actor('member', null), actor('leader', null)]) expect(can(who, 'contact_point.record_visit', point(HUOZHOU)).ok).toBe(false);
  });

  it('the city CPPCC and the county of the contact point read the visits; another county does not', () => {
    for (const who of [actor('city_office', null), actor('member', null), actor('leader', null), actor('county_office', HUOZHOU), actor('admin', null)]) expect(can(who, 'contact_point.read_visits', point(HUOZHOU)).ok).toBe(true);
    for (const who of [actor('county_office', HONGTONG), actor('member', HUOZHOU), actor('dept_handler', HUOZHOU)]) expect(can(who, 'contact_point.read_visits', point(HUOZHOU)).ok).toBe(false);
    // 段村: county unknown, so only the city reads its visits.
    expect(can(actor('county_office', HUOZHOU), 'contact_point.read_visits', point(null)).ok).toBe(false);
  });
});

describe('经验交流（第七条）', () => {
  it('every level’s office, committees, leaders and members read; departments and party reviewers do not', () => {
    for (const role of ['county_office', 'committee_staff', 'leader', 'member'] as const) expect(can(actor(role, HONGTONG), 'experience.read', experience).ok).toBe(true);
    for (const role of ['dept_handler', 'party_reviewer', 'resident'] as const) expect(can(actor(role, HONGTONG), 'experience.read', experience).ok).toBe(false);
  });

  it('only the city office writes (and sees drafts)', () => {
    expect(can(actor('city_office', null), 'experience.write', experience).ok).toBe(true);
    const refused = can(actor('county_office', HONGTONG), 'experience.write', experience);
    expect(refused).toEqual({ ok: false, reason: '经验交流由市政协办公室撰写和发布' });
    for (const who of [actor('admin', null), actor('leader', null), actor('member', null)]) expect(can(who, 'experience.write', experience).ok).toBe(false);
  });
});
