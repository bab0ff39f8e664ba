import { type MergeGroupInput, type ProposalGroupsQuery, type ProposalGroupsView, TOPIC_CATEGORIES, type TopicCategory } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { invalid } from '../refusals.js';
import { findProposals } from '../../repositories/proposals.repository.js';
import { placeNamesOf, poolTexts } from '../../repositories/search-sources.repository.js';
import { thesaurusFor } from '../../search/county-thesaurus.js';
import { groupProposals } from '../../text/grouping.js';
import { mergeProposals } from './proposals.js';

/** The county a pool request is about: the one asked for, or the actor's own. */
function countyOf(ctx: RequestContext, countyId: string | undefined): string {
  const county = countyId ?? ctx.user?.countyId;
  if (!county) throw invalid('请选择县（市、区）', [{ path: 'countyId', message: '请选择县（市、区）' }]);
  return county;
}

/**
 * 选题建议分组 — the county's pool grouped by the concrete problem raised (same place and same problem), each group
 * with its keywords and a suggested topic title; every proposal of the filter appears once, grouped or not.
 */
export async function groupPool(ctx: RequestContext, q: ProposalGroupsQuery): Promise<ProposalGroupsView> {
  const county = countyOf(ctx, q.countyId);
  await authorize(ctx, 'proposal.list', { type: 'proposal', scope: [county] });
  const [pool, places, thesaurus] = await Promise.all([poolTexts(ctx.db.kysely, county, q.status ? [q.status] : ['submitted', 'screened_in']), placeNamesOf(ctx.db.kysely, county), thesaurusFor(ctx, county)]);
  const { groups, ungrouped } = groupProposals(pool, { places, thesaurus });
  const titles = new Map(pool.map((p) => [p.id, p.title]));
  return { groups: groups.map((g) => ({ proposalIds: g.proposalIds, keywords: g.keywords, suggestedTitle: g.suggestedTitle, titles: g.proposalIds.map((id) => titles.get(id) ?? '') })), ungrouped };
}

/**
 * 合并立题 of a group in one click: into an existing topic, or a new topic with the suggested (or edited) title, the
 * proposals' titles as its description and the category most of them chose. The merge itself is the ordinary one
 * (policy, audit, the proposers told).
 */
export async function mergeGroup(ctx: RequestContext, input: MergeGroupInput): Promise<string> {
  if (input.topicId) return mergeProposals(ctx, { ids: input.ids, topicId: input.topicId });
  if (!input.title) throw invalid('请填写议题名称', [{ path: 'title', message: '请填写议题名称' }]);
  const rows = await findProposals(ctx.db.kysely, input.ids);
  const votes = new Map<TopicCategory, number>();
  for (const r of rows) votes.set(r.category, (votes.get(r.category) ?? 0) + 1);
  const category = [...TOPIC_CATEGORIES].sort((a, b) => (votes.get(b) ?? 0) - (votes.get(a) ?? 0))[0]!;
  const description = `由群众和委员反映的 ${rows.length} 条选题建议合并立题：${rows.map((r) => r.title).join('；')}。`.slice(0, 3000);
  return mergeProposals(ctx, { ids: input.ids, topic: { title: input.title, description, category } });
}
