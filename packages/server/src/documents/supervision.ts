import { daysBetween, formatDocumentDate, type HandlingItemDetail } from '@shangliang/core';
import { type ItemLetterFacts, suggestionName } from './assignment.js';
import { contactLine, type IssuingOffice, type Prefill, paragraphs, sentence } from './document-context.js';

/** How the item stands against its deadline today, in one sentence. */
function standing(office: IssuingOffice, item: HandlingItemDetail): string {
  if (!item.dueOn) return '';
  const left = daysBetween(office.today, item.dueOn);
  if (item.latestFeedback && item.state !== 'assigned') return `截至${office.date}，你单位已提交书面答复，尚需进一步落实。`;
  if (left < 0) return `截至${office.date}，该建议已超过办理期限${-left}天，尚未书面答复。`;
  if (left === 0) return `该建议办理期限于今日（${office.date}）届满，尚未书面答复。`;
  return `距办理期限尚有${left}天，目前尚未书面答复。`;
}

/** 督办通知 — to the lead department of an item in hand: when it was assigned, how it stands, and the last 督办 recorded. */
export function supervisionDocument(office: IssuingOffice, item: HandlingItemDetail, facts: ItemLetterFacts): Prefill {
  const supervised = item.timeline.filter((e) => e.kind === 'supervise');
  const last = supervised.at(-1);
  const body = [
    `${item.assignedOn ? `${formatDocumentDate(item.assignedOn)}，` : ''}${office.cppcc}将${suggestionName(item, facts)}交你单位办理${item.dueOn ? `，办理期限为${formatDocumentDate(item.dueOn)}` : ''}。${standing(office, item)}`,
    '一、建议内容',
    ...paragraphs(item.content),
    '二、督办要求',
    '（一）高度重视。请你单位主要负责同志亲自过问，明确责任人，加快办理进度。',
    `（二）按期答复。请于${item.dueOn ? formatDocumentDate(item.dueOn) : '规定期限'}前将办理情况书面答复${office.cppcc}办公室。`,
    ...(last?.detail ? [`（三）前期督办情况。${sentence(last.detail)}`] : []),
    ...contactLine(office),
  ];
  return {
    fields: {
      title: `关于督促办理${suggestionName(item, facts)}的通知`,
      recipients: item.leadDepartmentName ?? '',
      body: body.join('\n'),
      signature: office.issuer,
      cc: '',
      printer: office.issuer,
    },
    notes: supervised.length ? [] : ['该建议尚无督办记录；印发督办通知后，可在办件页“督办”中登记发函督办。'],
  };
}
