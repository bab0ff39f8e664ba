/** The edges of a similarity graph, in parallel arrays (100,000 items give some 500,000): two items and their similarity. */
export interface SimilarityEdges {
  readonly length: number;
  readonly a: ArrayLike<number>;
  readonly b: ArrayLike<number>;
  readonly sim: ArrayLike<number>;
}

/** What the clustering may ask of its items beyond the edges. */
export interface LinkageOptions<S> {
  /** Every item's state (its place), which decides whether two clusters may merge. */
  readonly state: (i: number) => S;
  /** Whether clusters of these states may merge; once refused, never allowed again (states only narrow). */
  readonly compatible: (x: S, y: S) => boolean;
  /** The state of a merged cluster. */
  readonly join: (x: S, y: S) => S;
  /** The average similarity clusters of this state need to merge, at least the threshold (a place is evidence too). */
  readonly thresholdOf?: (x: S) => number;
  /** The similarity of any two items, for the pairs blocking did not put forward. */
  readonly similarity: (i: number, j: number) => number;
  /** Up to this many member pairs, a merge is decided on the average over all pairs; beyond, over a sample. */
  readonly exactPairs: number;
  /** How many member pairs the sample of large clusters holds. */
  readonly samplePairs: number;
}

/** The links between two clusters: the sum and count of the member similarities known so far (`full` when all are). */
interface Link {
  sum: number;
  count: number;
}

/**
 * Average-linkage clustering on a sparse graph: like `agglomerate` (cluster.ts), but only the pairs that blocking
 * put forward start with a similarity, so it scales to 100,000 items. The two clusters with the highest average
 * similarity merge first, until none reaches `threshold` (or the higher one `thresholdOf` asks for their state).
 *
 * A heap holds one entry per edge at first. A merged pair's average is never above the larger of the two it comes
 * from (Lance–Williams), so the old entries stay upper bounds and a merge pushes nothing: a popped entry whose
 * clusters' average has fallen goes back with the current value. Blocking puts forward the likelier pairs, so an
 * average over them alone runs high: before two clusters merge, their average is computed over all their member
 * pairs (or `samplePairs` of them drawn evenly, for large clusters) and the merge waits its turn again with it.
 * `compatible` may forbid a merge (two villages). Ties go to the lower indices, so the same input gives the same
 * clusters. Returns the clusters as ascending lists of indices, ordered by their first index.
 */
export function sparseAverageLinkage<S>(n: number, edges: SimilarityEdges, threshold: number, opts: LinkageOptions<S>): number[][] {
  const links: (Map<number, Link> | null)[] = new Array(n).fill(null);
  const linksOf = (i: number): Map<number, Link> => links[i] ?? (links[i] = new Map());
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  const state: S[] = Array.from({ length: n }, (_, i) => opts.state(i));
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) {
      const next = parent[i]!;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const heap = new CandidateHeap();
  for (let e = 0; e < edges.length; e++) {
    const a = edges.a[e]!;
    const b = edges.b[e]!;
    const sim = edges.sim[e]!;
    if (a === b || linksOf(a).has(b)) continue;
    const link = { sum: sim, count: 1 };
    linksOf(a).set(b, link);
    linksOf(b).set(a, link);
    if (sim >= threshold) heap.push(sim, Math.min(a, b), Math.max(a, b));
  }
  while (heap.pop()) {
    const top = heap.top;
    if (top.avg < threshold) break;
    const a = find(top.a);
    const b = find(top.b);
    if (a === b || !opts.compatible(state[a]!, state[b]!)) continue;
    const link = links[a]?.get(b);
    if (!link) continue;
    const pairs = members[a]!.length * members[b]!.length;
    if (link.count < pairs) {
      link.sum = averageSimilarity(members[a]!, members[b]!, opts) * pairs;
      link.count = pairs;
    }
    const avg = link.sum / link.count;
    if (avg < (opts.thresholdOf?.(state[a]!) ?? threshold)) continue;
    if (avg < top.avg) {
      heap.push(avg, top.a, top.b);
      continue;
    }
    // The cluster with more neighbours keeps its identity, so a merge costs the smaller one's neighbours only.
    const [keep, gone] = links[b]!.size > links[a]!.size ? [b, a] : [a, b];
    const into = links[keep]!;
    into.delete(gone);
    for (const [k, l] of links[gone]!) {
      if (k === keep) continue;
      const other = links[k]!;
      other.delete(gone);
      const existing = into.get(k);
      if (existing) {
        existing.sum += l.sum;
        existing.count += l.count;
      } else {
        into.set(k, l);
        other.set(keep, l);
      }
    }
    links[gone] = null;
    const [big, small] = members[keep]!.length >= members[gone]!.length ? [members[keep]!, members[gone]!] : [members[gone]!, members[keep]!];
    for (const m of small) big.push(m);
    members[keep] = big;
    members[gone] = null;
    state[keep] = opts.join(state[keep]!, state[gone]!);
    parent[gone] = keep;
  }
  return members
    .filter((m): m is number[] => m !== null)
    .map((m) => m.sort((x, y) => x - y))
    .sort((x, y) => x[0]! - y[0]!);
}

