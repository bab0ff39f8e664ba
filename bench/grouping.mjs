#!/usr/bin/env node
// Grouping of a pool of pending public proposals (issue 11): groupProposals on 10,000 and 100,000 proposals
// generated from the labelled set's vocabulary, against the targets of < 2 s and < 10 s. Run from the repository root:
//
//   node --import tsx bench/grouping.mjs [--sizes 10000,100000] [--seed 11]
//
// How the pool is made: every labelled proposal of packages/server/test/text/fixtures/proposals-labelled.json is a
// template. A concrete problem of the pool is a labelled problem at a generated place (a village, or a
// neighbourhood for the town problems, in one of 60 townships; the county-wide problems such as 医保报销 have no
// place); it gets 1–12 proposals (most get few), each a template of that problem with the template's places
// replaced by the problem's, sometimes with a greeting or a closing formula, sometimes two templates run together
// (a long letter), sometimes with a sentence of another problem. One in eight proposals is a labelled singleton at
// a random place. The generated villages and townships are passed as the gazetteer, as the server passes the
// county's organisation tree. Times are of groupProposals alone (the dictionary is loaded before), wall clock and
// CPU (user + system: on a shared machine the wall clock also counts other people's work); the pairwise
// precision and recall against the generated problems are printed too, as a check that speed was not bought with
// quality.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { groupProposals } from '../packages/server/src/text/grouping.ts';
import { segment } from '../packages/server/src/text/segment.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const SIZES = option('sizes', '10000,100000').split(',').map(Number);
const SEED = Number(option('seed', '11'));
const TARGET_MS = { 10000: 2000, 100000: 10000 };

const root = path.resolve(import.meta.dirname, '..');
const fixture = JSON.parse(readFileSync(path.join(root, 'packages/server/test/text/fixtures/proposals-labelled.json'), 'utf8'));

