import { findPlaces, type Gazetteer, type PlaceMention } from './places.js';
import { contentWords, generalIdf } from './segment.js';
import { THESAURUS, type Thesaurus } from './thesaurus.js';

/**
 * How much each kind of term counts (before IDF), in one place. Everything in the title counts twice what it counts
 * in the description (the title is what the resident chose to say first). A bigram counts about a third of a word,
 * so that 停电 in 经常停电了 still meets 停电 but two texts sharing a few bigrams are not taken for the same; a
 * thesaurus group (a related word) less than the exact word, as issue 11 asks: the same word meets as word, bigram
 * and group, a related word as group only.
 */
export const TERM_WEIGHTS = {
  title: 2,
  description: 1,
  word: 1,
  bigram: 0.35,
  related: 0.8,
  place: 0.75,
  /** Background documents assumed in every IDF, so a pool of three proposals does not find everything it shares rare. */
  idfPrior: 20,
  /** What a match counts in `topSimilar` when both texts name villages and none in common: another village's lamp is another lamp. */
  otherPlace: 0.5,
} as const;

/** The marks that tell the kinds of terms apart (no word from `segment` starts with one). */
export const TERM_MARK = { bigram: '#', related: '~', place: '@' } as const;

/** What residents add to every complaint and that says nothing about which problem it is. */
const COMPLAINT_WORDS = new Set(
  `关于 解决 反映 尽快 赶紧 麻烦 老百姓 群众 村民 居民 大家伙 政府 有关部门 部门 相关部门 上级 领导 帮忙 帮助 好久 多年 半年 几年 一年 两年
  好几 好几年 好几个 天天 每天 事情 事儿 这事 咋办 怎么办 严重 影响 生活 恳请 请求 要求 强烈 真是 始终 根本 没人管 没人 管管 管一管 修一修
  谢谢 辛苦 什么 时候 什么时候 到底 多次 好多次 好几次 几次 能否 是否 可否 提出 提个 盼望 期盼 答复 处理 落实 重视 关注 一件 啥时候 老是
  目前 至今 一直没 还没 快点 早点 早日 尽早 尽快解决 有关 单位 同意 不了 不到 不好 不行 出来 起来 下来 过来 知道 发现 开始 出现 造成 导致
  修修 好几处 好几回 好几天 好几次 好多 好多次 赶紧修 一下子 老有人 太难 太难了 不得了 受不了`.split(/\s+/).filter(Boolean),
);

/** Characters that make a bigram say nothing (的路, 了半, 我们): particles and pronouns. */
const BIGRAM_STOP_CODES = new Uint8Array(65536);
for (const ch of '的了着过是在有和与也都还又就很太这那我你他它们吗呢吧啊呀么个把被给让咱俺您哪啥') BIGRAM_STOP_CODES[ch.charCodeAt(0)] = 1;
/** Bigrams of the formulas every proposal is written in (关于…的建议, 希望有关部门尽快解决). */
const BIGRAM_FILLERS = '关于 建议 希望 反映 解决 问题 有关 关部 部门 尽快 赶紧 领导 政府 百姓 老百 群众 好几 一下 修修 麻烦 能不 不能 一直 没人 人管 现在 已经 时候 什么'.split(' ');
const FILLER_CODES = new Set(BIGRAM_FILLERS.map((b) => b.charCodeAt(0) * 65536 + b.charCodeAt(1)));

/** A text's terms for comparing it: each term with its weight before IDF, and what they were taken from. */
export interface TextTerms {
  /** Term → weight before IDF: words as they are, bigrams marked #, thesaurus groups ~, places @ (see TERM_MARK). */
  readonly weights: ReadonlyMap<string, number>;
  /** The content words, title first, each once: what keywords are chosen from. */
  readonly words: readonly string[];
  /** The places named, in order. */
  readonly places: readonly PlaceMention[];
  /** Indices of the thesaurus groups the text touches, in order of first mention. */
  readonly concepts: readonly number[];
}

/** What terms are taken with: the thesaurus (the shipped one by default) and the known place names. */
export interface TermOptions {
  readonly thesaurus?: Thesaurus;
  readonly gazetteer?: Gazetteer;
}

/** The kinds of terms: a content word, a bigram, a thesaurus group (a related word) and a place. */
export type TermKind = 'word' | 'bigram' | 'related' | 'place';

/**
 * What `visitTerms` is told of each term it meets: its kind, the term, its weight, and a number: a thesaurus
 * group's index, a bigram's two character codes (first × 65,536 + second), else -1. A visitor that only needs the
 * number gets an empty term for bigrams when it asks (`bigramText: false`), so that no string is made for them.
 */
