import { UNSEEN, type VoteMatrix } from './vote-matrix.js';

/** The two principal components of a room's votes and the column means they are centred on. */
export interface PrincipalComponents {
  readonly center: Float64Array;
  readonly components: readonly [Float64Array, Float64Array];
}

/** Vectors of the subspace iteration (the products below are written out for four). */
const SUBSPACE = 4;
const MAX_ITERATIONS = 300;
/** Converged when each of the top two vectors moved by less than about 1e-5 rad (1 − |cos| < 1e-10). */
const TOLERANCE = 1e-10;

/**
 * The first two principal components of the vote matrix, unseen cells imputed with the statement's mean
 * over its voters (so they are 0 once centred, and only the votes cast add to the covariance).
 *
 * Pol.is finds them by power iteration (pca.clj); this is the same idea made robust and fast: subspace
 * iteration on the statements' covariance with four vectors and a Rayleigh–Ritz step, from a fixed start.
 * ml-pca was measured first on 5,000 × 300: 8.6 s with its covariance method, 23 s with NIPALS, and SVD
 * had not finished after 5 minutes (ml-matrix works element by element), against a target of 1 s for the
 * whole map; the tests check these components against ml-pca's SVD on a 300 × 60 room.
 * Each component's sign is fixed (its largest loading positive) so that the map does not flip between runs.
 */
export function principalComponents(matrix: VoteMatrix): PrincipalComponents {
  const m = matrix.statementIds.length;
  const n = matrix.participantIds.length;
  const { cells } = matrix;
  const center = new Float64Array(m);
  const seen = new Float64Array(m);
  for (let i = 0, o = 0; i < n; i++) {
    for (let j = 0; j < m; j++, o++) {
      const v = cells[o]!;
      if (v === UNSEEN) continue;
      center[j]! += v;
      seen[j]! += 1;
    }
  }
  for (let j = 0; j < m; j++) center[j] = seen[j]! > 0 ? center[j]! / seen[j]! : 0;

  const rows = centeredRows(matrix, center);
  const [first, second] = topEigenvectors(rows, m);
  return { center, components: [fixSign(first!), fixSign(second ?? new Float64Array(m))] };
}

/**
 * Each counted participant's position: the projection of their centred votes, scaled by
 * sqrt(statements / votes) as Pol.is does (sparsity-aware-project-ptpt), so that someone who voted on
 * few statements is not drawn to the centre. Returns x, y interleaved.
 */
export function projectParticipants(matrix: VoteMatrix, pcs: PrincipalComponents): Float64Array {
  const m = matrix.statementIds.length;
  const n = matrix.participantIds.length;
  const { cells } = matrix;
  const [pc1, pc2] = pcs.components;
  const points = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) {
    let x = 0;
    let y = 0;
    for (let j = 0, o = i * m; j < m; j++, o++) {
      const v = cells[o]!;
      if (v === UNSEEN) continue;
      const d = v - pcs.center[j]!;
      x += d * pc1[j]!;
      y += d * pc2[j]!;
    }
    const scale = Math.sqrt(m / Math.max(matrix.voteCounts[i]!, 1));
    points[2 * i] = x * scale;
    points[2 * i + 1] = y * scale;
  }
  return points;
}

/** A fixed, well-spread start: a small xorshift sequence, so that no start vector is orthogonal by design. */
function startVectors(m: number, p: number): Float64Array[] {
  let state = 0x9e3779b9;
  return Array.from({ length: p }, () =>
    Float64Array.from({ length: m }, () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) / 2 ** 32 - 0.5;
    }),
  );
}

/** The centred votes, row by row (compressed rows: only the cells voted on). */
interface CenteredRows {
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly val: Float64Array;
}

function centeredRows(matrix: VoteMatrix, center: Float64Array): CenteredRows {
  const m = matrix.statementIds.length;
  const n = matrix.participantIds.length;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + matrix.voteCounts[i]!;
  const col = new Int32Array(start[n]!);
  const val = new Float64Array(start[n]!);
  let k = 0;
  for (let i = 0, o = 0; i < n; i++) {
    for (let j = 0; j < m; j++, o++) {
      const v = matrix.cells[o]!;
      if (v === UNSEEN) continue;
      col[k] = j;
      val[k++] = v - center[j]!;
    }
  }
  return { start, col, val };
}

