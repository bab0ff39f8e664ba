import type { ProposalDuplicatesQuery, ProposalDuplicatesView, ProposalDuplicateView } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { authorizeRead } from '../authorize.js';
import { notFound } from '../refusals.js';
import { findProposals, type ProposalRow } from '../../repositories/proposals.repository.js';
import { placeNamesOf } from '../../repositories/search-sources.repository.js';
import { similarCandidates } from '../../repositories/search.repository.js';
import { groupProposals } from '../../text/grouping.js';
import { indexTerms } from '../../text/index-terms.js';
import { relatedTerms } from '../../text/query-expansion.js';
import type { Thesaurus } from '../../text/thesaurus.js';
import { thesaurusFor } from '../../search/county-thesaurus.js';
import { topSimilar } from '../../text/similarity.js';
import { SIMILAR_MIN_SCORE, stageOf } from './find-similar-proposals.js';

/** Candidates read from the index for each proposal before they are compared closely. */
const CANDIDATES = 40;
/** Terms of a proposal the index is asked for (its words first, then bigrams). */
const MAX_TERMS = 40;
/** Terms of the words related to the proposal's (the county's thesaurus) asked for besides. */
const MAX_RELATED_TERMS = 20;
/** Likely duplicates shown per proposal. */
const SHOWN = 5;
/** Topics in these states take no more proposals. */
const CLOSED_TOPIC = ['rejected', 'concluded'];

/** Up to 60 characters, at least 4: a title the merge accepts. */
const titleOf = (t: string, fallback: string): string => (t.trim().length >= 4 ? t.trim() : fallback).slice(0, 60);

/**
 * 疑似重复 — for each proposal of a screening page, the open proposals of its county's pool and the county's topics
 * that raise the same problem, most alike first, with a score: candidates from the search index (any shared term),
 * compared as texts (words, bigrams, related words, places) as the portal's look-up does. For another proposal, the
 * title a topic made of the two would get, so that 合并立题 is one click.
 */
export async function findProposalDuplicates(ctx: RequestContext, q: ProposalDuplicatesQuery): Promise<ProposalDuplicatesView> {
  const rows = await findProposals(ctx.db.kysely, q.ids);
  if (rows.length !== q.ids.length) throw notFound('部分选题建议');
  await authorizeRead(ctx, 'proposal.list', { type: 'proposal', scope: [...new Set(rows.map((r) => r.county_id))] }, '部分选题建议');
  const of = new Map<string, { places: string[]; thesaurus: Thesaurus }>();
  for (const county of new Set(rows.map((r) => r.county_id))) of.set(county, { places: await placeNamesOf(ctx.db.kysely, county), thesaurus: await thesaurusFor(ctx, county) });
  const byId: Record<string, ProposalDuplicateView[]> = {};
  for (const row of rows) byId[row.id] = await duplicatesOf(ctx, row, of.get(row.county_id)!);
  return { byId };
}

async function duplicatesOf(ctx: RequestContext, row: ProposalRow, county: { places: readonly string[]; thesaurus: Thesaurus }): Promise<ProposalDuplicateView[]> {
  const { places, thesaurus } = county;
  const text = `${row.title} ${row.description}`;
  const own = indexTerms(text).split(' ').filter(Boolean).slice(0, MAX_TERMS);
  if (!own.length) return [];
  const terms = [...new Set([...own, ...relatedTerms(text, thesaurus, MAX_RELATED_TERMS)])];
  const self = `proposal:${row.id}`;
  const candidates = (await similarCandidates(ctx.db.kysely, ctx.db.engine, row.county_id, terms, CANDIDATES + 1)).filter((c) => `${c.kind}:${c.ref_id}` !== self);
  if (!candidates.length) return [];
  const byKey = new Map(candidates.map((c) => [`${c.kind}:${c.ref_id}`, c]));
  const ranked = topSimilar({ title: row.title, description: row.description }, candidates.map((c) => ({ id: `${c.kind}:${c.ref_id}`, title: c.title, description: c.body })), SHOWN, { thesaurus });
  return ranked
    .filter((r) => r.score >= SIMILAR_MIN_SCORE)
    .map((r) => {
      const c = byKey.get(r.id)!;
      const pair = c.kind === 'proposal' ? groupProposals([{ id: row.id, title: row.title, description: row.description }, { id: c.ref_id, title: c.title, description: c.body }], { places, thesaurus }).groups[0] : undefined;
      return {
        kind: c.kind,
        id: c.ref_id,
        title: c.title,
        stage: stageOf(c.kind, c.state),
        score: Math.round(r.score * 1000) / 1000,
        mergeable: c.kind === 'proposal' || !CLOSED_TOPIC.includes(c.state ?? ''),
        suggestedTitle: c.kind === 'proposal' ? titleOf(pair?.suggestedTitle ?? '', row.title) : null,
      };
    });
}
