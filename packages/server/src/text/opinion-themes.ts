import { agglomerate } from './cluster.js';
import type { OpinionSentence, Speaker } from './opinion-sentences.js';
import { themeKeywords } from './theme-keywords.js';
import { generalIdf } from './segment.js';
import { cosine, tfIdfVectors, unitVector, weightedSum, weightedVectors, type SparseVector } from './vectors.js';

/**
 * The tuning of the grouping, in one place. Chosen on the fixture test/text/fixtures/consultation-opinions.json
 * from the middle of the range where grouping works (mean pairwise F1 0.45–0.52 for thresholds 0.04–0.15
 * at context 1), not from its single best value.
 */
export const GROUPING: GroupingTuning = {
  context: 1,
  mergeThreshold: 0.1,
  commonShare: 0.25,
};

/** The parameters of the grouping (see GROUPING). */
export interface GroupingTuning {
  /** How much of the rest of a speaker's utterance a sentence carries when grouping (a speaker tends to stay on one matter). */
  readonly context: number;
  /** Mean cosine between two groups of sentences above which they are one theme. */
  readonly mergeThreshold: number;
  /** A word in more than this share of the sentences (the meeting's own subject: 校车 at a meeting on school buses) separates no theme from another. */
  readonly commonShare: number;
}

/** A theme found among the sentences: its sentences (indices) and the people who raised it. */
export interface OpinionTheme {
  readonly members: readonly number[];
  readonly speakers: readonly Speaker[];
}

/** The grouping of a meeting's sentences: their vocabulary with each word's document frequency, and the themes, most speakers first. */
export interface OpinionGrouping {
  readonly words: readonly string[];
  readonly df: readonly number[];
  readonly index: ReadonlyMap<string, number>;
  readonly themes: readonly OpinionTheme[];
}

/**
 * Groups sentences into themes: TF-IDF vectors over the meeting's own sentences, each mixed with its
 * utterance's, clustered by average linkage at a cosine threshold. Only words said in two sentences or more
 * take part in the grouping (a word said once links nothing and only dilutes the similarity); the chair's
 * procedure takes no part at all. A group of one speaker's remark without a proposal is no theme. Themes
 * are ordered by how many speakers raised them, then by size, then by who spoke first.
 */
export function groupOpinions(sentences: readonly OpinionSentence[], utteranceCount: number, tuning: GroupingTuning = GROUPING): OpinionGrouping {
  const { words, df, index } = tfIdfVectors(sentences.map((s) => s.words));
  const taking = sentences.map((_, i) => i).filter((i) => !sentences[i]!.procedural);
  // In a handful of sentences every shared word is shared by most: only a real meeting has a subject to set aside.
  const common = Math.max(5, tuning.commonShare * sentences.length);
  const shared = taking.map((i) => sentences[i]!.words.filter((w) => df[index.get(w)!]! >= 2 && df[index.get(w)!]! <= common));
  const { vectors: own } = tfIdfVectors(shared);
  const grouping = withContext(taking.map((i) => sentences[i]!.utterances[0]!), own, utteranceCount, tuning.context);
  const themes = agglomerate(taking.length, (i, j) => cosine(grouping[i]!, grouping[j]!), tuning.mergeThreshold)
    .map((cluster) => cluster.map((k) => taking[k]!))
    .map((members) => ({ members, speakers: speakersOf(members.map((i) => sentences[i]!)) }))
    .filter((c) => worthATheme(c.members.map((i) => sentences[i]!), c.speakers))
    .sort((a, b) => b.speakers.length - a.speakers.length || b.members.length - a.members.length || a.members[0]! - b.members[0]!);
  return { words, df, index, themes };
}

/** A theme of the draft: its sentences, the people who raised it and its keywords. */
export interface DraftTheme extends OpinionTheme {
  readonly keywords: readonly string[];
}

/**
 * The themes a draft is written from: the grouping's themes with their keywords, without the groups in
 * which no word comes back (what was left over once the themes were formed), at most maxThemes of them;
 * and the sentences' vectors for comparing sentences inside a theme.
 */
export function findThemes(sentences: readonly OpinionSentence[], utteranceCount: number, maxThemes: number, tuning: GroupingTuning = GROUPING): { vectors: readonly SparseVector[]; themes: DraftTheme[] } {
  const { index, df, themes } = groupOpinions(sentences, utteranceCount, tuning);
  // Inside a theme, sentences are compared by words weighted as in general Chinese: whether two say the same
  // thing must not depend on how small the meeting was.
  const vectors = weightedVectors(sentences.map((s) => s.words), generalIdf);
  const found = themes
    .map((t) => ({ ...t, keywords: themeKeywords(t.members, sentences, index, df, sentences.length) }))
    .filter((t) => t.keywords.length > 0)
    .slice(0, maxThemes);
  return { vectors, themes: found };
}

/** Each sentence's vector mixed with its utterance's, so a short sentence groups with what its speaker was saying. */
function withContext(owners: readonly number[], vectors: readonly SparseVector[], utteranceCount: number, weight: number): SparseVector[] {
  const byUtterance: number[][] = Array.from({ length: utteranceCount }, () => []);
  owners.forEach((u, i) => byUtterance[u]!.push(i));
  const context = byUtterance.map((ids) => unitVector(weightedSum(ids.map((i) => [vectors[i]!, 1] as const))));
  return owners.map((u, i) => unitVector(weightedSum([[vectors[i]!, 1], [context[u]!, weight]])));
}

/** The distinct speakers of some sentences, in order of first appearance. */
export function speakersOf(group: readonly OpinionSentence[]): Speaker[] {
  const seen = new Map<string, Speaker>();
  for (const s of group) for (const p of s.speakers) if (!seen.has(speakerKey(p))) seen.set(speakerKey(p), p);
  return [...seen.values()];
}

/** One key per person: name and organisation. */
function speakerKey(s: Speaker): string {
  return `${s.name}\u0000${s.org ?? ''}`;
}

/**
 * Whether a group belongs in the minutes: raised by two speakers or more, or by one who proposed something;
 * a lone remark with no proposal (今年玉米收成不错) and the chair's running of the meeting are left out.
 */
function worthATheme(group: readonly OpinionSentence[], speakers: readonly Speaker[]): boolean {
  const substantive = group.filter((s) => !s.procedural);
  if (substantive.length === 0) return false;
  return speakers.length >= 2 || substantive.some((s) => s.proposal);
}
