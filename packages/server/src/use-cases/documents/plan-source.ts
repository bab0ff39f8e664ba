import { planDocument } from '../../documents/plan.js';
import { listPlanTopics } from '../../repositories/documents.repository.js';
import type { RequestContext } from '../context.js';
import { getPlan } from '../plans/plans.js';
import type { DocumentSource } from './document-source.js';

/** A 年度协商计划 as the source of its document, with its topics. */
export async function planSource(ctx: RequestContext, id: string): Promise<DocumentSource> {
  const plan = await getPlan(ctx, id);
  return {
    subjectType: 'plan',
    subjectId: plan.id,
    countyId: plan.countyId,
    subject: { type: 'plan', scope: [plan.countyId] },
    label: plan.title,
    unavailable: { plan: null },
    part: { year: plan.year },
    async prefill(_kind, office) {
      return planDocument(office, plan, await listPlanTopics(ctx.db.kysely, plan.id));
    },
  };
}
