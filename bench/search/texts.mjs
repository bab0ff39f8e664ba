// The texts of the search benchmark (issue 11): residents' and members' proposals, topics, suggestions, department
// answers and consultation opinions of the 17 counties and the city, as families around one topic — its merged
// proposals, its suggestions, their answers, the opinions of its consultation — plus proposals that never became a
// topic. The vocabulary is the shipped thesaurus (text/thesaurus-data.ts: its groups are the problems, in the words
// residents use), the labelled proposals (test/text/fixtures/proposals-labelled.json, moved to other places: the
// colloquial, misspelt and rambling ones) and the seeded organisation tree (townships, villages, departments; counties
// the seed has none for get generated ones). Problems are Zipf-distributed (roads and lamps common, 彩礼 rare);
// lengths are long-tailed (log-normal per kind, titles 8–30 characters, bodies 10 to 800). Deterministic per seed.
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURE_PLACES, GREETINGS, CLOSINGS, MEMBER, OPINION, REPLY, RESIDENT, SHORT, SUGGESTION, TOPIC } from './phrases.mjs';

/** Bump when the generated texts change: cached indexes of another version are rebuilt. */
export const TEXTS_VERSION = 1;

const root = path.resolve(import.meta.dirname, '../..');
const fixture = JSON.parse(fs.readFileSync(path.join(root, 'packages/server/test/text/fixtures/proposals-labelled.json'), 'utf8'));

/** A seeded PRNG (mulberry32) with the helpers the generator needs. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex = () => Math.floor(next() * 0x100000000).toString(16).padStart(8, '0');
  const r = {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
    /** Picks by cumulative weights (from `cumulative`). */
    weighted: (items, cum) => {
      const x = next() * cum[cum.length - 1];
      let lo = 0;
      let hi = cum.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cum[mid] > x) hi = mid;
        else lo = mid + 1;
      }
      return items[lo];
    },
    /** A log-normal length around `median`, clamped. */
    length: (median, sigma, min, max) => {
      const z = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
      return Math.max(min, Math.min(max, Math.round(median * Math.exp(sigma * z))));
    },
    id: () => {
      const h = hex() + hex() + hex() + hex();
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) & 3]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
  };
  return r;
}
const cumulative = (weights) => weights.reduce((acc, w) => (acc.push((acc.at(-1) ?? 0) + w), acc), []);

/** County shares of the records (尧都区 the biggest district); 'city' = 临汾市政协's own. */
const COUNTY_WEIGHTS = { 尧都区: 15, 侯马市: 5, 霍州市: 5, 曲沃县: 4, 翼城县: 5, 襄汾县: 7, 洪洞县: 10, 古县: 2, 安泽县: 2, 浮山县: 2, 吉县: 2, 乡宁县: 4, 大宁县: 1, 隰县: 2, 永和县: 1, 蒲县: 1, 汾西县: 2, 临汾市: 3 };
/** The problems residents write about most, in order; the other thesaurus groups follow in the file's order. */
const COMMON = ['道路', '路灯', '饮用水', '垃圾', '暖气', '排水', '停车', '停水', '停电', '医保', '养老金', '物业', '公交', '厕所', '老旧小区', '燃气', '校车', '卫生室', '低保', '网络信号', '灌溉', '电梯', '噪音', '流浪狗', '幼儿园'];
const DEPARTMENTS = ['交通运输局', '住房和城乡建设局', '教育局', '卫生健康局', '农业农村局', '水利局', '生态环境局', '民政局', '市场监督管理局', '自然资源局', '人力资源和社会保障局', '城市管理局'];
const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'];
const GIVEN = ['建华', '晓燕', '国强', '志刚', '芳', '建军', '丽娟', '卫东', '秀英', '立新', '春梅', '志勇', '玉兰', '海鹏', '文斌', '丽华', '敏', '磊', '静', '伟', '福生', '桂兰', '建民', '红梅'];
const TOPIC_STATES = [['draft', 6], ['chair_review', 3], ['party_review', 2], ['researching', 8], ['consulting', 8], ['outcome_submitted', 5], ['handling', 18], ['following_up', 8], ['concluded', 30], ['rejected', 12]];
const CONSULTED = new Set(['outcome_submitted', 'handling', 'following_up', 'concluded']);
const HANDLED = new Set(['handling', 'following_up', 'concluded']);
const DAY = 86_400_000;

