import { kmeans } from 'ml-kmeans';
import { seededRandom } from './seeded-random.js';

/** Opinion groups (意见群体) found on the map: a group number per point, 0 the largest. */
export interface OpinionGroups {
  readonly k: number;
  readonly labels: Int32Array;
  /** Mean silhouette of the chosen clustering. */
  readonly silhouette: number;
}

const MAX_GROUPS = 5;
const SEEDS = [1, 2, 3, 4];
/** Above this many points the silhouette is taken on a fixed sample of them (see meanSilhouettes). */
const SILHOUETTE_SAMPLE = 1000;

/** Groups in a labelling 0..k-1 (a loop: spreading a large array into Math.max overflows the stack). */
const groupCount = (labels: Int32Array): number => labels.reduce((k, g) => Math.max(k, g + 1), 0);

/**
 * k-means on the 2-D points for k = 2..5 (k below the number of points and at most the number of distinct
 * points), four fixed seeds per k (kmeans++ starts, ml-kmeans iterations), the lowest inertia kept; then
 * the k with the highest mean silhouette (the smaller k on a tie), as Pol.is chooses its group count. Groups are numbered by size,
 * largest first, ties by their first point — points come in participant id order, so the numbering is
 * stable. Null when no k is possible (fewer than 3 points, or all points alike).
 */
export function findOpinionGroups(points: Float64Array): OpinionGroups | null {
  const n = points.length / 2;
  const data = Array.from({ length: n }, (_, i) => [points[2 * i]!, points[2 * i + 1]!]);
  const distinct = new Set(data.map(([x, y]) => `${x},${y}`)).size;
  const maxK = Math.min(MAX_GROUPS, n - 1, distinct);
  const candidates: Int32Array[] = [];
  for (let k = 2; k <= maxK; k++) {
    const best = bestOfSeeds(points, data, k);
    if (best) candidates.push(best);
  }
  if (candidates.length === 0) return null;
  const scores = meanSilhouettes(points, candidates);
  let chosen = 0;
  for (let c = 1; c < candidates.length; c++) if (scores[c]! > scores[chosen]!) chosen = c;
  const labels = numberBySize(candidates[chosen]!);
  return { k: groupCount(labels), labels, silhouette: scores[chosen]! };
}

/** The run with the lowest inertia over the seeds (the first seed on a tie); runs with an empty group are dropped. */
function bestOfSeeds(points: Float64Array, data: number[][], k: number): Int32Array | null {
  let best: Int32Array | null = null;
  let bestInertia = Infinity;
  for (const seed of SEEDS) {
    const initialization = kmeansPlusPlus(points, k, seed);
    const { clusters, centroids } = kmeans(data, k, { initialization, maxIterations: 100, tolerance: 1e-12 });
    const sizes = new Int32Array(k);
    let inertia = 0;
    clusters.forEach((c, i) => {
      sizes[c]! += 1;
      const [x, y] = data[i]!;
      inertia += (x! - centroids[c]![0]!) ** 2 + (y! - centroids[c]![1]!) ** 2;
    });
    if (sizes.some((s) => s === 0)) continue;
    if (inertia < bestInertia) {
      bestInertia = inertia;
      best = Int32Array.from(clusters);
    }
  }
  return best;
}

/**
 * kmeans++ starting centres (Arthur and Vassilvitskii), drawn with a seeded generator over typed arrays:
 * ml-kmeans's own kmeans++ builds ml-matrix matrices and took longer than the iterations that follow.
 */
