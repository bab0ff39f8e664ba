import type { GroupPlace } from './group-labels.js';
import { heaviestTerms, rowDot, type PoolVectors } from './proposal-vectors.js';
import type { SimilarityEdges } from './sparse-linkage.js';

/** How blocking puts pairs forward (see PROPOSAL_GROUPING in grouping.ts). */
export interface BlockingTuning {
  readonly blockTerms: number;
  readonly smallBlock: number;
  readonly window: number;
  readonly minEdge: number;
}

/**
 * Blocking — the pairs worth comparing, never all pairs: every proposal goes in one block per (place, term) for
 * its `blockTerms` heaviest terms and its thesaurus groups. A small block compares all its pairs; a large one (many
 * proposals of one place on one subject, or county-wide) sorts its proposals by their heaviest terms and compares
 * each with the next `window` in that order (sorted neighbourhood). Each pair is compared once; the pairs reaching
 * `minEdge` are returned as edges.
 */
export function candidatePairs(v: PoolVectors, places: readonly GroupPlace[], tuning: BlockingTuning): SimilarityEdges {
  const placeIds = new Map<string, number>([['', 0]]);
  const blocks = new Map<number, number[]>();
  const strongest: number[][] = [];
  for (let i = 0; i < v.size; i++) {
    const heaviest = heaviestTerms(v, i, Math.max(tuning.blockTerms, 3));
    strongest.push(heaviest.slice(0, 3));
    const keys = new Set(heaviest.slice(0, tuning.blockTerms));
    for (let k = v.offsets[i]!; k < v.offsets[i + 1]!; k++) if (v.related[v.ids[k]!]) keys.add(v.ids[k]!);
    const place = places[i]!;
    for (const pl of place.level === 'none' ? [''] : place.keys.map((key) => `${place.level}:${key}`)) {
      let pid = placeIds.get(pl);
      if (pid === undefined) placeIds.set(pl, (pid = placeIds.size));
      for (const t of keys) {
        const key = pid * v.vocabularySize + t;
        const list = blocks.get(key);
        if (list) list.push(i);
        else blocks.set(key, [i]);
      }
    }
  }
  const partners: number[][] = Array.from({ length: v.size }, () => []);
  const pair = (x: number, y: number) => (x < y ? partners[x]!.push(y) : partners[y]!.push(x));
  for (const list of blocks.values()) {
    if (list.length < 2) continue;
    if (list.length <= tuning.smallBlock) {
      for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) pair(list[a]!, list[b]!);
      continue;
    }
    const sorted = [...list].sort((x, y) => compareStrongest(strongest[x]!, strongest[y]!) || x - y);
    for (let a = 0; a < sorted.length; a++) for (let b = a + 1; b <= a + tuning.window && b < sorted.length; b++) pair(sorted[a]!, sorted[b]!);
  }
  const edges = new EdgeList();
  const mark = new Int32Array(v.size).fill(-1);
  partners.forEach((list, a) => {
    for (const b of list) {
      if (mark[b] === a) continue;
      mark[b] = a;
      const sim = rowDot(v, a, b);
      if (sim >= tuning.minEdge) edges.push(a, b, sim);
    }
  });
  return edges;
}

/** Orders two proposals by their heaviest term ids, so that proposals on the same points sit side by side. */
function compareStrongest(x: readonly number[], y: readonly number[]): number {
  for (let k = 0; k < Math.min(x.length, y.length); k++) if (x[k] !== y[k]) return x[k]! - y[k]!;
  return x.length - y.length;
}

/** Edges in growable parallel typed arrays. */
class EdgeList implements SimilarityEdges {
  length = 0;
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  sim = new Float64Array(1024);

  /** Appends an edge. */
  push(a: number, b: number, sim: number): void {
    if (this.length === this.a.length) {
      const grow = <T extends Int32Array | Float64Array>(x: T, make: (n: number) => T): T => {
        const y = make(x.length * 2);
        y.set(x);
        return y;
      };
      this.a = grow(this.a, (n) => new Int32Array(n));
      this.b = grow(this.b, (n) => new Int32Array(n));
      this.sim = grow(this.sim, (n) => new Float64Array(n));
    }
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.sim[this.length++] = sim;
  }
}
