import { type HandlingItemDetail, RESULT_CLASS_LABELS } from '@shangliang/core';
import { type ItemLetterFacts, suggestionName } from './assignment.js';
import { type IssuingOffice, type Prefill, paragraphs, sentence } from './document-context.js';

/**
 * 办理情况答复函 — the lead department's accepted 书面反馈 as its letter to the CPPCC office: what was done,
 * the measures, the result class, and its 责任人. The department is the 发文机关; the office numbers and keeps it.
 */
export function replyDocument(office: IssuingOffice, item: HandlingItemDetail, facts: ItemLetterFacts): Prefill {
  const answer = [...item.feedbacks].reverse().find((f) => f.status === 'accepted')!;
  const department = answer.departmentName ?? item.leadDepartmentName ?? '承办单位';
  const body = [
    `${item.letterNo ? `你办《${item.letterNo}》` : '你办'}交办的${suggestionName(item, facts)}收悉。我单位高度重视，认真研究办理，现将办理情况答复如下。`,
    '一、办理情况',
    ...paragraphs(answer.text).map(sentence),
    ...(answer.measures ? ['二、采取的措施', ...paragraphs(answer.measures).map(sentence)] : []),
    `${answer.measures ? '三' : '二'}、办理结果`,
    `经研究，该建议办理结果为“${RESULT_CLASS_LABELS[answer.resultClass]}”。感谢对我单位工作的关心和支持。`,
    `联系人：${answer.responsible}，联系电话：${answer.contact}。`,
  ];
  return {
    issuer: department,
    fields: {
      title: `关于${suggestionName(item, facts)}办理情况的答复函`,
      recipients: `${office.cppcc}办公室`,
      body: body.join('\n'),
      signature: department,
      cc: '',
      printer: department,
    },
    notes: [`据${department}${answer.round > 1 ? `第${answer.round}轮` : ''}已采纳的书面反馈生成，发文机关为承办单位。`],
  };
}
