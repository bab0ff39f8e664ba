import { formatDocumentDate, type HandlingItemDetail } from '@shangliang/core';
import { contactLine, type IssuingOffice, listOf, type Prefill, paragraphs } from './document-context.js';

/** What an item's letters need besides the item: its outcome's title and the county's return window. */
export interface ItemLetterFacts {
  readonly outcomeTitle: string;
  readonly returnWindowDays: number;
}

/** 《关于…的协商建议》第3条建议 — how the letters name a suggestion. */
export const suggestionName = (item: HandlingItemDetail, facts: ItemLetterFacts): string => `《${facts.outcomeTitle}》第${item.seq}条建议`;

/**
 * 交办函 (第四条(四)) — to the lead department: the suggestion, its deadline, the co-handling units, the
 * window to return a misassigned item, and whom to call.
 */
export function assignmentDocument(office: IssuingOffice, item: HandlingItemDetail, facts: ItemLetterFacts): Prefill {
  const co = listOf(item.coDepartments.map((d) => d.name));
  const body = [
    `根据《临汾市政协“有事来商量”工作制度》第四条（四）的规定，现将${office.cppcc}围绕“${item.topicTitle}”协商形成的${suggestionName(item, facts)}交你单位${co ? `主办，${co}会办` : '办理'}。`,
    '一、建议内容',
    ...paragraphs(item.content),
    '二、办理要求',
    `（一）按期答复。请于${formatDocumentDate(item.dueOn!)}前将办理情况书面答复${office.cppcc}办公室，并明确办理结果分类。`,
    `（二）加强沟通。办理中请主动与建议提出方面沟通协商${co ? '，会同会办单位共同研究办理' : ''}，确保建议落到实处。`,
    `（三）如认为该建议不属于你单位职责范围，请于交办之日起${facts.returnWindowDays}日内说明理由并退回。`,
    ...contactLine(office),
  ];
  return {
    fields: {
      title: `关于交办${suggestionName(item, facts)}的函`,
      recipients: item.leadDepartmentName ?? '',
      body: body.join('\n'),
      signature: office.issuer,
      cc: co,
      printer: office.issuer,
    },
    notes: item.letterNo ? [`该建议交办时已登记交办函号 ${item.letterNo}；印发后以本次发文字号为准。`] : [],
  };
}