function kmeansPlusPlus(points: Float64Array, k: number, seed: number): number[][] {
  const n = points.length / 2;
  const random = seededRandom(seed);
  const nearest = new Float64Array(n).fill(Infinity);
  const centers: number[][] = [];
  let next = Math.floor(random() * n);
  while (centers.length < k) {
    const cx = points[2 * next]!;
    const cy = points[2 * next + 1]!;
    centers.push([cx, cy]);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = (points[2 * i]! - cx) ** 2 + (points[2 * i + 1]! - cy) ** 2;
      if (d < nearest[i]!) nearest[i] = d;
      total += nearest[i]!;
    }
    let target = random() * total;
    next = n - 1;
    for (let i = 0; i < n; i++) {
      target -= nearest[i]!;
      if (target < 0) {
        next = i;
        break;
      }
    }
  }
  return centers;
}

/** Relabels so that 0 is the largest group; ties go to the group whose first point comes first. */
function numberBySize(labels: Int32Array): Int32Array {
  const k = groupCount(labels);
  const size = new Int32Array(k);
  const first = new Int32Array(k).fill(labels.length);
  labels.forEach((g, i) => {
    size[g]! += 1;
    if (first[g] === labels.length) first[g] = i;
  });
  const order = Array.from({ length: k }, (_, g) => g).sort((a, b) => size[b]! - size[a]! || first[a]! - first[b]!);
  const renamed = new Int32Array(k);
  order.forEach((g, rank) => (renamed[g] = rank));
  return labels.map((g) => renamed[g]!);
}

/**
 * The mean silhouette of each candidate labelling. A point's distances are taken once for all candidates:
 * each point carries one code for its groups under every candidate (at most 2·3·4·5 = 120 codes), the
 * distances are summed per code, and each candidate's per-group sums are read off the codes.
 * The exact silhouette is O(n²): above SILHOUETTE_SAMPLE points this averages the exact silhouette of an
 * evenly spaced sample of them (every (n / SILHOUETTE_SAMPLE)-th in id order), each point of the sample
 * measured against all points — an estimate of the mean, fixed for a given room, good enough to choose k.
 */
export function meanSilhouettes(points: Float64Array, candidates: readonly Int32Array[]): number[] {
  const n = points.length / 2;
  const samples = Math.min(n, SILHOUETTE_SAMPLE);
  const groupCounts = candidates.map(groupCount);
  const strides = groupCounts.map((_, c) => groupCounts.slice(0, c).reduce((a, b) => a * b, 1));
  const codeCount = groupCounts.reduce((a, b) => a * b, 1);
  const codes = new Int32Array(n);
  candidates.forEach((labels, c) => labels.forEach((g, j) => (codes[j]! += g * strides[c]!)));
  const sizes = candidates.map((labels, c) => {
    const s = new Int32Array(groupCounts[c]!);
    for (const g of labels) s[g]! += 1;
    return s;
  });
  const totals = new Float64Array(candidates.length);
  const codeSums = new Float64Array(codeCount);
  const sums = new Float64Array(MAX_GROUPS);
  for (let s = 0; s < samples; s++) {
    const i = Math.floor((s * n) / samples);
    const xi = points[2 * i]!;
    const yi = points[2 * i + 1]!;
    codeSums.fill(0);
    for (let j = 0; j < n; j++) {
      const dx = points[2 * j]! - xi;
      const dy = points[2 * j + 1]! - yi;
      codeSums[codes[j]!]! += Math.sqrt(dx * dx + dy * dy);
    }
    candidates.forEach((labels, c) => {
      const k = groupCounts[c]!;
      const size = sizes[c]!;
      const own = labels[i]!;
      if (size[own]! <= 1) return; // a point alone in its group scores 0
      sums.fill(0);
      for (let code = 0; code < codeCount; code++) sums[Math.floor(code / strides[c]!) % k]! += codeSums[code]!;
      const a = sums[own]! / (size[own]! - 1);
      let b = Infinity;
      for (let g = 0; g < k; g++) if (g !== own) b = Math.min(b, sums[g]! / size[g]!);
      const denominator = Math.max(a, b);
      totals[c]! += denominator > 0 ? (b - a) / denominator : 0;
    });
  }
  return Array.from(totals, (t) => t / samples);
}
