import { ITEM_ACTION_RULES, itemSubject } from '@shangliang/core';
import { assignmentDocument, type ItemLetterFacts } from '../../documents/assignment.js';
import { replyDocument } from '../../documents/reply.js';
import { supervisionDocument } from '../../documents/supervision.js';
import { findOutcomeOfTopic } from '../../repositories/outcomes.repository.js';
import type { RequestContext } from '../context.js';
import { getItem } from '../handling/items.js';
import { settingsOf } from '../handling/settings.js';
import type { DocumentSource } from './document-source.js';

/** A handling item as the source of its 交办函, 督办通知 and 办理情况答复函. */
export async function itemSource(ctx: RequestContext, id: string): Promise<DocumentSource> {
  const item = await getItem(ctx, id);
  const db = ctx.db.kysely;
  const [outcome, settings] = await Promise.all([findOutcomeOfTopic(db, item.topicId), settingsOf(db, item.countyId)]);
  const facts: ItemLetterFacts = { outcomeTitle: outcome?.title ?? `关于${item.topicTitle}的协商建议`, returnWindowDays: settings.returnWindowDays };
  const assigned = !!item.leadDepartmentId && !!item.dueOn && item.state !== 'unassigned' && item.state !== 'returned';
  return {
    subjectType: 'handling_item',
    subjectId: item.id,
    countyId: item.countyId,
    subject: itemSubject({ countyId: item.countyId, leadDepartmentId: item.leadDepartmentId, coDepartmentIds: item.coDepartments.map((d) => d.id) }),
    label: `${item.topicTitle} 第 ${item.seq} 条建议`,
    unavailable: {
      assignment: assigned ? null : '该建议尚未交办（或已被退回待重新交办），不能生成交办函',
      supervision: assigned && ITEM_ACTION_RULES.supervise.states.includes(item.state) ? null : '该建议尚未交办或已办结，不能生成督办通知',
      reply: item.feedbacks.some((f) => f.status === 'accepted') ? null : '承办单位的书面反馈尚未采纳，不能生成办理情况答复函',
    },
    part: {},
    async prefill(kind, office) {
      if (kind === 'assignment') return assignmentDocument(office, item, facts);
      if (kind === 'supervision') return supervisionDocument(office, item, facts);
      return replyDocument(office, item, facts);
    },
  };
}
