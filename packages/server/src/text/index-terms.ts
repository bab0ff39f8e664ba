import { segment } from './segment.js';

const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;
/** A resident's mobile number typed into a text: never indexed, never shown in a snippet. */
const PHONE = /1[3-9]\d{9}/g;

/** Masks mobile numbers in a text (138****5678). */
export const maskPhones = (text: string): string => text.replace(PHONE, (p) => `${p.slice(0, 3)}****${p.slice(-4)}`);

/** The overlapping character bigrams of each run of Chinese characters (停电了 → 停电 电了). */
export function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(HAN_RUN)) for (let i = 0; i + 1 < m[0].length; i++) out.push(m[0].slice(i, i + 2));
  return out;
}

/**
 * 检索词 — what a text is indexed by: its words (jieba's search mode, so 交通运输局 also gives 交通 and 运输) and the
 * overlapping bigrams of its Chinese runs, so that a two-character query finds a word segmentation put inside a
 * longer one (停电 in 经常停电了). Lower-cased, distinct, space-joined; phones are left out.
 */
export function indexTerms(text: string): string {
  const plain = text.replace(PHONE, ' ');
  const terms = new Set<string>();
  for (const w of segment(plain, { mode: 'search' })) if (WORD.test(w)) terms.add(w.toLowerCase());
  for (const b of bigrams(plain)) terms.add(b);
  return [...terms].join(' ');
}

/**
 * The terms a query must all match: for each of its words, the bigrams inside it (so 停电 matches the bigram of
 * 经常停电了, and 村里路灯 asks for 村里 and 路灯 but not 里路), Latin words and numbers whole; a lone character is too
 * common to search by and is left out. Empty when nothing is left to search by.
 */
export function queryTerms(q: string): string[] {
  const terms = new Set<string>();
  for (const w of segment(withoutPhones(q))) for (const t of wordTerms(w)) terms.add(t);
  return [...terms];
}

/** A text with its mobile numbers blanked out (they are never searched by). */
export const withoutPhones = (text: string): string => text.replace(PHONE, ' ');

/** The terms one query word asks for: the bigrams of a Chinese word, a Latin word or number whole (lower-cased); none for a lone character. */
export function wordTerms(w: string): string[] {
  if (/[\u3400-\u9fff]/.test(w)) return [...new Set(bigrams(w))];
  return WORD.test(w) ? [w.toLowerCase()] : [];
}
