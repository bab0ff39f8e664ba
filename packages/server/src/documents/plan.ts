import { chineseNumber, type PlanView, TOPIC_CATEGORY_LABELS, TOPIC_FIELD_LABELS, type TopicCategory, type TopicField } from '@shangliang/core';
import { type IssuingOffice, listOf, type Prefill, sentence } from './document-context.js';

/** A topic of the plan, as the plan document lists it. */
export interface PlanTopic {
  readonly title: string;
  readonly category: TopicCategory;
  readonly field: string | null;
  readonly lead_vice_chair: string | null;
  readonly owner_unit: string | null;
  readonly description: string;
}

/** One topic as a second-level heading with its category, lead vice chair and owning unit. */
function topicLine(t: PlanTopic, i: number): string {
  const field = t.field ? TOPIC_FIELD_LABELS[t.field as TopicField] ?? t.field : null;
  const who = [t.lead_vice_chair ? `牵头副主席：${t.lead_vice_chair}` : null, t.owner_unit ? `责任单位：${t.owner_unit}` : null].filter(Boolean).join('；');
  return `（${chineseNumber(i + 1)}）${t.title}。${TOPIC_CATEGORY_LABELS[t.category]}${field ? `，${field}领域` : ''}${who ? `；${who}` : ''}。`;
}

/**
 * 年度协商计划 (第五条) — a county's plan as reported to its party committee: the topics, then the work
 * requirements of the regulation (不调研不协商, 成果报送, 跟踪问效).
 */
export function planDocument(office: IssuingOffice, plan: PlanView, topics: readonly PlanTopic[]): Prefill {
  const body = [
    `根据《临汾市政协“有事来商量”工作制度》，结合工作实际，经${office.cppcc}主席会议研究，现将${plan.year}年度“有事来商量”协商计划报告如下。`,
    '一、协商议题',
    ...(topics.length ? topics.map(topicLine) : ['本年度协商议题正在征集遴选中，确定后另行报送。']),
    '二、工作要求',
    '（一）坚持不调研不协商。每个议题协商前须深入开展调研，形成调研报告。',
    '（二）注重协商实效。广泛邀请政协委员、有关部门、基层干部和群众代表参加，充分协商、凝聚共识。',
    `（三）抓好成果转化。协商成果及时报送${listOf([office.party, office.government]) || '党委、政府'}，交有关部门办理，并跟踪问效、督促落实。`,
    ...(plan.reportedOn ? [] : [sentence('本计划经党委审定后组织实施')]),
  ];
  const title = plan.title.includes(office.cppcc) ? plan.title : `${office.cppcc}${plan.title}`;
  return {
    fields: { title, recipients: office.party ? `中共${office.party}` : '', body: body.join('\n'), signature: office.issuer, cc: '', printer: office.issuer },
    notes: topics.length ? [] : ['该计划尚未列入议题。'],
  };
}