/** XᵀX·V from the rows themselves, for the four vectors interleaved (v[4j + c]): 8 multiply-adds per vote. */
function sparseProduct(rows: CenteredRows, m: number, v: Float64Array): Float64Array {
  const out = new Float64Array(m * SUBSPACE);
  const { start, col, val } = rows;
  for (let i = 0; i + 1 < start.length; i++) {
    let t0 = 0;
    let t1 = 0;
    let t2 = 0;
    let t3 = 0;
    const end = start[i + 1]!;
    for (let e = start[i]!; e < end; e++) {
      const x = val[e]!;
      const o = col[e]! * 4;
      t0 += x * v[o]!;
      t1 += x * v[o + 1]!;
      t2 += x * v[o + 2]!;
      t3 += x * v[o + 3]!;
    }
    for (let e = start[i]!; e < end; e++) {
      const x = val[e]!;
      const o = col[e]! * 4;
      out[o]! += x * t0;
      out[o + 1]! += x * t1;
      out[o + 2]! += x * t2;
      out[o + 3]! += x * t3;
    }
  }
  return out;
}

/** XᵀX itself (m × m): a multiply-add per pair of votes of a row — worth it when many iterations are needed. */
function covariance(rows: CenteredRows, m: number): Float64Array {
  const cov = new Float64Array(m * m);
  const { start, col, val } = rows;
  for (let i = 0; i + 1 < start.length; i++) {
    for (let a = start[i]!; a < start[i + 1]!; a++) {
      const va = val[a]!;
      const row = col[a]! * m;
      for (let b = a; b < start[i + 1]!; b++) cov[row + col[b]!]! += va * val[b]!;
    }
  }
  for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) cov[b * m + a] = cov[a * m + b]!;
  return cov;
}

function denseProduct(cov: Float64Array, m: number, v: Float64Array): Float64Array {
  const out = new Float64Array(m * SUBSPACE);
  for (let r = 0; r < m; r++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let j = 0, o = r * m; j < m; j++, o++) {
      const a = cov[o]!;
      s0 += a * v[4 * j]!;
      s1 += a * v[4 * j + 1]!;
      s2 += a * v[4 * j + 2]!;
      s3 += a * v[4 * j + 3]!;
    }
    out.set([s0, s1, s2, s3], 4 * r);
  }
  return out;
}

/**
 * The top two eigenvectors of XᵀX by subspace iteration with four vectors (fewer statements than that
 * leave the extra vectors at 0). The product is taken from the
 * rows (cost 2p per vote) for as many iterations as forming XᵀX would cost (half the squared votes of
 * each row), then from XᵀX: well-separated rooms converge in a few cheap iterations, hard ones pay at
 * most about twice the cheaper of the two.
 */
function topEigenvectors(rows: CenteredRows, m: number): Float64Array[] {
  const p = SUBSPACE;
  let formCost = 0;
  for (let i = 0; i + 1 < rows.start.length; i++) formCost += (rows.start[i + 1]! - rows.start[i]!) ** 2 / 2;
  const sparseIterations = Math.floor(formCost / Math.max(1, 2 * p * rows.val.length));
  let cov: Float64Array | null = null;
  const product = (v: Float64Array, iteration: number): Float64Array => {
    if (iteration < sparseIterations) return sparseProduct(rows, m, v);
    cov ??= covariance(rows, m);
    return denseProduct(cov, m, v);
  };
  let basis = orthonormalize(startVectors(m, p));
  let previous: Float64Array[] = [];
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const images = split(product(interleave(basis), iteration), p);
    // Rayleigh–Ritz: rotate the basis to the eigenvectors of its projected p × p matrix.
    const h = new Float64Array(p * p);
    for (let r = 0; r < p; r++) for (let c = 0; c < p; c++) h[r * p + c] = dot(basis[r]!, images[c]!);
    const rotation = symmetricEigenvectors(h, p);
    const ritz = rotation.map((q) => combine(basis, q));
    const done = previous.length > 0 && [0, 1].every((i) => 1 - Math.abs(dot(ritz[i]!, previous[i]!)) < TOLERANCE);
    if (done) return ritz.slice(0, 2);
    previous = ritz;
    basis = orthonormalize(rotation.map((q) => combine(images, q)));
  }
  return previous.slice(0, 2);
}