/**
 * The average similarity between two clusters' members: over all pairs when there are at most `exactPairs`, else
 * over `samplePairs` pairs drawn evenly through the pair grid (the same clusters give the same estimate). An estimate
 * from pairs drawn so is unbiased, where the pairs that blocking put forward are the likelier ones.
 */
function averageSimilarity(x: readonly number[], y: readonly number[], opts: { readonly similarity: (i: number, j: number) => number; readonly exactPairs: number; readonly samplePairs: number }): number {
  const pairs = x.length * y.length;
  let sum = 0;
  if (pairs <= opts.exactPairs) {
    for (const i of x) for (const j of y) sum += opts.similarity(i, j);
    return sum / pairs;
  }
  const k = strideFor(y.length);
  for (let t = 0; t < opts.samplePairs; t++) {
    const p = Math.floor((t * pairs) / opts.samplePairs);
    const i = p % x.length;
    sum += opts.similarity(x[i]!, y[(Math.floor(p / x.length) + i * k) % y.length]!);
  }
  return sum / opts.samplePairs;
}

/** A stride prime to n near n·0.618, so that the members of y met with successive members of x are spread out. */
function strideFor(n: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let k = Math.max(1, Math.round(n * 0.618));
  while (gcd(k, n) !== 1) k++;
  return k;
}

/**
 * A binary max-heap of candidate merges (average, then the lower item indices first), kept in three parallel
 * growable arrays rather than objects: 100,000 proposals give some 500,000 edges.
 */
class CandidateHeap {
  private avg = new Float64Array(1024);
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private size = 0;

  /** Adds a candidate. */
  push(avg: number, a: number, b: number): void {
    if (this.size === this.avg.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(avg, a, b, p)) break;
      this.move(p, i);
      i = p;
    }
    this.avg[i] = avg;
    this.a[i] = a;
    this.b[i] = b;
  }

  /** The candidate the last `pop` removed (one object, overwritten by each pop). */
  readonly top = { avg: 0, a: 0, b: 0 };

  /** Removes the first candidate into `top`; false when the heap is empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    const top = this.top;
    top.avg = this.avg[0]!;
    top.a = this.a[0]!;
    top.b = this.b[0]!;
    const last = --this.size;
    const avg = this.avg[last]!;
    const a = this.a[last]!;
    const b = this.b[last]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const m = r < this.size && this.precedes(r, l) ? r : l;
      if (!this.beforeValue(m, avg, a, b)) break;
      this.move(m, i);
      i = m;
    }
    if (this.size > 0) {
      this.avg[i] = avg;
      this.a[i] = a;
      this.b[i] = b;
    }
    return true;
  }

  /** Whether the candidate (avg, a, b) comes before the one at slot j. */
  private before(avg: number, a: number, b: number, j: number): boolean {
    const y = this.avg[j]!;
    return avg > y || (avg === y && (a < this.a[j]! || (a === this.a[j]! && b < this.b[j]!)));
  }

  /** Whether the candidate at slot i comes before the one at slot j. */
  private precedes(i: number, j: number): boolean {
    return this.before(this.avg[i]!, this.a[i]!, this.b[i]!, j);
  }

  /** Whether the candidate at slot m comes before the candidate (avg, a, b). */
  private beforeValue(m: number, avg: number, a: number, b: number): boolean {
    const x = this.avg[m]!;
    return x > avg || (x === avg && (this.a[m]! < a || (this.a[m]! === a && this.b[m]! < b)));
  }

  /** Copies slot from into slot to. */
  private move(from: number, to: number): void {
    this.avg[to] = this.avg[from]!;
    this.a[to] = this.a[from]!;
    this.b[to] = this.b[from]!;
  }

  /** Doubles the capacity. */
  private grow(): void {
    const avg = new Float64Array(this.avg.length * 2);
    const a = new Int32Array(this.a.length * 2);
    const b = new Int32Array(this.b.length * 2);
    avg.set(this.avg);
    a.set(this.a);
    b.set(this.b);
    this.avg = avg;
    this.a = a;
    this.b = b;
  }
}
