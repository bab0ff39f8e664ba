import { describe, expect, it } from 'vitest';
import { overlapSimilarity, pageRank, textRank, topIndices } from '../../src/text/textrank.js';

describe('textRank', () => {
  // Checked by hand: C shares words with A, B and D; E shares none; D is shortest and shares the least.
  const sentences = [
    ['道路', '养护', '资金'], // A
    ['道路', '养护', '责任'], // B
    ['道路', '养护', '资金', '责任'], // C
    ['养护', '资金'], // D
    ['天气', '很好'], // E
  ];

  it('picks the central sentence of a small hand-checked case', () => {
    const scores = textRank(sentences);
    expect(topIndices(scores, 1)).toEqual([2]);
    expect(topIndices(scores, 5).at(-1)).toBe(4);
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('is deterministic and gives an isolated sentence the teleport share only', () => {
    expect(textRank(sentences)).toEqual(textRank(sentences));
    const scores = textRank(sentences);
    // E has no edges: it gets (1-d)/n plus its share of the dangling mass, the least of all.
    expect(scores[4]).toBeLessThan(scores[3]!);
  });

  it('uses the similarity of the original paper', () => {
    expect(overlapSimilarity(['a', 'b', 'c'], ['b', 'c', 'd', 'e'])).toBeCloseTo(2 / (Math.log(3) + Math.log(4)), 12);
    expect(overlapSimilarity(['a'], ['a'])).toBe(1);
    expect(overlapSimilarity([], ['a'])).toBe(0);
  });

  it('handles no sentences, one sentence and a caller-given similarity', () => {
    expect(textRank([])).toEqual([]);
    expect(textRank([['路']])).toEqual([1]);
    const scores = pageRank(3, (i, j) => (i === 0 || j === 0 ? 1 : 0));
    expect(topIndices(scores, 1)).toEqual([0]);
  });
});
