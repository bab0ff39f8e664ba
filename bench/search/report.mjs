// The search benchmark's tables: per engine the build and the pages at c=8 against the floor and the targets, each
// query alone (c=1), and the grouping of bench/grouping.mjs.
import { quantile } from './harness.mjs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null;
};
const mark = (ok) => (ok ? 'yes' : 'NO');
/** Pads to a terminal width (CJK characters take two columns). */
const pad = (s, n) => {
  const width = [...String(s)].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  return String(s) + ' '.repeat(Math.max(0, n - width));
};
const num = (x, d = 1) => (x === null || x === undefined ? '-' : x >= 100 ? Math.round(x).toLocaleString('en') : x.toFixed(d));
const mb = (b) => `${(b / 1e6).toLocaleString('en', { maximumFractionDigits: 0 })} MB`;
const sec = (ms) => `${(ms / 1000).toFixed(0)} s`;

/**
 * A page's figures over its rounds: req/s the median of the rounds, percentiles over every response of every round
 * (and the worst round's p95), the ratio to the floor's req/s; the samples without their response times.
 */
export function summary(samples, floorRps, target) {
  const times = samples.flatMap((s) => s.times).sort((a, b) => a - b);
  const rps = median(samples.map((s) => s.rps));
  const p95 = quantile(times, 0.95);
  return {
    rps,
    p50: quantile(times, 0.5),
    p95,
    p99: quantile(times, 0.99),
    worstRoundP95: Math.max(...samples.map((s) => s.p95 ?? Infinity)),
    responses: times.length,
    non2xx: samples.reduce((s, x) => s + x.non2xx, 0),
    errors: samples.reduce((s, x) => s + x.errors + x.timeouts, 0),
    ratio: floorRps ? rps / floorRps : null,
    ...(target ? { targetMs: target, ok: p95 !== null && p95 < target } : {}),
    samples: samples.map(({ times: _, ...s }) => s),
  };
}

/** The build and the pages of one engine. */
export function report(run, opts) {
  const name = run.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  const d = run.dataset;
  const kinds = Object.entries(d.counts).map(([k, n]) => `${k} ${n.toLocaleString('en')}`).join(', ');
  const objects = Object.entries(d.sizes.objects).sort((a, b) => b[1] - a[1]).map(([k, b]) => `${k} ${mb(b)}`).join(', ');
  const lines = [
    '',
    `${name} · ${run.texts.toLocaleString('en')} texts (${kinds})`,
    `index build${d.cached ? ' (cached, built ' + d.builtAt + ')' : ''}: ${sec(d.buildMs)} = segmentation ${sec(d.segmentMs)} + insert with ${run.engine === 'sqlite' ? 'FTS5 triggers' : 'tsvector and GIN'} ${sec(d.insertMs)} + ${run.engine === 'sqlite' ? 'WAL checkpoint' : 'VACUUM ANALYZE'} ${sec(d.finishMs)}; ${Math.round(d.textsPerSecond).toLocaleString('en')} texts/s; ${(d.chars / 1e6).toFixed(0)} M characters, ${(d.terms / run.texts).toFixed(0)} terms a text (texts generated apart in ${sec(d.generateMs)})`,
    `size on disk: index ${mb(d.sizes.index)} (${objects}); ${run.engine === 'sqlite' ? 'database file' : 'database'} ${mb(d.sizes.file)}`,
    `floor (bare Fastify, 1 prepared statement: the 20 best matches, no scope or count): ${num(run.floor.rps)} req/s, p50 ${num(run.floor.p50)} ms, p95 ${num(run.floor.p95)} ms, p99 ${num(run.floor.p99)} ms`,
    `${opts.rounds} rounds × ${opts.duration} s per page, c=${opts.connections}; req/s the median of the rounds, percentiles over all responses (n: how many came back inside the windows; requests still in flight when a window closed are not counted, so where n is small the percentiles understate — see the c=1 times)`,
    `${pad('page', 30)}${pad('user', 14)}${'req/s'.padStart(8)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'worst-round p95'.padStart(17)}${'n'.padStart(7)}${'×floor'.padStart(8)}  p95 target`,
  ];
  for (const p of run.pages) {
    const errs = p.non2xx || p.errors ? `  (non-2xx ${p.non2xx}, errors ${p.errors})` : '';
    lines.push(`${pad(p.label, 30)}${pad(p.user ?? '(public)', 14)}${num(p.rps).padStart(8)}${num(p.p50).padStart(9)}${num(p.p95).padStart(9)}${num(p.p99).padStart(9)}${num(p.worstRoundP95).padStart(17)}${String(p.responses).padStart(7)}${(p.ratio ?? 0).toFixed(3).padStart(8)}  < ${p.targetMs} ms: ${mark(p.ok)}${errs}`);
  }
  const s = run.perQuery.similar;
  lines.push(`相似建议 alone (c=1, ${s.n} texts one after another): p50 ${num(s.p50)} ms, p95 ${num(s.p95)} ms, max ${num(s.max)} ms; ${s.offeredPerText.toFixed(1)} offered a text`);
  lines.push(`server peak RSS (VmHWM): ${num(run.serverPeakRssMb, 0)} MB`);
  return lines.join('\n');
}

/** Each query alone: records found and time per page (c=1). */
export function perQueryTable(run) {
  const name = run.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  const lines = ['', `${name}: each query alone (c=1, median of 3 ms; found = the total the page reports)`, `${pad('query', 12)}${'市 found'.padStart(10)}${'市 ms'.padStart(9)}${'尧都 found'.padStart(11)}${'尧都 ms'.padStart(9)}${'门户 found'.padStart(11)}${'门户 ms'.padStart(9)}${'floor ms'.padStart(10)}`];
  for (const r of run.perQuery.queries)
    lines.push(`${pad(r.q, 12)}${r.city.total.toLocaleString('en').padStart(10)}${num(r.city.ms).padStart(9)}${r.county.total.toLocaleString('en').padStart(11)}${num(r.county.ms).padStart(9)}${r.public.total.toLocaleString('en').padStart(11)}${num(r.public.ms).padStart(9)}${num(r.floor.ms).padStart(10)}`);
  return lines.join('\n');
}

/** bench/grouping.mjs's table with the targets. */
export function groupingTable(g) {
  const lines = ['', 'Grouping of pending proposals (bench/grouping.mjs, groupProposals):', g.printed];
  for (const r of g.rows) if (r.targetMs) lines.push(`  ${r.size.toLocaleString('en')}: ${r.wallMs} ms wall (${r.cpuMs} ms CPU) < ${r.targetMs} ms: ${mark(r.ok)}`);
  return lines.join('\n');
}
