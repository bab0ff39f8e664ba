import { opinionSentences, type OpinionSentence, type Speaker, type Utterance } from './opinion-sentences.js';
import { findThemes } from './opinion-themes.js';
import { pageRank } from './textrank.js';
import { cosine, type SparseVector } from './vectors.js';

export type { Utterance } from './opinion-sentences.js';

/** One point of a theme: a sentence of the input and everyone who said it or something close to it. */
export interface MinutesPoint {
  text: string;
  speakers: string[];
}

/** One theme of the draft: its keywords and its most central points. */
export interface MinutesTheme {
  keywords: string[];
  points: MinutesPoint[];
}

/** A draft 协商纪要: the readable text and the themes it was written from. */
export interface MinutesDraft {
  summary: string;
  themes: MinutesTheme[];
}

/** How many themes and points per theme the draft keeps. */
export interface MinutesDraftOptions {
  maxThemes?: number;
  maxPointsPerTheme?: number;
}

/** The tuning of the points, in one place (the grouping's is in opinion-themes.ts). */
const POINTS = {
  /** Cosine above which two sentences are the same point said twice: one is kept, speakers united. */
  duplicate: 0.5,
  /** Cosine above which a sentence counts as "something close" to a point, so its speaker is named there. */
  close: 0.35,
  /** How much more a proposal weighs than a remark when points are chosen. */
  proposalWeight: 2,
} as const;

/**
 * A draft of the 协商纪要 from the opinions and statements recorded at a consultation: sentences grouped
 * into themes by word-vector similarity (average-linkage clustering over TF-IDF vectors), each theme's
 * keywords, its most central sentences by TextRank with the speakers who said them or something close,
 * near-duplicates merged; themes ordered by how many speakers raised them. Every point is a sentence of
 * the input (trimmed of fillers); nothing is written that nobody said. Deterministic; no model.
 */
export function draftMinutes(
  utterances: readonly { speaker: string; org?: string | null; text: string }[],
  opts?: { maxThemes?: number; maxPointsPerTheme?: number },
): { summary: string; themes: { keywords: string[]; points: { text: string; speakers: string[] }[] }[] } {
  const maxThemes = Math.max(0, Math.floor(opts?.maxThemes ?? 6));
  const maxPoints = Math.max(1, Math.floor(opts?.maxPointsPerTheme ?? 3));
  const sentences = opinionSentences(utterances as readonly Utterance[]);
  if (sentences.length === 0 || maxThemes === 0) return { summary: '', themes: [] };

  const { vectors, themes: found } = findThemes(sentences, utterances.length, maxThemes);
  const themes = found.map(({ members, keywords }) => ({ keywords: [...keywords], points: themePoints(members, sentences, vectors, maxPoints) }));
  return { summary: writeSummary(themes), themes };
}

/**
 * A theme's points: TextRank over the theme's sentences (cosine edges), favouring proposals over remarks,
 * statements over questions, and sentences with some substance; a sentence too close to a chosen point is merged into it, and every sentence close
 * enough to a point lends it its speakers.
 */
function themePoints(members: readonly number[], sentences: readonly OpinionSentence[], vectors: readonly SparseVector[], maxPoints: number): MinutesPoint[] {
  const sims = (a: number, b: number) => cosine(vectors[members[a]!]!, vectors[members[b]!]!);
  const centrality = pageRank(members.length, sims);
  const score = members.map((id, k) => {
    const s = sentences[id]!;
    const shape = s.words.length < 4 ? 0.5 : s.text.length > 120 ? 0.8 : 1;
    const question = /[？?]$|为啥|为什么|怎么办/.test(s.text) ? 0.6 : 1;
    return centrality[k]! * (s.proposal ? POINTS.proposalWeight : 1) * question * shape;
  });
  const order = members.map((_, k) => k).sort((a, b) => score[b]! - score[a]! || a - b);
  const chosen: number[] = [];
  for (const k of order) {
    if (chosen.length === maxPoints) break;
    if (chosen.some((c) => sims(c, k) >= POINTS.duplicate)) continue;
    chosen.push(k);
  }
  const said = chosen.map((k) => [...sentences[members[k]!]!.speakers]);
  members.forEach((_, k) => {
    if (chosen.includes(k)) return;
    let best = -1;
    let bestSim: number = POINTS.close;
    chosen.forEach((c, ci) => {
      const v = sims(c, k);
      if (v >= bestSim) [best, bestSim] = [ci, v];
    });
    if (best >= 0) said[best]!.push(...sentences[members[k]!]!.speakers);
  });
  return chosen.map((k, ci) => ({ text: sentences[members[k]!]!.text, speakers: uniqueLabels(said[ci]!) }));
}

/** How a speaker is named in the minutes: the organisation or title before the name (市交通运输局副局长王志刚). */
function label(s: Speaker): string {
  if (!s.org || s.name.includes(s.org)) return s.name || s.org || '与会人员';
  return s.name ? `${s.org}${s.name}` : s.org;
}

/** Speaker labels without repeats, in order. */
function uniqueLabels(speakers: readonly Speaker[]): string[] {
  return [...new Set(speakers.map(label))];
}

/** Speakers named after a point in the text; more are summed up (张三、李四、王五、赵六等9人). */
const NAMED_SPEAKERS = 4;

/** The speakers of a point as written in the text. */
function whoSaid(speakers: readonly string[]): string {
  if (speakers.length <= NAMED_SPEAKERS) return speakers.join('、');
  return `${speakers.slice(0, NAMED_SPEAKERS).join('、')}等${speakers.length}人`;
}

const DIGITS = '〇一二三四五六七八九';

/** A Chinese ordinal numeral for 1–99 (一, 十, 十二, 二十三) as used in 一、二、 headings. */
function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** Ends a point with a full stop in place of whatever mark it had. */
function asSentence(text: string): string {
  return `${text.replace(/[，,、；;：:。.！!？?…\s]+$/u, '')}。`;
}

/**
 * The draft's text, in the manner of a 纪要: an opening naming what the meeting was about (the first
 * keyword of each theme), then one numbered paragraph per theme, its points each followed by who raised them.
 */
function writeSummary(themes: readonly MinutesTheme[]): string {
  if (themes.length === 0) return '';
  const subjects = [...new Set(themes.map((t) => t.keywords[0]).filter((k): k is string => Boolean(k)))].slice(0, 4);
  const opening = subjects.length > 0 ? `会议围绕${subjects.join('、')}等问题进行了协商。与会人员主要提出以下意见：` : '会议进行了协商。与会人员主要提出以下意见：';
  const sections = themes.map((t, i) => {
    const heading = t.keywords.length > 0 ? `关于${t.keywords.join('、')}。` : '';
    const body = t.points.map((p) => `${asSentence(p.text).slice(0, -1)}（${whoSaid(p.speakers)}）。`).join('');
    return `${chineseNumeral(i + 1)}、${heading}${body}`;
  });
  return [opening, ...sections].join('\n');
}