function interleave(vectors: readonly Float64Array[]): Float64Array {
  const p = vectors.length;
  const out = new Float64Array(vectors[0]!.length * p);
  vectors.forEach((v, c) => v.forEach((x, j) => (out[j * p + c] = x)));
  return out;
}

function split(interleaved: Float64Array, p: number): Float64Array[] {
  return Array.from({ length: p }, (_, c) => Float64Array.from({ length: interleaved.length / p }, (_, j) => interleaved[j * p + c]!));
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function combine(vectors: readonly Float64Array[], weights: Float64Array): Float64Array {
  const out = new Float64Array(vectors[0]!.length);
  vectors.forEach((v, k) => {
    const w = weights[k]!;
    for (let i = 0; i < out.length; i++) out[i]! += w * v[i]!;
  });
  return out;
}

/** Modified Gram–Schmidt; a vector with nothing left (rank-deficient data) becomes 0. */
function orthonormalize(vectors: Float64Array[]): Float64Array[] {
  const done: Float64Array[] = [];
  for (const v of vectors) {
    const u = Float64Array.from(v);
    const before = Math.sqrt(dot(u, u));
    for (const q of done) {
      const c = dot(q, u);
      for (let i = 0; i < u.length; i++) u[i]! -= c * q[i]!;
    }
    const norm = Math.sqrt(dot(u, u));
    const keep = norm > 1e-10 * Math.max(before, Number.MIN_VALUE);
    for (let i = 0; i < u.length; i++) u[i] = keep ? u[i]! / norm : 0;
    done.push(u);
  }
  return done;
}

/** Eigenvectors of a small symmetric matrix (cyclic Jacobi), ordered by eigenvalue, largest first. */
function symmetricEigenvectors(h: Float64Array, p: number): Float64Array[] {
  const a = Float64Array.from(h);
  const v = new Float64Array(p * p);
  for (let i = 0; i < p; i++) v[i * p + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let r = 0; r < p; r++) for (let c = r + 1; c < p; c++) off += a[r * p + c]! ** 2;
    if (off < 1e-30) break;
    for (let r = 0; r < p; r++) {
      for (let c = r + 1; c < p; c++) {
        const arc = a[r * p + c]!;
        if (arc === 0) continue;
        const theta = (a[c * p + c]! - a[r * p + r]!) / (2 * arc);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const cos = 1 / Math.sqrt(t * t + 1);
        const sin = t * cos;
        for (let k = 0; k < p; k++) {
          const akr = a[k * p + r]!;
          const akc = a[k * p + c]!;
          a[k * p + r] = cos * akr - sin * akc;
          a[k * p + c] = sin * akr + cos * akc;
        }
        for (let k = 0; k < p; k++) {
          const ark = a[r * p + k]!;
          const ack = a[c * p + k]!;
          a[r * p + k] = cos * ark - sin * ack;
          a[c * p + k] = sin * ark + cos * ack;
        }
        for (let k = 0; k < p; k++) {
          const vkr = v[k * p + r]!;
          const vkc = v[k * p + c]!;
          v[k * p + r] = cos * vkr - sin * vkc;
          v[k * p + c] = sin * vkr + cos * vkc;
        }
      }
    }
  }
  const order = Array.from({ length: p }, (_, i) => i).sort((x, y) => a[y * p + y]! - a[x * p + x]! || x - y);
  return order.map((c) => Float64Array.from({ length: p }, (_, k) => v[k * p + c]!));
}

function fixSign(v: Float64Array): Float64Array {
  let at = 0;
  for (let i = 1; i < v.length; i++) if (Math.abs(v[i]!) > Math.abs(v[at]!)) at = i;
  if (v[at]! < 0) for (let i = 0; i < v.length; i++) v[i] = -v[i]!;
  return v;
}
