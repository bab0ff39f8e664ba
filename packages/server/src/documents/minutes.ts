import { chineseNumber, CONSULTATION_FORM_LABELS, type ConsultationView, formatDocumentDate, minuteInShanghai, type TopicView } from '@shangliang/core';
import { type IssuingOffice, listOf, type Prefill, paragraphs, sentence } from './document-context.js';

/** One recorded statement of a consultation: an opinion, or a department's response on the spot. */
export interface Utterance {
  readonly speaker: string;
  readonly org?: string | null;
  readonly text: string;
}

/** A 纪要's summary as the draft module writes it: a summary, then themes of points with their speakers. */
export interface MinutesDraft {
  readonly summary: string;
  readonly themes: readonly { readonly keywords: readonly string[]; readonly points: readonly { readonly text: string; readonly speakers: readonly string[] }[]; readonly heading?: string }[];
}

/** What was said, listed by speaker — the opinions, then the departments' responses — when the draft finds no themes. */
export function draftBySpeaker(utterances: readonly Utterance[]): MinutesDraft {
  const said = (u: Utterance) => ({ text: `${u.speaker}${u.org ? `（${u.org}）` : ''}：${u.text}`, speakers: [] });
  const opinions = utterances.filter((u) => !u.org);
  const responses = utterances.filter((u) => u.org);
  return {
    summary: '',
    themes: [
      ...(opinions.length ? [{ keywords: [], heading: '与会人员发言', points: opinions.map(said) }] : []),
      ...(responses.length ? [{ keywords: [], heading: '有关部门回应', points: responses.map(said) }] : []),
    ],
  };
}

/** What was said at a consultation, in the order it was recorded: the opinions, then the departments' responses. */
export const utterancesOf = (c: ConsultationView): Utterance[] => [
  ...c.opinions.map((o) => ({ speaker: o.speaker, text: o.content })),
  ...c.responses.map((r) => ({ speaker: r.person, org: r.orgName ?? '有关部门', text: r.content })),
];

/** 出席 / 列席: who attended, members first, then the others with their units. */
function attendance(c: ConsultationView): string[] {
  const present = c.participants.filter((p) => p.attended);
  const named = (p: (typeof present)[number]) => `${p.name}${p.title ? `（${p.title}）` : ''}`;
  const members = listOf(present.filter((p) => p.kind === 'member').map(named));
  const leaders = listOf(present.filter((p) => p.kind === 'leader').map(named));
  const others = listOf(present.filter((p) => p.kind !== 'member' && p.kind !== 'leader').map(named));
  return [...(leaders ? [`出席：${leaders}`] : []), ...(members ? [`${leaders ? '参加人员' : '出席'}：${members}`] : []), ...(others ? [`列席：${others}`] : [])];
}

/** The themes as first-level headings, each point a paragraph naming who raised it. */
function themeLines(draft: MinutesDraft, firstNumber: number): string[] {
  return draft.themes.flatMap((theme, i) => [
    `${chineseNumber(firstNumber + i)}、${theme.heading ?? `关于${theme.keywords.slice(0, 3).join('、') || '其他事项'}`}`,
    ...theme.points.map((p) => `${sentence(p.text)}${p.speakers.length ? `（${listOf(p.speakers)}）` : ''}`),
  ]);
}

/**
 * 协商纪要 — of one held consultation: when, where, who attended (the 纪要's head), the record, then what was
 * said, summarised by the draft module when there is one. A 纪要 has no 主送机关 and no 署名.
 */
export function minutesDocument(office: IssuingOffice, topic: TopicView, c: ConsultationView, draft: MinutesDraft, drafted: boolean): Prefill {
  const when = minuteInShanghai(c.startsAt);
  const body = [
    `时间：${formatDocumentDate(when.slice(0, 10))} ${when.slice(11)}`,
    `地点：${c.venueName ?? '—'}`,
    ...attendance(c),
    `${formatDocumentDate(when.slice(0, 10))}，${office.cppcc}围绕“${topic.title}”${c.joint ? '联合上级政协' : ''}以${CONSULTATION_FORM_LABELS[c.form]}形式开展协商。与会人员聚焦议题充分交流、坦诚协商，有关部门现场回应。现将会议主要内容纪要如下。`,
    ...paragraphs(c.minutes).map(sentence),
    // The draft's lead sentence; its themes follow as sections of their own.
    ...(draft.summary ? [sentence(draft.summary.split('\n')[0]!)] : []),
    ...themeLines(draft, 1),
    `${chineseNumber(draft.themes.length + 1)}、下一步工作`,
    `会议要求，${office.cppcc}办公室对协商意见进行梳理，形成协商成果报送${listOf([office.party, office.government]) || '党委、政府'}，并跟踪督促办理落实。`,
  ];
  return {
    fields: { title: `“${topic.title}”协商会议纪要`, recipients: '', body: body.join('\n'), signature: '', cc: '', printer: office.issuer },
    notes: [drafted ? '发言归纳由系统根据协商记录自动生成，请核对要点和发言人后印发。' : '发言按发言人列出，请归纳整理后印发。'],
  };
}
