import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { can } from './can.js';

const actor = (role: string, countyId: string | null): Actor => ({ userId: 'u', grants: [{ role: role as never, orgId: 'o', countyId }] });
const county = (id: string | null) => ({ type: 'statistics' as const, scope: [id] });

describe('statistics policy', () => {
  it('a county office reads its own county only', () => {
    expect(can(actor('county_office', 'a'), 'statistics.read', county('a')).ok).toBe(true);
    expect(can(actor('county_office', 'a'), 'statistics.read', county('b')).ok).toBe(false);
    expect(can(actor('county_office', 'a'), 'statistics.read_city', county(null)).ok).toBe(false);
  });
  it('the city office reads every county and the dashboard, and alone sets the thresholds', () => {
    const city = actor('city_office', null);
    expect(can(city, 'statistics.read', county('b')).ok).toBe(true);
    expect(can(city, 'statistics.read_city', county(null)).ok).toBe(true);
    expect(can(city, 'statistics.set_thresholds', county(null)).ok).toBe(true);
    expect(can(actor('admin', null), 'statistics.set_thresholds', county(null)).ok).toBe(false);
    expect(can(actor('county_office', 'a'), 'statistics.set_thresholds', county(null)).ok).toBe(false);
  });
  it('members, departments and party reviewers are refused', () => {
    for (const role of ['member', 'dept_handler', 'party_reviewer']) expect(can(actor(role, 'a'), 'statistics.read', county('a')).ok).toBe(false);
    expect(can({ userId: null, grants: [] }, 'statistics.read', county('a')).ok).toBe(false);
  });
  it('a county leader reads the county, not the city', () => {
    expect(can(actor('leader', 'a'), 'statistics.read', county('a')).ok).toBe(true);
    expect(can(actor('leader', 'a'), 'statistics.read_city', county(null)).ok).toBe(false);
  });
});