export type TermVisitor = (kind: TermKind, term: string, weight: number, code: number) => void;

/** What a text names besides its terms: its content words (when taken), places and thesaurus groups, and its text without the places. */
export type TextMentions = Pick<TextTerms, 'words' | 'places' | 'concepts'> & { readonly problem: string };

/**
 * Meets every term of a proposal in turn, with the weight of that occurrence (see `termsOf`); `words: false`
 * leaves out the content words and so the segmenter, for callers that compare by bigrams and thesaurus groups
 * alone (grouping a pool, where the words add nothing the bigrams do not already say).
 */
export function visitTerms(title: string, description: string, opts: TermOptions & { readonly words?: boolean; readonly bigramText?: boolean }, visit: TermVisitor): TextMentions {
  const thesaurus = opts.thesaurus ?? THESAURUS;
  const words: string[] = [];
  const seenWords = new Set<string>();
  const places: PlaceMention[] = [];
  const concepts: number[] = [];
  const problems: string[] = [];
  const parts = [
    [title, TERM_WEIGHTS.title],
    [description, TERM_WEIGHTS.description],
  ] as const;
  for (const [text, weight] of parts) {
    if (!text) continue;
    const corrected = thesaurus.correct(text);
    const found = findPlaces(corrected, opts.gazetteer);
    let problem = '';
    let last = 0;
    for (const p of found) {
      places.push(p);
      visit('place', p.key, TERM_WEIGHTS.place * weight, -1);
      problem += `${corrected.slice(last, p.start)}，`;
      last = p.end;
    }
    problem += corrected.slice(last);
    problems.push(problem);
    if (opts.words !== false) {
      for (const w of topicWords(problem)) {
        visit('word', w, TERM_WEIGHTS.word * weight * generality(w), -1);
        if (!seenWords.has(w)) {
          seenWords.add(w);
          words.push(w);
        }
      }
    }
    visitBigrams(problem, opts.bigramText !== false, (b, code) => visit('bigram', b, TERM_WEIGHTS.bigram * weight, code));
    for (const m of thesaurus.find(problem)) {
      for (const g of m.groups) {
        visit('related', thesaurus.groups[g]!.head, TERM_WEIGHTS.related * weight, g);
        if (!concepts.includes(g)) concepts.push(g);
      }
    }
  }
  return { words, places, concepts, problem: problems.join('。') };
}

/** The content words of a text that can tell one problem from another: two characters or more, no complaint formula. */
export function topicWords(text: string): string[] {
  return contentWords(text).filter((w) => w.length >= 2 && !COMPLAINT_WORDS.has(w));
}

/** Damps the summed weight of a repeated term: 1 + ln n from n > 1 on. */
export function damped(weight: number): number {
  return weight > 1 ? 1 + Math.log(weight) : weight;
}

/** The marks of the kinds of terms in a TextTerms' weights. */
const MARK_OF: Readonly<Record<TermKind, string>> = { word: '', bigram: TERM_MARK.bigram, related: TERM_MARK.related, place: TERM_MARK.place };

/**
 * The weighted terms of a proposal: its content words (the title's weighted higher), the overlapping character
 * bigrams of its Chinese runs (so 停电 meets 经常停电了), its thesaurus groups at a lower weight (手机没信号 meets
 * 通信基站) and its places. Misspellings are corrected first (路等 → 路灯); the places are cut out of the text
 * before words and bigrams are taken, so that two villages do not look alike by the 羊村 of 东羊村 and 西羊村.
 * Repeated terms are damped (1 + ln n).
 */
export function termsOf(title: string, description: string, opts: TermOptions = {}): TextTerms {
  const weights = new Map<string, number>();
  const mentions = visitTerms(title, description, opts, (kind, term, w) => {
    const key = MARK_OF[kind] + term;
    weights.set(key, (weights.get(key) ?? 0) + w);
  });
  for (const [t, w] of weights) weights.set(t, damped(w));
  return { weights, ...mentions };
}

/** How specific a word is in general Chinese, 0.3–1 (情况 little, 路灯 fully): residents' general words weigh less. */
function generality(word: string): number {
  if (!/\p{Script=Han}/u.test(word)) return 1;
  return Math.min(1, Math.max(0.3, generalIdf(word) / 9));
}

/** The overlapping bigrams of the Chinese runs of a text, without those holding a particle or pronoun or of a formula (关于, 建议). */
export function bigramsOf(text: string): string[] {
  const out: string[] = [];
  visitBigrams(text, true, (b) => out.push(b));
  return out;
}

