import { candidatePairs } from './candidate-pairs.js';
import { labelGroup, type GroupPlace, type LabelledText } from './group-labels.js';
import { buildGazetteer, type Gazetteer } from './places.js';
import { PoolReader, rowDot } from './proposal-vectors.js';
import { TERM_WEIGHTS, topicWords, visitTerms, type TextMentions } from './similarity.js';
import { sparseAverageLinkage } from './sparse-linkage.js';
import { THESAURUS, type Thesaurus } from './thesaurus.js';

/**
 * The tuning of proposal grouping, in one place. The thresholds were chosen on
 * test/text/fixtures/proposals-labelled.json from the middle of the ranges where the grouping works (pairwise F1
 * ≥ 0.95 for a threshold of 0.06–0.25 and an unplaced threshold of 0.12–0.3; the figures are in grouping.test.ts),
 * the blocking and sampling sizes so that 100,000 proposals group in under ten seconds (bench/grouping.mjs).
 */
export const PROPOSAL_GROUPING: ProposalGroupingTuning = {
  threshold: 0.15,
  unplacedThreshold: 0.2,
  minEdge: 0.05,
  blockTerms: 4,
  smallBlock: 40,
  window: 8,
  maxTerms: 40,
  exactPairs: 256,
  samplePairs: 64,
};

/** The parameters of proposal grouping (see PROPOSAL_GROUPING). */
export interface ProposalGroupingTuning {
  /** Mean cosine between two groups of proposals of one place above which they are one problem. */
  readonly threshold: number;
  /** The same for proposals that name no place (county-wide matters): without a place in common, more text must be. */
  readonly unplacedThreshold: number;
  /** Pairs compared below this similarity link nothing and are not kept. */
  readonly minEdge: number;
  /** How many of its strongest terms a proposal is blocked by, besides its thesaurus groups. */
  readonly blockTerms: number;
  /** A block (proposals of one place sharing one term) up to this size compares all its pairs. */
  readonly smallBlock: number;
  /** In a larger block, sorted by strongest terms, each proposal is compared with this many on each side. */
  readonly window: number;
  /** A proposal's vector keeps its strongest terms only (a long letter keeps to its main points). */
  readonly maxTerms: number;
  /** Two groups of up to this many proposal pairs are compared on all their pairs before they merge. */
  readonly exactPairs: number;
  /** Larger groups are compared on this many pairs drawn evenly. */
  readonly samplePairs: number;
}

