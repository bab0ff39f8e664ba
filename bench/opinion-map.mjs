#!/usr/bin/env node
// The opinion map (意见地图) at room scale: computeOpinionMap on a synthetic room of 5,000 participants ×
// 300 statements, about half the cells voted, three planted groups, against a floor.
//
// How it runs the TypeScript core: esbuild (the server's bundler, see scripts/build-server.mjs) bundles
// packages/core/src/opinion/index.ts with its dependencies into bench/dist/opinion-map.mjs (git-ignored,
// rebuilt at every run in a fraction of a second), so the measurement is of plain JavaScript, as the
// bundled server runs it. Run from the repository root:
//
//   node bench/opinion-map.mjs [--participants 5000] [--statements 300] [--runs 5]
//
// The floor is one pass over the same votes that only builds the dense participants × statements matrix
// (two Maps, each vote read once, an Int8Array): the work no opinion map can skip. Floor and map alternate, run by run, so
// that both see the same load on a shared machine; compare the ratio rather than the milliseconds.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const PARTICIPANTS = option('participants', 5000);
const STATEMENTS = option('statements', 300);
const RUNS = option('runs', 5);
const TARGET_MS = 1000;

const root = path.resolve(import.meta.dirname, '..');
const outfile = path.join(root, 'bench/dist/opinion-map.mjs');
await esbuild.build({
  entryPoints: [path.join(root, 'packages/core/src/opinion/index.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
const { computeOpinionMap, adjustedRandIndex, seededRandom } = await import(pathToFileURL(outfile).href);

/**
 * Groups of 40 %, 33 % and 27 %; group g agrees with block g of the statements (85 %), leans against
 * block g+1 (60 % disagree) and splits on the third; the last 2 % of the statements everybody agrees with
 * (90 %). Each cell is voted with probability 1/2. The votes come shuffled, as a room's votes come in
 * time, and each vote object is made in that order, as rows read from the database are (made first and
 * then shuffled, the objects would lie all over the heap and every run would measure cache misses).
 */
function syntheticRoom(participants, statements) {
  const random = seededRandom(2026);
  const consensusFrom = statements - Math.max(2, Math.round(statements * 0.02));
  const block = Math.floor(consensusFrom / 3);
  const ids = Array.from({ length: participants }, (_, i) => `u${String(i).padStart(6, '0')}`);
  const planted = new Map();
  const cells = [];
  for (let i = 0; i < participants; i++) {
    const group = i < participants * 0.4 ? 0 : i < participants * 0.73 ? 1 : 2;
    planted.set(ids[i], group);
    for (let j = 0; j < statements; j++) {
      if (random() < 0.5) continue;
      const b = j >= consensusFrom ? 3 : Math.min(2, Math.floor(j / block));
      const [agree, disagree] = b === 3 ? [0.9, 0.05] : b === group ? [0.85, 0.1] : b === (group + 1) % 3 ? [0.3, 0.6] : [0.45, 0.45];
      const r = random();
      cells.push(i * statements + j, r < agree ? 1 : r < agree + disagree ? -1 : 0);
    }
  }
  const order = Array.from({ length: cells.length / 2 }, (_, k) => k);
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [order[k], order[j]] = [order[j], order[k]];
  }
  const votes = order.map((k) => {
    const cell = cells[2 * k];
    return { participantId: ids[Math.floor(cell / statements)], statementId: `st-${cell % statements}`, vote: cells[2 * k + 1] };
  });
  return { votes, planted };
}

/** The floor: the dense matrix from the votes, nothing else — each vote read once, as computeOpinionMap reads it. */
function denseMatrix(votes) {
  const rows = new Map();
  const columns = new Map();
  const row = new Int32Array(votes.length);
  const column = new Int32Array(votes.length);
  const value = new Int8Array(votes.length);
  for (let k = 0; k < votes.length; k++) {
    const v = votes[k];
    let r = rows.get(v.participantId);
    if (r === undefined) rows.set(v.participantId, (r = rows.size));
    let c = columns.get(v.statementId);
    if (c === undefined) columns.set(v.statementId, (c = columns.size));
    row[k] = r;
    column[k] = c;
    value[k] = v.vote;
  }
  const m = columns.size;
  const cells = new Int8Array(rows.size * m).fill(2);
  for (let k = 0; k < votes.length; k++) cells[row[k] * m + column[k]] = value[k];
  return cells;
}

const time = (fn) => {
  const started = performance.now();
  const result = fn();
  return [performance.now() - started, result];
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;

const { votes, planted } = syntheticRoom(PARTICIPANTS, STATEMENTS);
console.log(`意见地图 benchmark: ${PARTICIPANTS.toLocaleString('en')} participants × ${STATEMENTS} statements, ${votes.length.toLocaleString('en')} votes (shuffled), ${RUNS} runs`);

// Warm-up: one of each, so that the runs measure optimised code.
denseMatrix(votes);
computeOpinionMap({ votes });

const floors = [];
const maps = [];
let map;
for (let run = 0; run < RUNS; run++) {
  floors.push(time(() => denseMatrix(votes))[0]);
  let elapsed;
  [elapsed, map] = time(() => computeOpinionMap({ votes }));
  maps.push(elapsed);
}

const found = map.points.map((p) => p.group);
const ari = adjustedRandIndex(found, map.points.map((p) => planted.get(p.participantId)));
const rows = [
  ['computeOpinionMap', ms(median(maps)), ms(Math.min(...maps))],
  ['floor (dense matrix only)', ms(median(floors)), ms(Math.min(...floors))],
];
console.log(['', 'median', 'min'].map((h, i) => (i === 0 ? h.padEnd(28) : h.padStart(10))).join(''));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(28) : c.padStart(10))).join(''));
console.log(`ratio to the floor (medians): ${(median(maps) / median(floors)).toFixed(1)}×`);
console.log(
  `groups: k = ${map.groups.length} (sizes ${map.groups.map((g) => g.size).join(' / ')}), ARI against the planted groups ${ari.toFixed(3)}, ` +
    `consensus ${map.consensus.length}, counted ${map.counted.toLocaleString('en')}`,
);
console.log(`target: median under ${ms(TARGET_MS)} — ${median(maps) < TARGET_MS ? 'yes' : 'NO'}`);
