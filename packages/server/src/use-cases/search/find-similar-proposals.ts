import { PROPOSAL_STATUS_LABELS, type ProposalStatus, type SimilarProposalsInput, type SimilarProposalsView, TOPIC_STATE_LABELS, type TopicState } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { invalid } from '../refusals.js';
import { listPublicCounties } from '../../repositories/public.repository.js';
import { similarCandidates } from '../../repositories/search.repository.js';
import { thesaurusFor } from '../../search/county-thesaurus.js';
import { indexTerms } from '../../text/index-terms.js';
import { relatedTerms } from '../../text/query-expansion.js';
import { topSimilar } from '../../text/similarity.js';

/** Candidates read from the index before they are compared closely. */
const CANDIDATES = 40;
/** Terms of the text asked for (its words first, then bigrams). */
const MAX_TERMS = 40;
/** Terms of the words related to the text's (the county's thesaurus) asked for besides. */
const MAX_RELATED_TERMS = 20;
/** How similar an existing record must be to be offered (the comparison's cosine; tuned on the labelled set). */
export const SIMILAR_MIN_SCORE = 0.2;

/** The stage of an existing record in a resident's words (also the screening page's). */
export function stageOf(kind: 'proposal' | 'topic', state: string | null): string {
  if (kind === 'topic') return `已立为协商议题（${TOPIC_STATE_LABELS[state as TopicState] ?? '办理中'}）`;
  return state === 'screened_in' ? '已列入选题库' : `已有人提出（${PROPOSAL_STATUS_LABELS[state as ProposalStatus] ?? '待初筛'}）`;
}

/**
 * 相似建议 — while a proposal is being written: up to five open proposals and topics of the county about the same
 * problem, with their stage, so the resident can follow one instead (submitting stays possible). Candidates come
 * from the search index (any shared term), then are compared as texts (words, bigrams, related words, places);
 * titles and stages only, no names or phones.
 */
export async function findSimilarProposals(ctx: RequestContext, input: SimilarProposalsInput): Promise<SimilarProposalsView> {
  const counties = await listPublicCounties(ctx.db.kysely);
  if (!counties.some((c) => c.id === input.countyId)) throw invalid('请选择县（市、区）', [{ path: 'countyId', message: '县（市、区）不正确' }]);
  const text = `${input.title} ${input.description}`.trim();
  if (text.length < 4) return { items: [] };
  const own = indexTerms(text).split(' ').filter(Boolean).slice(0, MAX_TERMS);
  if (!own.length) return { items: [] };
  // The county's thesaurus: its own words find candidates too, and count as related words when compared.
  const thesaurus = await thesaurusFor(ctx, input.countyId);
  const terms = [...new Set([...own, ...relatedTerms(text, thesaurus, MAX_RELATED_TERMS)])];
  const candidates = await similarCandidates(ctx.db.kysely, ctx.db.engine, input.countyId, terms, CANDIDATES);
  const byKey = new Map(candidates.map((c) => [`${c.kind}:${c.ref_id}`, c]));
  const ranked = topSimilar({ title: input.title, description: input.description }, candidates.map((c) => ({ id: `${c.kind}:${c.ref_id}`, title: c.title, description: c.body })), 5, { thesaurus });
  return {
    items: ranked
      .filter((r) => r.score >= SIMILAR_MIN_SCORE)
      .map((r) => {
        const c = byKey.get(r.id)!;
        return { title: c.title, stage: stageOf(c.kind, c.state), score: Math.round(r.score * 1000) / 1000 };
      }),
  };
}
