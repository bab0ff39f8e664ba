import type { OpinionSentence } from './opinion-sentences.js';
import { generalIdf, wordTag } from './segment.js';

/** How a theme's keywords are chosen. */
const KEYWORDS = {
  perTheme: 3,
  /** General-corpus IDF from which a keyword counts fully (道路 6.0 counts 0.6, 养护 9.3 nearly 1). */
  specificIdf: 10,
} as const;

/** Parts of speech that make no heading: numerals, adverbs, pronouns, time and place words, particles, conjunctions. */
const NOT_A_KEYWORD = new Set(['m', 'mq', 'q', 'c', 'd', 'ad', 't', 'r', 'p', 'u', 'uj', 'ul', 'uz', 'uv', 'ug', 'y', 'e', 'o', 'f', 's', 'zg']);

/**
 * A theme's keywords: words of two characters or more that many of the theme's sentences use and few of the
 * rest of the meeting's (in-theme share × log inverse document frequency over all sentences), weighed down
 * when common in general Chinese (了解, 负责) and left out when a numeral, adverb or pronoun by jieba's tags.
 */
export function themeKeywords(members: readonly number[], sentences: readonly OpinionSentence[], wordIndex: ReadonlyMap<string, number>, df: readonly number[], n: number): string[] {
  const inTheme = new Map<string, number>();
  for (const i of members) for (const w of new Set(sentences[i]!.words)) inTheme.set(w, (inTheme.get(w) ?? 0) + 1);
  const scored = [...inTheme]
    .filter(([w]) => w.length >= 2 && /\p{Script=Han}/u.test(w) && !NOT_A_KEYWORD.has(wordTag(w)))
    // In a theme of three sentences or more, a keyword is one that comes back, which also keeps out a stray
    // join of single characters (人兼) that the dictionary does not know.
    .filter(([, c]) => c >= 2 || members.length < 3)
    .map(([w, c]) => {
      const spread = c >= 2 || members.length === 1 ? 1 : 0.5;
      const specific = Math.min(1, generalIdf(w) / KEYWORDS.specificIdf);
      return { w, score: (c / members.length) * Math.log((n + 1) / df[wordIndex.get(w)!]!) * specific * spread };
    })
    .sort((a, b) => b.score - a.score || (a.w < b.w ? -1 : a.w > b.w ? 1 : 0));
  const out: string[] = [];
  for (const { w } of scored) {
    // 路长 and 路长制 say the same: keep the first of a word and a word containing it.
    if (out.some((k) => k.includes(w) || w.includes(k))) continue;
    out.push(w);
    if (out.length === KEYWORDS.perTheme) break;
  }
  return out;
}

