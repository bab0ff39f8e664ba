import { damped, TERM_WEIGHTS } from './similarity.js';

/**
 * The vectors of a pool of proposals, in compressed rows: proposal i's term ids (ascending) and weights (unit
 * length) are ids/weights[offsets[i] … offsets[i + 1]). One set of arrays for the pool rather than two small typed
 * arrays per proposal: 100,000 proposals would otherwise spend their time in the garbage collector.
 */
export interface PoolVectors {
  readonly size: number;
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  /** Whether a term id is a thesaurus group. */
  readonly related: Uint8Array;
  /** How many distinct terms the pool has. */
  readonly vocabularySize: number;
}

/**
 * Reads a pool proposal by proposal: the terms of each (bigrams by their characters, thesaurus groups by index)
 * summed by id in a scratch array, then appended to the pool's rows with their weights damped; each term's
 * document frequency over the proposals kept.
 */
export class PoolReader {
  private readonly bigrams = new Map<number, number>();
  private readonly groups = new Map<number, number>();
  private readonly df: number[] = [];
  private readonly related: number[] = [];
  private sums = new Float64Array(1 << 14);
  private readonly touched: number[] = [];
  private readonly rowIds: number[] = [];
  private readonly rowWeights: number[] = [];
  private readonly starts: number[] = [0];

  /** Adds an occurrence of a term to the proposal being read: a bigram by its character codes, a thesaurus group by its index. */
  add(kind: 'bigram' | 'related', code: number, weight: number): void {
    let id = kind === 'related' ? this.groups.get(code) : this.bigrams.get(code);
    if (id === undefined) {
      id = this.df.length;
      if (kind === 'related') this.groups.set(code, id);
      else this.bigrams.set(code, id);
      this.df.push(0);
      this.related.push(kind === 'related' ? 1 : 0);
      if (id >= this.sums.length) {
        const grown = new Float64Array(this.sums.length * 2);
        grown.set(this.sums);
        this.sums = grown;
      }
    }
    if (this.sums[id] === 0) this.touched.push(id);
    this.sums[id]! += weight;
  }

  /** Ends the proposal being read: kept as the next row (true) or dropped. Returns whether it had any term. */
  end(keep: boolean): boolean {
    const any = this.touched.length > 0;
    for (const id of this.touched) {
      if (keep && any) {
        this.rowIds.push(id);
        this.rowWeights.push(damped(this.sums[id]!));
        this.df[id]!++;
      }
      this.sums[id] = 0;
    }
    this.touched.length = 0;
    if (keep && any) this.starts.push(this.rowIds.length);
    return any;
  }

  /**
   * The pool's vectors: each weight × IDF over the kept proposals (with TERM_WEIGHTS.idfPrior background
   * documents), each row cut to its `maxTerms` heaviest terms, sorted by id and scaled to unit length.
   */
  vectors(maxTerms: number): PoolVectors {
    const size = this.starts.length - 1;
    const top = size + TERM_WEIGHTS.idfPrior;
    const idf = this.df.map((f) => Math.log(top / (f + 1)));
    const offsets = new Int32Array(size + 1);
    const ids = new Int32Array(this.rowIds.length);
    const weights = new Float64Array(this.rowIds.length);
    let at = 0;
    for (let r = 0; r < size; r++) {
      const from = this.starts[r]!;
      const to = this.starts[r + 1]!;
      offsets[r] = at;
      for (let k = from; k < to; k++) {
        ids[at + k - from] = this.rowIds[k]!;
        weights[at + k - from] = this.rowWeights[k]! * idf[this.rowIds[k]!]!;
      }
      let n = to - from;
      if (n > maxTerms) n = keepHeaviest(ids, weights, at, n, maxTerms);
      sortRow(ids, weights, at, n);
      let norm = 0;
      for (let k = at; k < at + n; k++) norm += weights[k]! * weights[k]!;
      norm = Math.sqrt(norm) || 1;
      for (let k = at; k < at + n; k++) weights[k]! /= norm;
      at += n;
    }
    offsets[size] = at;
    return { size, offsets, ids: ids.subarray(0, at), weights: weights.subarray(0, at), related: Uint8Array.from(this.related), vocabularySize: this.df.length };
  }
}

/** Keeps the `keep` heaviest terms of a row in its first slots (the lower id on a tie); returns the new length. */
function keepHeaviest(ids: Int32Array, ws: Float64Array, at: number, n: number, keep: number): number {
  const order = Array.from({ length: n }, (_, k) => at + k).sort((x, y) => ws[y]! - ws[x]! || ids[x]! - ids[y]!);
  const keptIds = order.slice(0, keep).map((k) => ids[k]!);
  const keptWs = order.slice(0, keep).map((k) => ws[k]!);
  for (let k = 0; k < keep; k++) {
    ids[at + k] = keptIds[k]!;
    ws[at + k] = keptWs[k]!;
  }
  return keep;
}

/** Sorts a row's ids and weights by id (insertion sort: a row has a few dozen terms). */
function sortRow(ids: Int32Array, ws: Float64Array, at: number, n: number): void {
  for (let i = at + 1; i < at + n; i++) {
    const id = ids[i]!;
    const w = ws[i]!;
    let j = i - 1;
    while (j >= at && ids[j]! > id) {
      ids[j + 1] = ids[j]!;
      ws[j + 1] = ws[j]!;
      j--;
    }
    ids[j + 1] = id;
    ws[j + 1] = w;
  }
}

/** The cosine of two rows (dot product of unit vectors, a merge over their ascending ids). */
export function rowDot(v: PoolVectors, a: number, b: number): number {
  let i = v.offsets[a]!;
  let j = v.offsets[b]!;
  const iEnd = v.offsets[a + 1]!;
  const jEnd = v.offsets[b + 1]!;
  const ids = v.ids;
  let s = 0;
  while (i < iEnd && j < jEnd) {
    const x = ids[i]!;
    const y = ids[j]!;
    if (x === y) s += v.weights[i++]! * v.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** The ids of a row's n heaviest terms, heaviest first (the lower id on a tie), by n passes: n is small. */
export function heaviestTerms(v: PoolVectors, row: number, n: number): number[] {
  const from = v.offsets[row]!;
  const to = v.offsets[row + 1]!;
  const out: number[] = [];
  const taken: number[] = [];
  for (let r = 0; r < n && r < to - from; r++) {
    let best = -1;
    for (let k = from; k < to; k++) {
      if (taken.includes(k)) continue;
      if (best < 0 || v.weights[k]! > v.weights[best]! || (v.weights[k] === v.weights[best] && v.ids[k]! < v.ids[best]!)) best = k;
    }
    taken.push(best);
    out.push(v.ids[best]!);
  }
  return out;
}
