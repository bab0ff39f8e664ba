import { createRequire } from 'node:module';
import type { Jieba as JiebaInstance, TfIdf as TfIdfInstance } from '@node-rs/jieba';
import { isStopWord } from './stop-words.js';

export { STOP_WORDS, isStopWord } from './stop-words.js';

/** A word added to the segmenter's dictionary: the word, and optionally its weight and part of speech (ns place, nt organisation). */
export interface DictionaryWord {
  readonly word: string;
  readonly freq?: number;
  readonly tag?: string;
}

/** How text is cut: `exact` is the one best cut; `search` also emits the shorter words inside long ones (for an index). */
export type SegmentMode = 'exact' | 'search';

/**
 * Terms of the CPPCC's work that jieba's general dictionary cuts apart (有事/来/商量, 答复/函). Place and
 * department names are not listed here: they come from the organisation tree through `addWords`.
 */
const CPPCC_TERMS: readonly DictionaryWord[] = [
  ...['县政协', '市政协', '区政协', '政协委员', '全国政协', '省政协'].map((word) => ({ word, tag: 'nt' })),
  ...[
    '有事来商量', '协商议事', '协商议事会', '协商议题', '协商计划', '协商建议', '协商纪要', '协商成果', '协商活动',
    '会议协商', '网络协商', '现场协商', '网络议事', '议事室', '交办', '答复函', '书面反馈', '承办单位', '主办单位',
    '会办单位', '联系点', '工作联系点', '委员工作站', '委员活动室', '委员之家', '主席会议', '专委会', '履职档案',
    '履职', '界别', '提案', '社情民意', '民主监督', '民主评议', '调研视察', '督办', '办结', '批示', '一事一议',
    '以奖代补', '乡村振兴', '接诉即办',
  ].map((word) => ({ word, tag: 'n' })),
];

/** Weight that makes an added word win over the cuts of the general dictionary without swallowing its neighbours. */
const DEFAULT_FREQ = 2000;

/** Punctuation, symbols and whitespace: not words. */
const NOT_A_WORD = /^[\s\p{P}\p{S}]*$/u;

interface Engine {
  readonly jieba: JiebaInstance;
  tfIdf: TfIdfInstance | null;
}

/** The IDF jieba gives a word it has never seen (the median of its table): a rare, specific word. */
export const UNKNOWN_IDF = 11.95;
/** General-corpus IDF of words looked up so far; cleared when it grows past a bound (a vocabulary is far smaller). */
const idfCache = new Map<string, number>();
const IDF_CACHE_LIMIT = 200_000;

let engine: Engine | null = null;
/** Words added before the dictionary was loaded; applied at load so `addWords` never pays the load itself. */
const pending: DictionaryWord[] = [];
const added = new Set<string>();

const require = createRequire(import.meta.url);

/** The one shared jieba instance, loaded on first use (the dictionaries are ~11 MB; a server that never segments never reads them). */
function loadEngine(): Engine {
  if (engine) return engine;
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict.js') as typeof import('@node-rs/jieba/dict.js');
  const jieba = Jieba.withDict(dict);
  jieba.loadDict(dictionaryBuffer([...CPPCC_TERMS, ...pending]));
  pending.length = 0;
  engine = { jieba, tfIdf: null };
  return engine;
}

/** jieba's user-dictionary lines, `word freq tag`. */
function dictionaryBuffer(words: readonly DictionaryWord[]): Buffer {
  return Buffer.from(words.map((w) => `${w.word} ${w.freq ?? DEFAULT_FREQ}${w.tag ? ` ${w.tag}` : ''}`).join('\n'), 'utf8');
}

/**
 * Adds words the segmenter must keep whole — place names (师庄乡、冯南垣), departments, members' names —
 * to the shared dictionary. Words with whitespace or of one character are ignored; repeated words are added once.
 */
export function addWords(words: Iterable<string | DictionaryWord>): void {
  const fresh: DictionaryWord[] = [];
  for (const w of words) {
    const entry = typeof w === 'string' ? { word: w } : w;
    const word = entry.word.trim();
    if (word.length < 2 || /\s/.test(word) || added.has(word)) continue;
    added.add(word);
    fresh.push({ ...entry, word });
  }
  if (fresh.length === 0) return;
  if (engine) engine.jieba.loadDict(dictionaryBuffer(fresh));
  else pending.push(...fresh);
}

