import { describe, expect, it } from 'vitest';
import { draftMinutes } from '../../src/text/minutes-draft.js';
import { covered, loadFixture, pairwise, placeUtterances } from './quality.js';

/**
 * The draft measured against what a clerk did with the same opinions (fixtures/consultation-opinions.json):
 * theme grouping as pairwise F1 over the utterances the clerk gave a theme, and coverage of the clerk's key
 * points in the summary. Floors sit a little under what the draft reaches (F1 0.52 / 0.35 / 0.42, mean
 * 0.43; coverage 11/12, 10/12, 9/11), so that a regression fails.
 */
describe('draft 协商纪要 quality on the fixture', () => {
  const consultations = loadFixture();

  it('the fixture is what it claims: three consultations of 12–25 labelled utterances with reference points', () => {
    expect(consultations).toHaveLength(3);
    for (const c of consultations) {
      expect(c.utterances.length).toBeGreaterThanOrEqual(12);
      expect(c.utterances.length).toBeLessThanOrEqual(25);
      for (const u of c.utterances) if (u.theme !== null) expect(Object.keys(c.themes)).toContain(u.theme);
      expect(c.reference.length).toBeGreaterThanOrEqual(8);
    }
  });

  it('groups utterances into themes as the clerk did, above the floor', () => {
    const f1 = consultations.map((c) => pairwise(c.utterances.map((u) => u.theme), placeUtterances(c.utterances)).f1);
    for (const v of f1) expect(v).toBeGreaterThanOrEqual(0.3);
    expect(f1.reduce((a, b) => a + b, 0) / f1.length).toBeGreaterThanOrEqual(0.38);
  });

  it('covers the clerk’s key points in the summary, above the floor', () => {
    let points = 0;
    let found = 0;
    for (const c of consultations) {
      const got = covered(c.reference, draftMinutes(c.utterances).summary).length;
      expect(got / c.reference.length).toBeGreaterThanOrEqual(0.7);
      points += c.reference.length;
      found += got;
    }
    expect(found / points).toBeGreaterThanOrEqual(0.8);
  });

  it('leaves the chair’s opening and closing out of the points', () => {
    for (const c of consultations) {
      const chair = c.utterances.filter((u) => u.theme === null && /政协副主席/.test(u.org ?? ''));
      expect(chair.length).toBeGreaterThan(0);
      const points = draftMinutes(c.utterances).themes.flatMap((t) => t.points);
      for (const p of points) expect(chair.some((u) => u.text.includes(p.text))).toBe(false);
    }
  });
});
