import { chineseNumber, CONSULTATION_FORM_LABELS, formatDocumentDate, type TopicView } from '@shangliang/core';
import { type IssuingOffice, listOf, type Prefill, paragraphs, sentence } from './document-context.js';

/** The consultations held, as one sentence: when, how and where. */
function heldSentence(topic: TopicView): string {
  const held = topic.consultations.filter((c) => c.status === 'held');
  if (held.length === 0) return '';
  const parts = held.map((c) => `${formatDocumentDate(c.startsAt.slice(0, 10))}以${CONSULTATION_FORM_LABELS[c.form]}形式${c.venueName ? `在${c.venueName}` : ''}开展协商`);
  const attended = held.flatMap((c) => c.participants.filter((p) => p.attended));
  const kinds = listOf([...new Set(attended.map((p) => p.kindLabel))]);
  return `${parts.join('，')}${kinds ? `，${kinds}等参加` : ''}。`;
}

/**
 * 协商建议 (第四条(三)3) — the outcome submitted to the party committee and government: how the topic was
 * researched and consulted, then each numbered suggestion as a second-level heading.
 */
export function suggestionsDocument(office: IssuingOffice, topic: TopicView): Prefill {
  const outcome = topic.outcome!;
  const suggestions = [...outcome.suggestions].sort((a, b) => a.seq - b.seq);
  const reports = topic.researchReports.length ? `在深入调研、形成${topic.researchReports.length}份调研报告的基础上，` : '';
  const body = [
    `按照${office.cppcc}年度协商计划，围绕“${topic.title}”，${reports}${heldSentence(topic) || '组织委员、有关部门和群众代表开展协商。'}现将协商形成的意见建议报告如下。`,
    '一、基本情况',
    ...paragraphs(topic.description).map(sentence),
    '二、意见建议',
    ...suggestions.map((s) => `（${chineseNumber(s.seq)}）${sentence(s.content)}`),
    '以上建议，供决策参考。',
  ];
  return {
    fields: {
      title: outcome.title.startsWith('关于') ? outcome.title : `关于${topic.title}的协商建议`,
      recipients: outcome.submittedTo,
      body: body.join('\n'),
      signature: office.issuer,
      cc: '',
      printer: office.issuer,
    },
    notes: ['“一、基本情况”取自议题说明，请按实际情况补充调研和协商的主要情况。'],
  };
}
