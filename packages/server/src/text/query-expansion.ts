import { withoutPhones, wordTerms } from './index-terms.js';
import { segment } from './segment.js';
import type { Thesaurus } from './thesaurus.js';

/** Related words one query word may stand for at most (a big group would make a slow query). */
export const MAX_ALTERNATIVES = 40;

/**
 * One word of a query: the terms it asks for itself, and what else may stand for it — each related word's terms
 * (手机没信号 may stand for 通信基站). A record matches the clause when it holds all terms of one alternative.
 */
export interface QueryClause {
  /** The word as the query holds it. */
  readonly word: string;
  /** Its own terms first, then one list per related word (none repeated, none implied by a shorter one). */
  readonly alternatives: readonly (readonly string[])[];
  /** The related words behind the alternatives after the first, for the snippet. */
  readonly related: readonly string[];
}

/** A query as the index is asked: every clause must match (AND), each by any of its alternatives (OR). */
export interface ExpandedQuery {
  readonly clauses: readonly QueryClause[];
  /** The terms of the words as typed: a record holding all of them is an exact hit, ranked first. */
  readonly exact: readonly string[];
  /** Whether any clause has related words (otherwise the exact terms are the whole query). */
  readonly expanded: boolean;
}

/**
 * The terms a typed word asks for, cut as `queryTerms` cuts a query (通信基站 → 通信 基站, not 信基). A related word
 * asks for all its bigrams instead (信号差 → 信号 号差): cut, it would lose 差 and find every 信号, which the
 * thesaurus leaves out on purpose.
 */
const phraseTerms = (w: string): string[] => [...new Set(segment(w).flatMap(wordTerms))];

/** Whether every term of `inner` is in `outer`. */
const within = (inner: readonly string[], outer: ReadonlySet<string>): boolean => inner.every((t) => outer.has(t));

/** A clause of a word: its own terms, then each related word's that is not implied by one already kept. */
function clauseOf(word: string, related: readonly string[]): QueryClause | null {
  const own = phraseTerms(word);
  if (!own.length) return null;
  const kept: string[][] = [own];
  const words: string[] = [];
  const candidates = related.map((w) => ({ w, terms: wordTerms(w) })).filter((c) => c.terms.length > 0);
  // Shorter alternatives first: a longer one holding all of a kept one's terms would find nothing more.
  candidates.sort((a, b) => a.terms.length - b.terms.length);
  for (const c of candidates) {
    if (kept.length > MAX_ALTERNATIVES) break;
    const set = new Set(c.terms);
    if (kept.some((k) => within(k, set))) continue;
    kept.push(c.terms);
    words.push(c.w);
  }
  return { word, alternatives: kept, related: words };
}

/**
 * 查询扩展 — a query cut into clauses: the thesaurus words found in it (whatever the segmenter would make of them)
 * each with their related words, and every other word on its own, as `queryTerms` cuts it. With a county's
 * thesaurus, 通信基站 also finds 手机没信号; the exact words still rank first.
 */
export function expandQuery(q: string, thesaurus: Thesaurus): ExpandedQuery {
  const text = withoutPhones(q);
  const clauses: QueryClause[] = [];
  const plain = (piece: string) => {
    for (const w of segment(piece)) {
      const terms = wordTerms(w);
      if (terms.length) clauses.push({ word: w, alternatives: [terms], related: [] });
    }
  };
  let last = 0;
  for (const m of thesaurus.find(text)) {
    plain(text.slice(last, m.start));
    const c = clauseOf(m.word, thesaurus.related(m.word));
    if (c) clauses.push(c);
    last = m.start + m.word.length;
  }
  plain(text.slice(last));
  // The same word twice asks nothing more.
  const unique = [...new Map(clauses.map((c) => [c.alternatives[0]!.join(' '), c] as const)).values()];
  return { clauses: unique, exact: [...new Set(unique.flatMap((c) => c.alternatives[0]!))], expanded: unique.some((c) => c.alternatives.length > 1) };
}

/**
 * The terms of the words related to the thesaurus words of a text, nearest first (each word's group in order), at
 * most `max`: what a look-up of similar records asks the index besides the text's own terms, so that a record saying
 * 旱厕 is a candidate for one saying 茅子.
 */
export function relatedTerms(text: string, thesaurus: Thesaurus, max: number): string[] {
  const out = new Set<string>();
  for (const m of thesaurus.find(withoutPhones(text))) {
    for (const w of thesaurus.related(m.word)) {
      for (const t of wordTerms(w)) {
        if (out.size >= max) return [...out];
        out.add(t);
      }
    }
  }
  return [...out];
}
