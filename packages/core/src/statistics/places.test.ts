import { describe, expect, it } from 'vitest';
import { type PlaceOrg, placeCoverage } from './places.js';

const orgs: PlaceOrg[] = [
  { id: 't1', parentId: 'c', kind: 'township', name: '甲镇' },
  { id: 'v1', parentId: 't1', kind: 'village', name: '甲村' },
  { id: 'v2', parentId: 't1', kind: 'community', name: '乙社区' },
  { id: 't2', parentId: 'c', kind: 'township', name: '乙乡' },
  { id: 'v3', parentId: 't2', kind: 'village', name: '丙村' },
];

describe('placeCoverage', () => {
  it('counts a village consultation for its township and flags places with none', () => {
    const c = placeCoverage(orgs, new Map([['v1', 2]]));
    expect(c.rows.map((r) => [r.name, r.consultations, r.flagged])).toEqual([
      ['甲镇', 2, false],
      ['甲村', 2, false],
      ['乙社区', 0, true],
      ['乙乡', 0, true],
      ['丙村', 0, true],
    ]);
    expect([c.townships, c.townshipsWithout, c.villages, c.villagesWithout]).toEqual([2, 1, 3, 2]);
    expect(c.rows[1]!.parentName).toBe('甲镇');
  });
  it('a township consultation does not cover its villages', () => {
    const c = placeCoverage(orgs, new Map([['t2', 1]]));
    expect(c.rows.find((r) => r.id === 't2')!.flagged).toBe(false);
    expect(c.rows.find((r) => r.id === 'v3')!.flagged).toBe(true);
  });
});
