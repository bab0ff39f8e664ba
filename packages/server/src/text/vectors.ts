/** A sparse vector: term ids in ascending order and their weights. */
export interface SparseVector {
  readonly ids: readonly number[];
  readonly weights: readonly number[];
}

/** The empty vector. */
export const EMPTY_VECTOR: SparseVector = { ids: [], weights: [] };

/** Dot product of two sparse vectors (a merge over their sorted ids). */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) s += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Cosine similarity; 0 when either vector is empty. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const n = Math.sqrt(dot(a, a) * dot(b, b));
  return n > 0 ? dot(a, b) / n : 0;
}

/** A vector from a map of id → weight, scaled to unit length. */
export function unitVector(entries: ReadonlyMap<number, number>): SparseVector {
  const ids = [...entries.keys()].filter((id) => entries.get(id)! !== 0).sort((x, y) => x - y);
  const weights = ids.map((id) => entries.get(id)!);
  const norm = Math.sqrt(weights.reduce((s, w) => s + w * w, 0));
  return norm > 0 ? { ids, weights: weights.map((w) => w / norm) } : EMPTY_VECTOR;
}

/** The weighted sum Σ cᵢ·vᵢ as a map (for centroids and context mixing). */
export function weightedSum(parts: readonly (readonly [SparseVector, number])[]): Map<number, number> {
  const sum = new Map<number, number>();
  for (const [v, c] of parts) {
    for (let i = 0; i < v.ids.length; i++) sum.set(v.ids[i]!, (sum.get(v.ids[i]!) ?? 0) + c * v.weights[i]!);
  }
  return sum;
}

/**
 * TF-IDF vectors of documents given as word lists, the document frequency counted over these documents
 * themselves: a word every speaker used at a meeting on roads (路) weighs little, one only a few used
 * (限高杆) weighs much. Term frequency is damped (1 + ln tf) so a repeated word does not dominate.
 * `weightOf` scales a word's weight on top (e.g. by its rarity in a general corpus).
 * Returns the vectors (unit length), the vocabulary (id → word, word → id) and each word's document frequency.
 */
export function tfIdfVectors(docs: readonly (readonly string[])[], weightOf: (word: string) => number = () => 1): { vectors: SparseVector[]; words: string[]; df: number[]; index: ReadonlyMap<string, number> } {
  const idOf = new Map<string, number>();
  const words: string[] = [];
  const df: number[] = [];
  const counts = docs.map((doc) => {
    const c = new Map<number, number>();
    for (const w of doc) {
      let id = idOf.get(w);
      if (id === undefined) {
        id = words.length;
        idOf.set(w, id);
        words.push(w);
        df.push(0);
      }
      c.set(id, (c.get(id) ?? 0) + 1);
    }
    for (const id of c.keys()) df[id]!++;
    return c;
  });
  const n = docs.length;
  const idf = df.map((f, id) => Math.log((n + 1) / f) * weightOf(words[id]!));
  const vectors = counts.map((c) => {
    const weighted = new Map<number, number>();
    for (const [id, tf] of c) weighted.set(id, (1 + Math.log(tf)) * idf[id]!);
    return unitVector(weighted);
  });
  return { vectors, words, df, index: idOf };
}

/**
 * Vectors of documents with each word weighted by a fixed weight (e.g. its IDF in a general corpus) instead
 * of its frequency among these documents: for telling whether two sentences say the same thing, which should
 * not depend on how many other sentences there are. Term frequency is damped as in `tfIdfVectors`.
 */
export function weightedVectors(docs: readonly (readonly string[])[], weightOf: (word: string) => number): SparseVector[] {
  const idOf = new Map<string, number>();
  return docs.map((doc) => {
    const weighted = new Map<number, number>();
    const counts = new Map<string, number>();
    for (const w of doc) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const [w, tf] of counts) {
      let id = idOf.get(w);
      if (id === undefined) idOf.set(w, (id = idOf.size));
      weighted.set(id, (1 + Math.log(tf)) * weightOf(w));
    }
    return unitVector(weighted);
  });
}
