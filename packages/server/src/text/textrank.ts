/** Options of the power iteration. */
export interface RankOptions {
  /** The damping factor d of PageRank; TextRank uses 0.85. */
  readonly damping?: number;
  readonly maxIterations?: number;
  /** Stop once the scores move less than this in total (L1). */
  readonly tolerance?: number;
}

/**
 * Weighted PageRank by power iteration over a symmetric similarity matrix given as a function of two
 * indices (the diagonal is ignored). Starts from the uniform vector and visits nodes in index order, so the
 * same input always gives the same scores. A node with no edges spreads its score evenly. Scores sum to 1.
 */
export function pageRank(n: number, weight: (i: number, j: number) => number, opts: RankOptions = {}): Float64Array {
  const d = opts.damping ?? 0.85;
  const maxIterations = opts.maxIterations ?? 100;
  const tolerance = opts.tolerance ?? 1e-9;
  if (n === 0) return new Float64Array(0);
  const w = new Float64Array(n * n);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = Math.max(0, weight(i, j));
      w[i * n + j] = v;
      w[j * n + i] = v;
      out[i]! += v;
      out[j]! += v;
    }
  }
  let score = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iter = 0; iter < maxIterations; iter++) {
    let dangling = 0;
    for (let j = 0; j < n; j++) if (out[j] === 0) dangling += score[j]!;
    const base = (1 - d) / n + (d * dangling) / n;
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) {
        const v = w[j * n + i]!;
        if (v > 0) s += (v / out[j]!) * score[j]!;
      }
      next[i] = base + d * s;
      moved += Math.abs(next[i]! - score[i]!);
    }
    [score, next] = [next, score];
    if (moved < tolerance) break;
  }
  return score;
}

/**
 * The similarity of two sentences in the original TextRank paper (Mihalcea & Tarau 2004): the number of
 * words they share, divided by the sum of the logarithms of their lengths.
 */
export function overlapSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const inB = new Set(b);
  let shared = 0;
  for (const w of new Set(a)) if (inB.has(w)) shared++;
  if (shared === 0) return 0;
  const norm = Math.log(a.length) + Math.log(b.length);
  // Two one-word sentences that share their word: log 1 + log 1 = 0, and they are as similar as can be.
  return norm > 0 ? shared / norm : shared;
}

/**
 * TextRank over sentences given as word lists: each sentence's centrality, higher is more central. With
 * `similarity` the caller supplies another edge weight (e.g. cosine over TF-IDF vectors).
 */
export function textRank(sentences: readonly (readonly string[])[], opts: RankOptions & { similarity?: (i: number, j: number) => number } = {}): number[] {
  const sim = opts.similarity ?? ((i: number, j: number) => overlapSimilarity(sentences[i]!, sentences[j]!));
  return Array.from(pageRank(sentences.length, sim, opts));
}

/** The indices of the k highest scores, best first; ties go to the earlier index. */
export function topIndices(scores: ArrayLike<number>, k: number): number[] {
  return Array.from({ length: scores.length }, (_, i) => i)
    .sort((a, b) => scores[b]! - scores[a]! || a - b)
    .slice(0, Math.max(0, k));
}