/** A proposal to group: its id, title and description. */
export interface ProposalText {
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

/** One group: the proposals raising the same concrete problem, its keywords and the title of a topic made of it. */
export interface ProposalGroup {
  readonly proposalIds: string[];
  readonly keywords: string[];
  readonly suggestedTitle: string;
}

/** The grouping of a pool: the groups, largest first, and the proposals that are in none, in input order. */
export interface ProposalGrouping {
  readonly groups: ProposalGroup[];
  readonly ungrouped: string[];
}

/** What grouping is done with: the thesaurus (a county's own groups merged in), known place names, the tuning. */
export interface GroupingOptions {
  readonly thesaurus?: Thesaurus;
  readonly places?: Iterable<string> | Gazetteer;
  readonly tuning?: ProposalGroupingTuning;
}

/** How many proposals of a group its keywords and title are read from. */
const LABEL_SAMPLE = 5;

/**
 * Groups a pool of proposals by the concrete problem they raise, so that each group can become one topic:
 * the same place and the same problem (东羊村路灯不亮 and 东羊村晚上黑灯瞎火 are one; 东羊村 and 西羊村 lamps are
 * two; a county-wide matter such as 医保报销 needs no place). Proposals are compared by the bigrams and thesaurus
 * groups of their text without its places (cosine, IDF over the pool): on the labelled set the segmenter's words
 * add nothing the bigrams do not already say, and segmenting would be a third of the time, so only a sample of each
 * group is segmented, for its keywords. Two proposals naming different villages never meet, nor one naming a
 * village and one not, and a local problem written without a place (路灯坏了) joins nothing. Only the pairs that
 * blocking puts forward are compared (candidate-pairs.ts), the groups formed by average linkage
 * (sparse-linkage.ts). Every id appears exactly once (a repeated id counts once); the same pool always gives the
 * same groups.
 */
export function groupProposals(items: readonly ProposalText[], opts: GroupingOptions = {}): ProposalGrouping {
  const tuning = opts.tuning ?? PROPOSAL_GROUPING;
  const thesaurus = opts.thesaurus ?? THESAURUS;
  const gazetteer = opts.places === undefined ? undefined : Symbol.iterator in opts.places ? buildGazetteer(opts.places) : opts.places;
  const seen = new Set<string>();
  const unique = items.filter((p) => !seen.has(p.id) && seen.add(p.id));
  const reader = new PoolReader();
  const rows: { index: number; mentions: TextMentions; place: GroupPlace }[] = [];
  const textOpts = { thesaurus, words: false, bigramText: false, ...(gazetteer ? { gazetteer } : {}) } as const;
  unique.forEach((p, index) => {
    const mentions = visitTerms(p.title, p.description, textOpts, (kind, _term, w, code) => {
      if (kind === 'bigram' || kind === 'related') reader.add(kind, code, w);
    });
    const place = placeOf(mentions, thesaurus);
    const keep = groupable(mentions, place, thesaurus);
    if (reader.end(keep) && keep) rows.push({ index, mentions, place });
  });
  const vectors = reader.vectors(tuning.maxTerms);
  const places = rows.map((r) => r.place);
  const edges = candidatePairs(vectors, places, tuning);
  const clusters = sparseAverageLinkage(vectors.size, edges, Math.min(tuning.threshold, tuning.unplacedThreshold), {
    state: (i) => places[i]!,
    compatible: samePlace,
    join: commonPlace,
    thresholdOf: (x) => (x.level === 'none' ? tuning.unplacedThreshold : tuning.threshold),
    similarity: (i, j) => rowDot(vectors, i, j),
    exactPairs: tuning.exactPairs,
    samplePairs: tuning.samplePairs,
  });
  const found = clusters.filter((c) => c.length >= 2).map((c) => c.map((i) => rows[i]!));
  const samples = found.map((members) => sampleOf(members, LABEL_SAMPLE).map((m) => ({ ...m.mentions, words: [...new Set(topicWords(m.mentions.problem))] })));
  const wordIdf = idfOf(samples.flat());
  const inGroup = new Set<number>();
  const groups = found.map((members, k) => {
    for (const m of members) inGroup.add(m.index);
    const label = labelGroup(samples[k]!, members.map((m) => m.place).reduce(commonPlace), wordIdf, thesaurus);
    return { first: members[0]!.index, group: { proposalIds: members.map((m) => unique[m.index]!.id), ...label } };
  });
  groups.sort((a, b) => b.group.proposalIds.length - a.group.proposalIds.length || a.first - b.first);
  return { groups: groups.map((g) => g.group), ungrouped: unique.filter((_, i) => !inGroup.has(i)).map((p) => p.id) };
}

/**
 * Where a proposal is, for grouping: the villages (or neighbourhoods) it names, else its townships, else nowhere.
 * A proposal whose problems are all county-wide (医保, 养老金) is nowhere whatever village the resident writes from.
 */
function placeOf(t: TextMentions, thesaurus: Thesaurus): GroupPlace {
  if (t.concepts.length > 0 && t.concepts.every((g) => thesaurus.groups[g]!.local === false)) return { level: 'none', keys: [] };
  for (const level of ['village', 'township'] as const) {
    const keys = [...new Set(t.places.filter((p) => p.level === level).map((p) => p.key))].sort();
    if (keys.length > 0) return { level, keys };
  }
  return { level: 'none', keys: [] };
}

/** Whether a proposal can join a group: a local problem must say where (路灯坏了 alone names no lamp). */
function groupable(t: TextMentions, place: GroupPlace, thesaurus: Thesaurus): boolean {
  if (place.level !== 'none' || t.concepts.length === 0) return true;
  return t.concepts.some((g) => thesaurus.groups[g]!.local === false);
}

/** Whether two places can be one problem's: the same level, and a key in common unless both are nowhere. */
function samePlace(x: GroupPlace, y: GroupPlace): boolean {
  if (x.level !== y.level) return false;
  if (x.level === 'none') return true;
  return x.keys.some((k) => y.keys.includes(k));
}

/** The place of two merged groups: what they have in common. */
function commonPlace(x: GroupPlace, y: GroupPlace): GroupPlace {
  return { level: x.level, keys: x.keys.filter((k) => y.keys.includes(k)) };
}

/** The IDF of a word over some proposals (the groups' samples, for keywords). */
function idfOf(texts: readonly LabelledText[]): (word: string) => number {
  const df = new Map<string, number>();
  for (const t of texts) for (const w of t.words) df.set(w, (df.get(w) ?? 0) + 1);
  const top = texts.length + TERM_WEIGHTS.idfPrior;
  return (w) => Math.log(top / ((df.get(w) ?? 0) + 1));
}

/** Up to n members of a group, spread evenly over it (all of a small group). */
function sampleOf<T>(members: readonly T[], n: number): T[] {
  if (members.length <= n) return [...members];
  return Array.from({ length: n }, (_, k) => members[Math.floor((k * members.length) / n)]!);
}