/** Fills `{p}` (place), `{t}` (township), `{c}` (county), `{w}` / `{w2}` (words of the problem), `{topic}`, `{dept}`, `{n}`, `{name}`. */
function fill(template, s, r) {
  return template.replace(/\{(\w+)\}/g, (_, k) => {
    switch (k) {
      case 'w': return r.chance(0.5) ? s.problem.head : r.pick(s.problem.words);
      case 'w2': return r.pick(s.problem.words);
      case 'n': return String(2 + r.int(r.chance(0.3) ? 300 : 30));
      case 'name': return `${r.pick(SURNAMES)}${r.pick(GIVEN)}`;
      case 'phone': return String(2_000_000 + r.int(7_999_999));
      default: return s[k] ?? '';
    }
  });
}

const NUMBERS = [...'一二三四五六七八九十'];
/** Distinct sentences of a pool (repeating only once it is used up) until `target` characters; optionally 一是… 二是…. */
function sentences(pool, s, r, target, numbered = false) {
  let out = '';
  const used = new Set();
  for (let k = 0; out.length < target; k++) {
    let i = r.int(pool.length);
    if (used.size < pool.length) while (used.has(i)) i = (i + 1) % pool.length;
    else used.clear();
    used.add(i);
    out += `${numbered && k < 10 ? `${NUMBERS[k]}是` : ''}${fill(pool[i], s, r)}`;
  }
  return out;
}
/** A text cut to `max` characters. */
const cap = (text, max = 800) => (text.length > max ? `${text.slice(0, max - 1)}。` : text);
/** An opening sentence and more until `target` (a short text is one short phrase). */
function compose(open, more, s, r, target, max = 800) {
  if (target < 22) return fill(r.pick(SHORT), s, r).slice(0, Math.max(target, 8));
  const first = fill(r.pick(open), s, r);
  return cap(first + sentences(more, s, r, target - first.length), max);
}
const title = (text, region) => {
  const t = text.length < 8 ? `${region}${text}` : text;
  return t.length > 30 ? t.slice(0, 30) : t;
};

/**
 * The corpus over the seeded organisations: `families(n)` yields the records in batches, `similarInputs(k)` gives
 * texts a resident might be typing (of the same kind, not the indexed ones) for the similar-proposal look-up.
 */
