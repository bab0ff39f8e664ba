import { readFileSync } from 'node:fs';
import { opinionSentences } from '../../src/text/opinion-sentences.js';
import { findThemes, GROUPING, type GroupingTuning } from '../../src/text/opinion-themes.js';

/** One utterance of the fixture with the theme a clerk filed it under (null: procedure or off-topic). */
export interface LabelledUtterance {
  readonly speaker: string;
  readonly org: string | null;
  readonly text: string;
  readonly theme: string | null;
}

/** A key point the clerk would write, and the word groups (any one word of each) that show it in a draft. */
export interface ReferencePoint {
  readonly point: string;
  readonly keywords: readonly (readonly string[])[];
}

/** One consultation of the fixture. */
export interface FixtureConsultation {
  readonly title: string;
  readonly county: string;
  readonly themes: Readonly<Record<string, string>>;
  readonly utterances: readonly LabelledUtterance[];
  readonly reference: readonly ReferencePoint[];
}

/** The three consultations of test/text/fixtures/consultation-opinions.json. */
export function loadFixture(): FixtureConsultation[] {
  const url = new URL('./fixtures/consultation-opinions.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { consultations: FixtureConsultation[] }).consultations;
}

/**
 * The theme each utterance was grouped into, as the draft sees it: the theme (among the first maxThemes)
 * holding most of the utterance's sentences, the earlier theme on a tie; -1 when none of its sentences is
 * in a theme (dropped as too short, procedural or a lone remark).
 */
export function placeUtterances(utterances: readonly LabelledUtterance[], maxThemes = 6, tuning: GroupingTuning = GROUPING): number[] {
  const sentences = opinionSentences(utterances);
  const { themes } = findThemes(sentences, utterances.length, maxThemes, tuning);
  const votes = utterances.map(() => new Map<number, number>());
  themes.forEach((theme, t) => {
    for (const i of theme.members) for (const u of sentences[i]!.utterances) votes[u]!.set(t, (votes[u]!.get(t) ?? 0) + 1);
  });
  return votes.map((v) => {
    let best = -1;
    for (const [t, c] of v) if (best < 0 || c > v.get(best)! || (c === v.get(best)! && t < best)) best = t;
    return best;
  });
}

/** Pairwise precision, recall and F1 of a grouping against labels, over the utterances the clerk gave a theme. */
export function pairwise(labels: readonly (string | null)[], predicted: readonly number[]): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (labels[i] === null || labels[j] === null) continue;
      const same = labels[i] === labels[j];
      const together = predicted[i]! >= 0 && predicted[i] === predicted[j];
      if (same && together) tp++;
      else if (together) fp++;
      else if (same) fn++;
    }
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** The reference points whose every keyword group has a word in the summary. */
export function covered(reference: readonly ReferencePoint[], summary: string): ReferencePoint[] {
  return reference.filter((r) => r.keywords.every((group) => group.some((w) => summary.includes(w))));
}