/** Meets each bigram of `bigramsOf` in turn with its character codes, as a string too when `asText`. */
function visitBigrams(text: string, asText: boolean, visit: (bigram: string, code: number) => void): void {
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A character outside the Chinese ranges, or a particle, ends the run; a particle is in no bigram.
    if (!isHan(c) || BIGRAM_STOP_CODES[c]) {
      prev = -1;
      continue;
    }
    if (prev >= 0) {
      const code = prev * 65536 + c;
      if (!FILLER_CODES.has(code)) visit(asText ? text.slice(i - 1, i + 1) : '', code);
    }
    prev = c;
  }
}

/** Whether a UTF-16 code is a Chinese character of the common ranges (CJK unified, extension A, compatibility). */
function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** Inverse document frequencies over a corpus: rare terms weigh much, terms most texts share little. */
export interface Idf {
  /** How many documents it was counted over. */
  readonly n: number;
  /** The IDF of a term, ln((n + prior) / (df + 1)); a term no document holds gets the highest. */
  weight(term: string): number;
}

/** IDF over a corpus of texts' terms, with TERM_WEIGHTS.idfPrior background documents that hold none of them. */
export function buildIdf(docs: Iterable<TextTerms>): Idf {
  const df = new Map<string, number>();
  let n = 0;
  for (const d of docs) {
    n++;
    for (const t of d.weights.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const top = n + TERM_WEIGHTS.idfPrior;
  return { n, weight: (term) => Math.log(top / ((df.get(term) ?? 0) + 1)) };
}

/** A text's terms weighted by IDF and scaled to unit length; without an IDF, the weights as they are. */
export function weightedTerms(t: TextTerms, idf?: Idf): Map<string, number> {
  const out = new Map<string, number>();
  let norm = 0;
  for (const [term, w] of t.weights) {
    const v = idf ? w * idf.weight(term) : w;
    out.set(term, v);
    norm += v * v;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [term, v] of out) out.set(term, v / norm);
  return out;
}

/** Cosine similarity of two texts' terms (0–1), weighted by the IDF when given; the same texts give the same value. */
export function similarity(a: TextTerms, b: TextTerms, idf?: Idf): number {
  return dotTerms(weightedTerms(a, idf), weightedTerms(b, idf));
}

/** Dot product of two weighted term maps, summed in the smaller map's order (deterministic). */
function dotTerms(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, v] of small) {
    const w = large.get(t);
    if (w !== undefined) s += v * w;
  }
  return s;
}

/** A text that can be compared: an id, and its title and description or its terms already taken. */
export type SimilarCandidate = { readonly id: string } & ({ readonly title: string; readonly description: string } | { readonly terms: TextTerms });

/** One result of `topSimilar`: a candidate's id and its similarity to the query. */
export interface SimilarResult {
  readonly id: string;
  readonly score: number;
}

/**
 * The k candidates most similar to a query (a search or a proposal being written), best first, those sharing
 * nothing with it left out; ties go to the earlier candidate. When both name villages (or neighbourhoods) and none
 * in common, the score counts TERM_WEIGHTS.otherPlace of itself. The IDF is the caller's (one kept for the whole
 * pool) or else counted over the candidates.
 */
export function topSimilar(query: TextTerms | { readonly title: string; readonly description: string }, candidates: readonly SimilarCandidate[], k: number, opts: TermOptions & { readonly idf?: Idf } = {}): SimilarResult[] {
  if (k <= 0 || candidates.length === 0) return [];
  const q = 'weights' in query ? query : termsOf(query.title, query.description, opts);
  const terms = candidates.map((c) => ('terms' in c ? c.terms : termsOf(c.title, c.description, opts)));
  const idf = opts.idf ?? buildIdf(terms);
  const qv = weightedTerms(q, idf);
  const here = villagesOf(q);
  return terms
    .map((t, i) => {
      const score = dotTerms(qv, weightedTerms(t, idf));
      const there = here.length > 0 ? villagesOf(t) : [];
      const elsewhere = there.length > 0 && !there.some((v) => here.includes(v));
      return { i, score: elsewhere ? score * TERM_WEIGHTS.otherPlace : score };
    })
    .filter((r) => r.score > 0)
    .sort((x, y) => y.score - x.score || x.i - y.i)
    .slice(0, k)
    .map((r) => ({ id: candidates[r.i]!.id, score: r.score }));
}

/** The keys of the villages and neighbourhoods a text names. */
function villagesOf(t: TextTerms): string[] {
  return t.places.filter((p) => p.level === 'village').map((p) => p.key);
}
