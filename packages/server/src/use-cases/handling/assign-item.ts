import { addDays, type AssignInput, dayInShanghai } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { invalid } from '../refusals.js';
import { setItemDepartments } from '../../repositories/handling.repository.js';
import { findOrgs } from '../../repositories/organisations.repository.js';
import { findTopic } from '../../repositories/topics.repository.js';
import { transitionTopic } from '../topics/transition-topic.js';
import { applyItemEvent } from './apply-item-event.js';
import { runItemStep } from './run-item-step.js';
import { settingsOf } from './settings.js';

/** 交办 — to a lead department and optional co-handling ones; the topic's first one starts 建议办理. */
export async function assignItem(ctx: RequestContext, id: string, input: AssignInput) {
  return runItemStep(ctx, id, input.version, async (trx, item) => {
    const ids = [input.leadDepartmentId, ...input.coDepartmentIds];
    const orgs = await findOrgs(trx, ids);
    for (const d of ids) {
      const o = orgs.get(d);
      if (!o || o.kind !== 'department' || o.active !== 1 || (o.county_id !== item.county_id && o.county_id !== null))
        throw invalid('承办单位须是本级或市级的在册承办单位', [{ path: d === input.leadDepartmentId ? 'leadDepartmentId' : 'coDepartmentIds', message: '承办单位不正确' }]);
    }
    if (input.coDepartmentIds.includes(input.leadDepartmentId)) throw invalid('主办单位不能同时作为会办单位', [{ path: 'coDepartmentIds', message: '与主办单位重复' }]);
    const today = dayInShanghai(ctx.now);
    const { deadlineDays } = await settingsOf(trx, item.county_id);
    const dueOn = input.dueOn ?? addDays(today, deadlineDays);
    if (dueOn <= today) throw invalid('办理期限须晚于今天', [{ path: 'dueOn', message: '办理期限须晚于今天' }]);
    const topic = (await findTopic(trx, item.topic_id))!;
    if (topic.state === 'outcome_submitted') await transitionTopic(ctx, trx, topic, 'start_handling', { detail: `首条建议交办${orgs.get(input.leadDepartmentId)!.name}` });
    await applyItemEvent(ctx, trx, item, 'assign', {
      version: input.version,
      patch: { lead_dept_id: input.leadDepartmentId, co_dept_ids: JSON.stringify(input.coDepartmentIds), assigned_on: today, due_on: dueOn, co_due_on: input.coDueOn ?? null, letter_no: input.letterNo ?? item.letter_no, letter_date: input.letterDate ?? item.letter_date },
      title: item.state === 'returned' ? '重新交办' : '交办',
      detail: [`主办：${orgs.get(input.leadDepartmentId)!.name}`, input.coDepartmentIds.length ? `会办：${input.coDepartmentIds.map((d) => orgs.get(d)!.name).join('、')}` : null, `办理期限：${dueOn}`, input.letterNo ? `交办函：${input.letterNo}` : null].filter(Boolean).join('；'),
    });
    await setItemDepartments(trx, item.suggestion_id, input.leadDepartmentId, input.coDepartmentIds);
  });
}
