import { readFileSync } from 'node:fs';
import type { ProposalGrouping } from '../../src/text/grouping.js';

/** One submission of the labelled set, with the concrete problem it raises (null: raised by no other submission). */
export interface LabelledProposal {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly problem: string | null;
}

/** A short search and the submissions a person would expect it to find. */
export interface LabelledQuery {
  readonly q: string;
  readonly expected: readonly string[];
}

/** The labelled set of test/text/fixtures/proposals-labelled.json. */
export interface LabelledSet {
  readonly gazetteer: readonly string[];
  readonly problems: Readonly<Record<string, string>>;
  readonly proposals: readonly LabelledProposal[];
  readonly queries: readonly LabelledQuery[];
}

/** Reads the labelled set. */
export function loadLabelledSet(): LabelledSet {
  return JSON.parse(readFileSync(new URL('./fixtures/proposals-labelled.json', import.meta.url), 'utf8')) as LabelledSet;
}

/**
 * Pairwise precision, recall and F1 of a grouping against the labels, over all pairs of submissions: a pair is
 * rightly together when both have the same problem, wrongly together when not (a singleton put in a group counts
 * against precision), wrongly apart when they share a problem but are not in one group.
 */
export function pairwise(proposals: readonly LabelledProposal[], grouping: ProposalGrouping): { precision: number; recall: number; f1: number } {
  const groupOf = new Map<string, number>();
  grouping.groups.forEach((g, i) => g.proposalIds.forEach((id) => groupOf.set(id, i)));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < proposals.length; i++) {
    for (let j = i + 1; j < proposals.length; j++) {
      const a = proposals[i]!;
      const b = proposals[j]!;
      const same = a.problem !== null && a.problem === b.problem;
      const together = groupOf.has(a.id) && groupOf.get(a.id) === groupOf.get(b.id);
      if (same && together) tp++;
      else if (together) fp++;
      else if (same) fn++;
    }
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Recall@k of a ranking for a query: the share of the expected submissions in the first k (of at most k expected). */
export function recallAt(k: number, ranked: readonly string[], expected: readonly string[]): number {
  const top = new Set(ranked.slice(0, k));
  return expected.filter((id) => top.has(id)).length / Math.min(k, expected.length);
}
