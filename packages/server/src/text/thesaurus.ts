import { DOMAIN_GROUPS, TYPOS, type ThesaurusGroup, type Typo } from './thesaurus-data.js';
import { WordScanner } from './word-scanner.js';

export type { ThesaurusGroup, Typo } from './thesaurus-data.js';

/** A thesaurus word found in a text: the word, where it starts, and the indices of its groups. */
export interface ThesaurusMatch {
  readonly word: string;
  readonly start: number;
  readonly groups: readonly number[];
}

/**
 * 近义词表 — a thesaurus ready for use: its groups (those with the same head merged into one), the groups of each
 * word, and a scan that finds its words in a text whatever the segmenter made of them (黑灯瞎火 is found whole
 * even where jieba cuts it).
 */
export interface Thesaurus {
  readonly groups: readonly ThesaurusGroup[];
  /** Indices of the groups a word belongs to (empty when none). */
  groupsOf(word: string): readonly number[];
  /** The words related to a word: every other word of its groups, in the groups' order. */
  related(word: string): string[];
  /** Each word with its related words (an empty list for a word the thesaurus does not hold). */
  expand(words: Iterable<string>): Map<string, string[]>;
  /** The thesaurus words in a text, leftmost-longest, not overlapping (路灯不亮 is one match, not 路灯 and 灯不亮). */
  find(text: string): ThesaurusMatch[];
  /** The text with the common misspellings corrected (路等坏了 → 路灯坏了; 道路等 stays). */
  correct(text: string): string;
}

/**
 * Builds a thesaurus from groups and misspellings: groups with the same head are merged (words united; a later
 * group's topic and locality win), so a county's own groups extend the shipped ones —
 * `buildThesaurus([...DOMAIN_GROUPS, ...countyGroups])`. Words shorter than two characters are ignored.
 */
export function buildThesaurus(groups: readonly ThesaurusGroup[], typos: readonly Typo[] = TYPOS): Thesaurus {
  const merged = mergeGroups(groups);
  const byWord = new Map<string, number[]>();
  merged.forEach((g, i) => {
    for (const w of g.words) {
      const list = byWord.get(w);
      if (!list) byWord.set(w, [i]);
      else if (!list.includes(i)) list.push(i);
    }
  });
  const scanner = new WordScanner([...byWord.keys()]);
  const typoOf = new Map(typos.filter((t) => t.typo.length >= 2).map((t) => [t.typo, t] as const));
  const typoScanner = new WordScanner([...typoOf.keys()]);
  const groupsOf = (word: string): readonly number[] => byWord.get(word) ?? [];
  const related = (word: string): string[] => {
    const out = new Set<string>();
    for (const g of groupsOf(word)) for (const w of merged[g]!.words) if (w !== word) out.add(w);
    return [...out];
  };
  return {
    groups: merged,
    groupsOf,
    related,
    expand: (words) => new Map([...words].map((w) => [w, related(w)] as const)),
    find: (text) => scanner.scan(text).map(({ word, start }) => ({ word, start, groups: byWord.get(word)! })),
    correct: (text) => {
      let out = '';
      let last = 0;
      for (const { word, start } of typoScanner.scan(text)) {
        const t = typoOf.get(word)!;
        if (start > 0 && t.notAfter?.includes(text[start - 1]!)) continue;
        out += text.slice(last, start) + t.word;
        last = start + word.length;
      }
      return last === 0 ? text : out + text.slice(last);
    },
  };
}

/** Merges groups of the same head, in order of first appearance; words keep their order, once each. */
function mergeGroups(groups: readonly ThesaurusGroup[]): ThesaurusGroup[] {
  const byHead = new Map<string, { head: string; topic?: string; local?: boolean; words: Set<string> }>();
  for (const g of groups) {
    const head = g.head.trim();
    if (head.length < 2) continue;
    const into = byHead.get(head) ?? { head, words: new Set([head]) };
    if (g.topic) into.topic = g.topic;
    if (g.local !== undefined) into.local = g.local;
    for (const w of g.words) if (w.trim().length >= 2) into.words.add(w.trim());
    byHead.set(head, into);
  }
  return [...byHead.values()].map((g) => ({ head: g.head, ...(g.topic ? { topic: g.topic } : {}), ...(g.local !== undefined ? { local: g.local } : {}), words: [...g.words] }));
}

/** The thesaurus shipped with the platform (DOMAIN_GROUPS and TYPOS). */
export const THESAURUS: Thesaurus = buildThesaurus(DOMAIN_GROUPS);

/** The words related to each word by the shipped thesaurus (手机没信号 → 通信基站, 信号差…). */
export function expand(words: Iterable<string>): Map<string, string[]> {
  return THESAURUS.expand(words);
}
