import { describe, expect, it } from 'vitest';
import { findOpinionGroups, meanSilhouettes } from './opinion-groups.js';

/** The textbook silhouette, every pair of points. */
function exactSilhouette(points: Float64Array, labels: Int32Array): number {
  const n = labels.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const sums = new Map<number, { sum: number; size: number }>();
    for (let j = 0; j < n; j++) {
      const s = sums.get(labels[j]!) ?? { sum: 0, size: 0 };
      s.sum += Math.hypot(points[2 * i]! - points[2 * j]!, points[2 * i + 1]! - points[2 * j + 1]!);
      s.size += 1;
      sums.set(labels[j]!, s);
    }
    const own = sums.get(labels[i]!)!;
    if (own.size === 1) continue;
    const a = own.sum / (own.size - 1);
    const b = Math.min(...[...sums].filter(([g]) => g !== labels[i]).map(([, s]) => s.sum / s.size));
    total += (b - a) / Math.max(a, b);
  }
  return total / n;
}

describe('意见群体', () => {
  it('scores a clustering by its mean silhouette', () => {
    const points = Float64Array.from([0, 0, 0, 1, 10, 0, 10, 1]);
    const [s] = meanSilhouettes(points, [Int32Array.from([0, 0, 1, 1])]);
    expect(s).toBeCloseTo(exactSilhouette(points, Int32Array.from([0, 0, 1, 1])), 12);
    expect(s).toBeCloseTo(1 - 1 / ((10 + Math.sqrt(101)) / 2), 12);
  });

  it('estimates the silhouette of a large room from a fixed sample, close to the exact one', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const n = 2000;
    const points = Float64Array.from({ length: 2 * n }, (_, k) => (k % 2 === 0 && k / 2 < n / 2 ? 3 : 0) + random() * 4);
    const labels = Int32Array.from({ length: n }, (_, i) => (i < n / 2 ? 0 : 1));
    const [estimate] = meanSilhouettes(points, [labels]);
    expect(Math.abs(estimate! - exactSilhouette(points, labels))).toBeLessThan(0.01);
  });

  it('chooses the number of groups the points show, largest group first', () => {
    const centres = [[0, 0], [20, 0], [0, 20]] as const;
    const sizes = [30, 50, 40];
    const coords: number[] = [];
    sizes.forEach((size, g) => {
      for (let i = 0; i < size; i++) coords.push(centres[g]![0] + (i % 5) * 0.3, centres[g]![1] + Math.floor(i / 5) * 0.1);
    });
    const found = findOpinionGroups(Float64Array.from(coords))!;
    expect(found.k).toBe(3);
    expect([...found.labels.slice(0, 30)].every((g) => g === 2)).toBe(true);
    expect([...found.labels.slice(30, 80)].every((g) => g === 0)).toBe(true);
    expect(findOpinionGroups(Float64Array.from([1, 1, 1, 1, 1, 1]))).toBeNull();
  });
});
