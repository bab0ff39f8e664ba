import type { PlaceLevel } from './places.js';
import { generalIdf, wordTag } from './segment.js';
import type { TextTerms } from './similarity.js';
import type { Thesaurus } from './thesaurus.js';

/** How a group's keywords are chosen. */
const LABELS = {
  /** Problem words per group (the place comes first, on top). */
  words: 4,
  /** General-corpus IDF from which a keyword counts fully (情况 counts little, 路灯 fully). */
  specificIdf: 10,
} as const;

/** Parts of speech that make no keyword: numerals, adverbs, pronouns, time and locality words, particles, verbs of saying. */
const NOT_A_KEYWORD = new Set(['m', 'mq', 'q', 'c', 'd', 'ad', 't', 'r', 'p', 'u', 'uj', 'ul', 'uz', 'uv', 'ug', 'y', 'e', 'o', 'f', 's', 'zg']);

/** Where a group's proposals are: the level and the keys their places share (none: the problem is county-wide or not placed). */
export interface GroupPlace {
  readonly level: PlaceLevel | 'none';
  readonly keys: readonly string[];
}

/** What labelling needs of a proposal: its content words, places and thesaurus groups (see TextTerms). */
export type LabelledText = Pick<TextTerms, 'words' | 'places' | 'concepts'>;

/** A group's keywords and the title a topic made of it would get. */
export interface GroupLabel {
  readonly keywords: string[];
  readonly suggestedTitle: string;
}

/**
 * Labels a group of proposals from what they say, never more: the place they share as they write it (屯里镇东羊村
 * when they name the township too), the words most of them use and few other proposals do, and a title in the
 * form of a 协商 topic — 关于解决{place}{topic}问题的建议 with the thesaurus topic most of them touch (夜间照明), or
 * else 关于{place}{keywords}问题的建议.
 */
export function labelGroup(members: readonly LabelledText[], place: GroupPlace, wordIdf: (word: string) => number, thesaurus: Thesaurus): GroupLabel {
  const where = placeName(members, place);
  const words = topWords(members, wordIdf);
  const keywords = where ? [where, ...words] : words;
  const topic = dominantTopic(members, thesaurus);
  if (topic) return { keywords, suggestedTitle: `关于解决${where}${topic}问题的建议` };
  const what = words.slice(0, 2).join('、') || '群众反映';
  return { keywords, suggestedTitle: `关于${where}${what}问题的建议` };
}

/** The group's place as most of its proposals write it, the township put before a village when they name one (屯里镇东羊村). */
function placeName(members: readonly LabelledText[], place: GroupPlace): string {
  if (place.level === 'none' || place.keys.length === 0) return '';
  const names = place.keys.map((key) => {
    const written = new Map<string, number>();
    const townships = new Map<string, number>();
    for (const m of members) {
      const here = m.places.filter((p) => p.key === key);
      if (here.length === 0) continue;
      for (const p of here) written.set(p.name, (written.get(p.name) ?? 0) + 1);
      if (place.level === 'village') for (const p of new Set(m.places.filter((x) => x.level === 'township').map((x) => x.name))) townships.set(p, (townships.get(p) ?? 0) + 1);
    }
    const name = mostCommon(written) ?? key;
    // A township goes in front only when every proposal naming one names the same.
    const township = townships.size === 1 ? mostCommon(townships)! : '';
    return township + name;
  });
  return names.join('、');
}

/** The most frequent key of a count map; on a tie the longer (冯南垣村 before 冯南垣), then the first seen. */
function mostCommon(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let n = 0;
  for (const [k, c] of counts) {
    if (c > n || (c === n && best !== undefined && k.length > best.length)) {
      best = k;
      n = c;
    }
  }
  return best;
}

/** The thesaurus topic that at least half of the proposals touch, the most touched (then the first mentioned) first. */
function dominantTopic(members: readonly LabelledText[], thesaurus: Thesaurus): string | undefined {
  const counts = new Map<number, number>();
  for (const m of members) for (const g of m.concepts) counts.set(g, (counts.get(g) ?? 0) + 1);
  let best = -1;
  let n = 0;
  for (const [g, c] of counts) {
    if (c > n) {
      best = g;
      n = c;
    }
  }
  if (best < 0 || n * 2 < members.length) return undefined;
  const group = thesaurus.groups[best]!;
  return group.topic ?? group.head;
}

const tagCache = new Map<string, string>();

/** jieba's tag of a word, cached (a pool's groups share their words). */
function tagOf(word: string): string {
  let t = tagCache.get(word);
  if (t === undefined) {
    if (tagCache.size > 50_000) tagCache.clear();
    tagCache.set(word, (t = wordTag(word)));
  }
  return t;
}

/**
 * The words that best say what a group is about: share of its proposals using the word × the word's IDF over the
 * pool, weighed down when common in general Chinese; in a group of three or more, words that come back, and
 * others only when fewer than two do.
 * A word inside a longer one already chosen, or holding one, is left out (路灯 and 路灯不亮).
 */
function topWords(members: readonly LabelledText[], wordIdf: (word: string) => number): string[] {
  const counts = new Map<string, number>();
  for (const m of members) for (const w of m.words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const scored = [...counts]
    .filter(([w]) => w.length >= 2 && /\p{Script=Han}/u.test(w) && !NOT_A_KEYWORD.has(tagOf(w)))
    .map(([w, c]) => ({ w, c, score: (c / members.length) * wordIdf(w) * Math.min(1, generalIdf(w) / LABELS.specificIdf) }))
    .sort((a, b) => b.score - a.score || (a.w < b.w ? -1 : a.w > b.w ? 1 : 0));
  const out: string[] = [];
  const take = (minCount: number) => {
    for (const { w, c } of scored) {
      if (out.length === LABELS.words) return;
      if (c < minCount || out.some((k) => k.includes(w) || w.includes(k))) continue;
      out.push(w);
    }
  };
  take(members.length >= 3 ? 2 : 1);
  // When few words come back (each resident said it their own way), the best of the others say it too.
  if (out.length < 2) take(1);
  return out;
}