/** A seeded PRNG (mulberry32), so that every run generates the same pool. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The places of the templates, to be replaced: villages (with and without 村), neighbourhoods, townships, counties.
const VILLAGES = ['冯南垣村', '冯南垣', '东羊村', '西羊村', '秦壁村', '涧头村', '南营村', '羊獬村'];
const TOWNS = ['汾河湾小区', '解放路社区', '向阳小区'];
const TOWNSHIPS = ['屯里镇', '师庄乡', '大槐树镇', '吴村镇', '苏堡镇', '甘亭镇'];
const COUNTIES = ['尧都区', '洪洞县', '霍州市'];
const GENERAL = new Set(['medical-claims', 'pension', 'subsistence', 'jobs', 'health-products-fraud', 'apple-sales']);

function generate(n, rnd) {
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const surnames = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'];
  const fronts = [...'东西南北前后上下大小新老'];
  const ends = ['', '', '庄', '堡', '坡', '沟', '营', '寨', '家', '头'];
  const names = new Set();
  const village = () => {
    for (;;) {
      const name = `${pick(fronts)}${pick(surnames)}${pick(ends)}村`;
      if (!names.has(name)) return names.add(name), name;
    }
  };
  const estates = ['阳光', '幸福', '和平', '建设', '锦绣', '华府', '滨河', '鼓楼', '尧乡', '平阳', '汾水', '槐荫', '铁路', '电力', '供销', '康乐'];
  const townships = Array.from({ length: 60 }, (_, i) => `${pick(surnames)}${pick([...'村庄店城堡头寨'])}${i % 3 === 0 ? '乡' : '镇'}`);
  const places = Array.from({ length: Math.ceil(n / 30) }, () => ({ village: village(), township: pick(townships) }));
  const estatesOf = Array.from({ length: Math.ceil(n / 200) }, (_, i) => `${estates[i % estates.length]}${i >= estates.length ? `${Math.floor(i / estates.length) + 1}区` : ''}小区`);
  const byProblem = new Map();
  for (const p of fixture.proposals) if (p.problem) byProblem.set(p.problem, [...(byProblem.get(p.problem) ?? []), p]);
  const singles = fixture.proposals.filter((p) => !p.problem);
  const problems = [...byProblem.keys()];
  const isTown = (problem) => byProblem.get(problem).some((p) => TOWNS.some((t) => `${p.title}${p.description}`.includes(t)));
  const relocate = (text, place) => {
    let out = text;
    for (const v of VILLAGES) out = out.split(v).join(place.village);
    for (const t of TOWNS) out = out.split(t).join(place.estate ?? place.village);
    for (const t of TOWNSHIPS) out = out.split(t).join(place.township);
    return out;
  };
  const greetings = ['', '', '', '各位领导好，', '我是本地的村民，', '反映个事，', '您好！'];
  const closings = ['', '', '', '希望尽快解决。', '谢谢！', '恳请有关部门重视。', '盼复。'];
  const items = [];
  const truth = [];
  while (items.length < n) {
    if (rnd() < 0.125) {
      const s = pick(singles);
      const place = pick(places);
      items.push({ id: `g${items.length}`, title: relocate(s.title, place), description: relocate(s.description, place) });
      truth.push(`single-${items.length}`);
      continue;
    }
    const problem = pick(problems);
    const general = GENERAL.has(problem);
    const place = { ...pick(places) };
    if (isTown(problem)) place.estate = pick(estatesOf);
    const key = general ? problem : `${problem}@${place.estate ?? place.village}`;
    const count = Math.min(n - items.length, 1 + Math.floor(-Math.log(1 - rnd()) * 2.5) % 12);
    const templates = byProblem.get(problem);
    for (let k = 0; k < count; k++) {
      const t = pick(templates);
      let description = `${pick(greetings)}${relocate(t.description, place)}`;
      const r = rnd();
      if (r < 0.1) description += relocate(pick(templates).description, place);
      else if (r < 0.15) description += pick(singles).description;
      description += pick(closings);
      items.push({ id: `g${items.length}`, title: relocate(t.title, place), description });
      truth.push(key);
    }
  }
  const gazetteer = [...places.map((p) => p.village), ...townships, ...estatesOf, ...COUNTIES];
  return { items, truth, gazetteer };
}

/** Pairwise precision and recall of a grouping against the generated problems, from the contingency counts. */
function pairwise(items, truth, grouping) {
  const groupOf = new Map();
  grouping.groups.forEach((g, i) => g.proposalIds.forEach((id) => groupOf.set(id, i)));
  const pairs = (counts) => [...counts.values()].reduce((s, c) => s + (c * (c - 1)) / 2, 0);
  const byTruth = new Map();
  const byGroup = new Map();
  const byBoth = new Map();
  items.forEach((it, i) => {
    const g = groupOf.get(it.id);
    byTruth.set(truth[i], (byTruth.get(truth[i]) ?? 0) + 1);
    if (g === undefined) return;
    byGroup.set(g, (byGroup.get(g) ?? 0) + 1);
    byBoth.set(`${g}|${truth[i]}`, (byBoth.get(`${g}|${truth[i]}`) ?? 0) + 1);
  });
  const tp = pairs(byBoth);
  const precision = tp / pairs(byGroup);
  const recall = tp / pairs(byTruth);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

segment('先加载词典：屯里镇东羊村路灯不亮');
groupProposals(fixture.proposals.slice(0, 20));
console.log('size      wall (ms)   cpu (ms)   target (ms)   groups   ungrouped   pairwise P / R / F1');
for (const n of SIZES) {
  const { items, truth, gazetteer } = generate(n, random(SEED + n));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const grouping = groupProposals(items, { places: gazetteer });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const listed = grouping.groups.reduce((s, g) => s + g.proposalIds.length, 0) + grouping.ungrouped.length;
  if (listed !== items.length) throw new Error(`${listed} ids listed for ${items.length} proposals`);
  const { precision, recall, f1 } = pairwise(items, truth, grouping);
  const target = TARGET_MS[n] ? `< ${TARGET_MS[n]}` : '';
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(
    `${String(n).padEnd(9)} ${ms.toFixed(0).padStart(9)}   ${cpuMs.toFixed(0).padStart(8)}   ${target.padEnd(11)} ${String(grouping.groups.length).padStart(6)}   ${String(grouping.ungrouped.length).padStart(9)}   ${precision.toFixed(3)} / ${recall.toFixed(3)} / ${f1.toFixed(3)}`,
  );
}
