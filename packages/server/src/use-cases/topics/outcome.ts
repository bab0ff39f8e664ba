import { OUTCOME_KIND_LABELS, type SubmitOutcomeInput } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { conflict, invalid } from '../refusals.js';
import { newId } from '../../repositories/ids.js';
import { findOrgs } from '../../repositories/organisations.repository.js';
import { findOutcomeOfTopic, insertHandlingItems, insertOutcome, insertSuggestions } from '../../repositories/outcomes.repository.js';
import { authorize } from '../authorize.js';
import { getTopic, loadTopic, type TopicView } from './topics.js';
import { indexRecords } from '../../search/index-records.js';
import { topicSubject, transitionTopic } from './transition-topic.js';

/** 成果报送 — the outcome document with numbered suggestions, submitted to the party committee/government. */
export async function submitOutcome(ctx: RequestContext, id: string, input: SubmitOutcomeInput): Promise<TopicView> {
  const topic = await loadTopic(ctx, id);
  await authorize(ctx, 'topic.submit_outcome', topicSubject(topic));
  const existing = await findOutcomeOfTopic(ctx.db.kysely, id);
  if (existing) throw conflict('该议题已报送协商成果，请勿重复报送');
  const deptIds = input.suggestions.flatMap((s) => (s.departmentId ? [s.departmentId] : []));
  const orgs = await findOrgs(ctx.db.kysely, deptIds);
  input.suggestions.forEach((s, i) => {
    const o = s.departmentId ? orgs.get(s.departmentId) : undefined;
    if (s.departmentId && (!o || o.kind !== 'department' || (o.county_id !== topic.county_id && o.county_id !== null)))
      throw invalid(`第 ${i + 1} 条建议所涉部门不正确`, [{ path: `suggestions.${i}.departmentId`, message: '部门不正确' }]);
  });
  const outcomeId = newId();
  const now = ctx.now.toISOString();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await insertOutcome(trx, { id: outcomeId, topic_id: id, kind: input.kind, title: input.title, submitted_to: input.submittedTo, submitted_on: input.submittedOn, submitted_via: input.submittedVia ?? null, created_at: now });
    const suggestions = input.suggestions.map((s, i) => ({ id: newId(), outcome_id: outcomeId, topic_id: id, seq: i + 1, content: s.content, department_id: s.departmentId ?? null, conversion: null, created_at: now }));
    await insertSuggestions(trx, suggestions);
    // Each suggestion becomes a handling item, waiting for 交办 (第四条(四)).
    await insertHandlingItems(trx, suggestions.map((s) => ({ suggestion_id: s.id, topic_id: id, county_id: topic.county_id, state: 'unassigned', round: 1, seq: s.seq, co_dept_ids: '[]', updated_at: now, updated_by: ctx.user?.id ?? null })));
    // The guards (a consultation held, at least one suggestion) are checked against the rows just written.
    await indexRecords(trx, { suggestion: suggestions.map((s) => s.id) });
    await transitionTopic(ctx, trx, topic, 'submit_outcome', { detail: `${input.submittedOn} 以${OUTCOME_KIND_LABELS[input.kind]}《${input.title}》报送${input.submittedTo}，共 ${input.suggestions.length} 条建议` });
  });
  return getTopic(ctx, id);
}