/** Latin words and numbers, kept whole: 5G, 3.5, Covid-19, GB/T 9704 parts. */
const LATIN = /[A-Za-z0-9]+(?:[.\-_+'][A-Za-z0-9]+)*/g;
/** One Han character. */
const HAN = /^\p{Script=Han}$/u;

/**
 * Cuts text into words, dropping punctuation and whitespace. Latin words and numbers (5G, 3.5, Covid-19)
 * stay whole. jieba runs without its HMM, which in speech glues a word to the next character (村到, 委做);
 * instead a run of single characters that are not stop words — what the dictionary did not know, such as
 * 管/水/员 or 路/长 — is joined back into one word (管水员, 路长). In `search` mode jieba also emits the
 * shorter dictionary words inside long ones.
 */
export function segment(text: string, opts: { mode?: SegmentMode } = {}): string[] {
  if (!text) return [];
  const { jieba } = loadEngine();
  const out: string[] = [];
  let last = 0;
  const cutHan = (piece: string) => {
    if (!piece.trim()) return;
    const cut = opts.mode === 'search' ? jieba.cutForSearch(piece, false) : jieba.cut(piece, false);
    joinUnknown(cut, out);
  };
  for (const m of text.matchAll(LATIN)) {
    cutHan(text.slice(last, m.index));
    out.push(m[0]);
    last = m.index + m[0].length;
  }
  cutHan(text.slice(last));
  return out;
}

/**
 * Appends jieba's cut without punctuation, joining each run of two or three single Han characters that are
 * not stop words into one word; punctuation ends a run.
 */
function joinUnknown(cut: readonly string[], out: string[]): void {
  let run = '';
  for (const w of cut) {
    const single = w.length === 1 && HAN.test(w) && !isStopWord(w);
    if (single && run.length < 3) {
      run += w;
      continue;
    }
    if (run) out.push(run);
    run = single ? w : '';
    if (!single && !NOT_A_WORD.test(w)) out.push(w);
  }
  if (run) out.push(run);
}

/** The words of a text that carry its topic: `segment` without stop words and numbers. */
export function contentWords(text: string): string[] {
  return segment(text).filter((w) => !isStopWord(w));
}

/**
 * The n words that best characterise a text by jieba's TF-IDF (term frequency here against the document
 * frequency of jieba's general corpus), without stop words or single characters, best first.
 */
export function keywords(text: string, n: number): string[] {
  if (!text || n <= 0) return [];
  const e = loadEngine();
  // jieba-rs 2.0.1's setConfig cannot take a stop-word set from JavaScript, so ask for more and filter here.
  const found = tfIdfOf(e).extractKeywords(e.jieba, text, n * 3 + 10);
  const out: string[] = [];
  for (const { keyword } of found) {
    if (keyword.length < 2 || isStopWord(keyword) || NOT_A_WORD.test(keyword)) continue;
    out.push(keyword);
    if (out.length === n) break;
  }
  return out;
}

/** jieba's TF-IDF extractor with its general-corpus IDF table, loaded on first use; single characters count as words. */
function tfIdfOf(e: Engine): TfIdfInstance {
  if (!e.tfIdf) {
    const { TfIdf } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { idf } = require('@node-rs/jieba/dict.js') as typeof import('@node-rs/jieba/dict.js');
    e.tfIdf = TfIdf.withDict(idf);
    e.tfIdf.setConfig({ minKeywordLength: 1, useHmm: true });
  }
  return e.tfIdf;
}

/**
 * How rare a word is in jieba's general corpus (its IDF: 的 0.9, 我们 3.4, 道路 6.0, 养护 9.3, 校车 11.8);
 * a word not in the table — a place name, a new term — gets UNKNOWN_IDF. Lets a caller weigh down common
 * words that no stop-word list catches (了解, 一部分).
 */
export function generalIdf(word: string): number {
  const cached = idfCache.get(word);
  if (cached !== undefined) return cached;
  const e = loadEngine();
  // The binding exposes no look-up, but a text of one word has term frequency 1: its keyword weight is its IDF.
  const [top] = tfIdfOf(e).extractKeywords(e.jieba, word, 1);
  const value = top && top.keyword === word ? top.weight : UNKNOWN_IDF;
  if (idfCache.size >= IDF_CACHE_LIMIT) idfCache.clear();
  idfCache.set(word, value);
  return value;
}

/**
 * jieba's part-of-speech tag of one word (n noun, v verb, vn verbal noun, m numeral, d adverb, r pronoun…),
 * or `x` when the dictionary does not hold it as one word (a name, a term joined from single characters).
 */
export function wordTag(word: string): string {
  const tagged = loadEngine().jieba.tag(word, false);
  return tagged.length === 1 && tagged[0]!.word === word ? tagged[0]!.tag : 'x';
}

/**
 * jieba's own cut of a short text with each word's part of speech, without the HMM and without joining single
 * characters (unlike `segment`): for telling where a name ends and the words around it begin (反映/东/羊).
 */
export function taggedWords(text: string): { word: string; tag: string }[] {
  return text ? loadEngine().jieba.tag(text, false) : [];
}