export function createCorpus({ orgs, members, groups, seed = 11 }) {
  const counties = orgs.filter((o) => o.kind === 'county');
  const city = orgs.find((o) => o.kind === 'city');
  const units = [...counties.map((c) => ({ id: c.id, region: c.region_name })), { id: null, region: '临汾市' }];
  const unitCum = cumulative(units.map((u) => COUNTY_WEIGHTS[u.region] ?? 1));
  const g = prng(seed * 7919);
  for (const u of units) {
    const own = orgs.filter((o) => o.county_id === u.id && u.id && o.kind === 'township');
    u.townships = own.length
      ? own.map((t) => ({ name: t.name, villages: orgs.filter((v) => v.parent_id === t.id).map((v) => v.name) }))
      : Array.from({ length: 6 + g.int(6) }, (_, i) => ({ name: `${g.pick(SURNAMES)}${g.pick([...'村庄店城堡头寨峪'])}${i % 3 ? '镇' : '乡'}`, villages: [] }));
    for (const t of u.townships) while (t.villages.length < 4) t.villages.push(`${g.pick([...'东西南北前后上下大小新'])}${g.pick(SURNAMES)}${g.pick(['', '庄', '堡', '坡', '沟', '营', '寨', '家'])}村`);
    const depts = orgs.filter((o) => o.kind === 'department' && o.county_id === u.id && (u.id || o.parent_id === city.id));
    u.depts = depts.length ? depts.map((d) => ({ id: d.id, name: d.name })) : DEPARTMENTS.map((d, i) => ({ id: `${u.region}-dept-${i}`, name: `${u.region}${d}` }));
    u.members = members.filter((m) => m.county_id === u.id).map((m) => m.id);
  }
  const rank = (h) => (COMMON.includes(h) ? COMMON.indexOf(h) : COMMON.length + groups.findIndex((x) => x.head === h));
  const problems = [...groups].sort((a, b) => rank(a.head) - rank(b.head));
  const problemCum = cumulative(problems.map((_, i) => 1 / (i + 1) ** 0.9));
  const templates = fixture.proposals;

  /** A situation: where, about what, in whose county. */
  const situation = (r, unit = r.weighted(units, unitCum), problem = r.weighted(problems, problemCum)) => {
    const township = r.pick(unit.townships);
    const local = problem.local !== false;
    return { unit, problem, c: unit.region, t: township.name, p: local ? r.pick(township.villages) : township.name, topic: problem.topic ?? problem.head, dept: r.pick(unit.depts).name };
  };
  /** A resident's proposal: a labelled one moved to this place (a third), or composed. */
  const residentText = (r, s) => {
    if (r.chance(0.33)) {
      const tpl = r.pick(templates);
      const move = (x) => FIXTURE_PLACES.reduce((acc, [from, to]) => acc.split(from).join(s[to]), x);
      return { title: title(move(tpl.title), s.c), body: `${r.pick(GREETINGS)}${move(tpl.description)}${r.pick(CLOSINGS)}` };
    }
    const target = r.length(70, 0.75, 10, 800);
    let body = compose(RESIDENT.open, RESIDENT.more, s, r, target);
    if (target >= 22 && r.chance(0.08)) body += `联系电话${r.pick(['138', '139', '135', '150', '187'])}${String(r.int(1e8)).padStart(8, '0')}。`;
    return { title: title(fill(r.pick(RESIDENT.titles), s, r), s.c), body: `${r.pick(GREETINGS)}${body}${r.pick(CLOSINGS)}` };
  };
  const memberText = (r, s) => {
    const n = r.length(450, 0.35, 150, 800);
    const body = `一、基本情况。${sentences(MEMBER.facts, s, r, n * 0.35)}二、存在的问题。${sentences(MEMBER.problems, s, r, n * 0.25, true)}三、几点建议。${sentences(MEMBER.suggestions, s, r, n * 0.3, true)}`;
    return { title: title(fill(r.pick(MEMBER.titles), s, r), s.c), body: cap(body) };
  };

  /** A department's answer: its opening, what was done (一是… 二是…), what comes next and whom to call. */
  const reply = (r, s) => {
    const n = r.length(320, 0.45, 60, 800);
    const open = fill(r.pick(REPLY.open), s, r);
    const next = fill(r.pick(REPLY.next), s, r);
    return cap(`${open}${sentences(REPLY.done, s, r, n - open.length - next.length)}${next}`);
  };

  function* families(n, batch = 5000, now = Date.parse('2026-12-01T00:00:00Z')) {
    const r = prng(seed);
    let out = [];
    let made = 0;
    const push = (d) => {
      if (made >= n) return;
      out.push(d);
      made++;
    };
    while (made < n) {
      const ageDays = Math.floor(-Math.log(1 - r.next()) * 700) % 3000;
      const at = (extraDays) => new Date(now - ageDays * DAY + extraDays * DAY - r.int(DAY)).toISOString();
      const s = situation(r);
      const state = r.weighted(TOPIC_STATES.map((x) => x[0]), cumulative(TOPIC_STATES.map((x) => x[1])));
      const topicId = r.id();
      const answersPublished = HANDLED.has(state) && r.chance(0.5);
      const topicTitle = title(fill(r.pick(TOPIC.titles), s, r), s.c);
      push({ kind: 'topic', ref_id: topicId, county_id: s.unit.id, topic_id: topicId, dept_ids: '', owner_id: null, is_public: (state === 'concluded' && r.chance(0.3)) || answersPublished ? 1 : 0, title: topicTitle, body: compose(TOPIC.open, TOPIC.more, s, r, r.length(150, 0.5, 20, 800)), state, link: `/console/topics/${topicId}`, at: at(0) });
      // Its merged proposals, then proposals of the county that did not become a topic (other problems and places).
      const merged = state === 'draft' ? 0 : 1 + Math.floor(-Math.log(1 - r.next()) * 2);
      for (let i = 0; i < merged; i++) {
        const member = r.chance(0.2) && s.unit.members.length;
        const text = member ? memberText(r, s) : residentText(r, s);
        const id = r.id();
        push({ kind: 'proposal', ref_id: id, county_id: s.unit.id, topic_id: topicId, dept_ids: '', owner_id: member ? r.pick(s.unit.members) : null, is_public: 0, ...text, state: 'merged', link: `/console/topics/${topicId}`, at: at(-10 - r.int(60)) });
      }
      const loose = Math.floor(r.next() * 10);
      for (let i = 0; i < loose; i++) {
        const o = situation(r, r.chance(0.7) ? s.unit : undefined);
        const member = r.chance(0.15) && o.unit.members.length;
        const text = member ? memberText(r, o) : residentText(r, o);
        const id = r.id();
        const recent = ageDays < 90;
        const status = recent ? r.pick(['submitted', 'submitted', 'screened_in', 'excluded']) : r.pick(['screened_in', 'excluded', 'excluded']);
        push({ kind: 'proposal', ref_id: id, county_id: o.unit.id, topic_id: null, dept_ids: '', owner_id: member ? r.pick(o.unit.members) : null, is_public: 0, ...text, state: status, link: member ? '/console/my/proposals' : '/console/proposals', at: at(-r.int(30)) });
      }
      if (CONSULTED.has(state) || (state === 'consulting' && r.chance(0.5))) {
        const speakers = 2 + r.int(7);
        for (let i = 0; i < speakers; i++) {
          const speaker = `${r.pick(SURNAMES)}${r.pick(GIVEN)}`;
          const id = r.id();
          push({ kind: 'opinion', ref_id: id, county_id: s.unit.id, topic_id: topicId, dept_ids: '', owner_id: null, is_public: 0, title: `${speaker}在“${topicTitle}”协商中的意见`, body: compose(OPINION, OPINION, { ...s, dept: r.pick(s.unit.depts).name }, r, r.length(80, 0.7, 22, 600), 600), state: null, link: `/console/topics/${topicId}`, at: at(40) });
        }
      }
      if (!CONSULTED.has(state)) continue;
      const suggestions = 1 + r.int(5);
      for (let q = 1; q <= suggestions; q++) {
        const lead = r.pick(s.unit.depts);
        const co = r.chance(0.2) ? [r.pick(s.unit.depts)].filter((d) => d.id !== lead.id) : [];
        const itemState = state === 'outcome_submitted' ? 'unassigned' : state === 'concluded' ? 'settled' : r.pick(['assigned', 'assigned', 'answered', 'accepted', 'settled', 'returned']);
        const sid = r.id();
        const ss = { ...s, dept: lead.name };
        push({ kind: 'suggestion', ref_id: sid, county_id: s.unit.id, topic_id: topicId, dept_ids: [lead.id, ...co.map((d) => d.id)].join(' '), owner_id: null, is_public: 0, title: `${topicTitle} 第 ${q} 条建议`, body: cap(sentences(SUGGESTION, ss, r, r.length(90, 0.5, 15, 500)), 500), state: itemState, link: `/console/handling/items/${sid}`, at: at(60) });
        if (['unassigned', 'assigned'].includes(itemState)) continue;
        for (const [i, dept] of [lead, ...co].entries()) {
          const status = itemState === 'answered' ? 'submitted' : itemState === 'returned' && i === 0 ? 'returned' : 'accepted';
          const fid = r.id();
          push({ kind: 'feedback', ref_id: fid, county_id: s.unit.id, topic_id: topicId, dept_ids: dept.id, owner_id: null, is_public: answersPublished && status === 'accepted' ? 1 : 0, title: `${dept.name}关于“${topicTitle}”第 ${q} 条建议的答复`, body: reply(r, { ...s, dept: dept.name }), state: status, link: `/console/handling/items/${sid}`, at: at(100 + r.int(60)) });
        }
      }
      if (out.length >= batch) {
        yield out;
        out = [];
      }
    }
    if (out.length) yield out;
  }

  /** Texts residents might be typing into the proposal form, with the county they chose (not indexed ones). */
  function similarInputs(k, inputSeed = seed + 1) {
    const r = prng(inputSeed * 104729);
    return Array.from({ length: k }, () => {
      const s = situation(r, r.weighted(units.filter((u) => u.id), cumulative(units.filter((u) => u.id).map((u) => COUNTY_WEIGHTS[u.region] ?? 1))));
      const { title: t, body } = residentText(r, s);
      return { countyId: s.unit.id, title: t.slice(0, 60), description: body.slice(0, 2000) };
    });
  }

  return { families, similarInputs };
}
