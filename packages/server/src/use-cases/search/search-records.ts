import { ITEM_STATE_LABELS, PROPOSAL_STATUS_LABELS, STATEMENT_STATUS_LABELS, TOPIC_STATE_LABELS, searchAudience, type SearchHitView, type SearchKindName, type SearchPageView, type SearchQuery, snippet } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { AppError, invalid } from '../refusals.js';
import { listPublicCounties } from '../../repositories/public.repository.js';
import { type SearchHit, type SearchMatch, type SearchScope, searchDocs } from '../../repositories/search.repository.js';
import { thesaurusFor } from '../../search/county-thesaurus.js';
import { type ExpandedQuery, expandQuery } from '../../text/query-expansion.js';

/**
 * A query expanded with the county's thesaurus (null: the city's): each word, or any of its related words. A query
 * of lone characters only is refused (it would match nearly everything).
 */
async function queryOf(ctx: RequestContext, q: string, countyId: string | null): Promise<ExpandedQuery> {
  const query = expandQuery(q, await thesaurusFor(ctx, countyId));
  if (!query.exact.length) throw invalid('请至少输入两个字的词语', [{ path: 'q', message: '请至少输入两个字的词语' }]);
  return query;
}

/** What the index is asked. */
const matchOf = (e: ExpandedQuery): SearchMatch => ({ clauses: e.clauses.map((c) => c.alternatives), exact: e.exact, rankExact: e.expanded });

/**
 * The terms to mark in a hit: of each query word, its own terms when the record holds them all, and each related word
 * the record holds — whole where it is written whole, else its terms.
 */
function foundTerms(h: SearchHit, e: ExpandedQuery): string[] {
  const text = `${h.title} ${h.body}`.toLowerCase();
  const found = new Set<string>();
  for (const c of e.clauses) {
    c.alternatives.forEach((terms, i) => {
      const word = i > 0 ? c.related[i - 1]!.toLowerCase() : null;
      if (word && text.includes(word)) found.add(word);
      else if (terms.every((t) => text.includes(t))) for (const t of terms) found.add(t);
    });
  }
  return [...found];
}

/** The state labels of each kind. */
const STATE_LABELS: Readonly<Record<SearchKindName, Readonly<Record<string, string>>>> = {
  proposal: PROPOSAL_STATUS_LABELS,
  topic: TOPIC_STATE_LABELS,
  suggestion: ITEM_STATE_LABELS,
  feedback: { submitted: '待审核', accepted: '已采纳', returned: '已退回' },
  opinion: {},
  statement: STATEMENT_STATUS_LABELS,
};

/** A hit as the API shows it: the snippet marks the matched terms, phones were masked when indexed. */
const present = (h: SearchHit, e: ExpandedQuery): SearchHitView => ({
  kind: h.kind,
  id: h.ref_id,
  title: h.title,
  snippet: snippet(h.body || h.title, foundTerms(h, e)),
  countyId: h.county_id,
  state: h.state,
  stateLabel: h.state ? (STATE_LABELS[h.kind][h.state] ?? null) : null,
  link: h.link,
  score: Math.round(Number(h.score) * 1000) / 1000,
});

/** 全站检索 — what the signed-in user may read, ranked, in the kinds asked for. */
export async function searchRecords(ctx: RequestContext, q: SearchQuery): Promise<SearchPageView> {
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  // The thesaurus of the county searched: the filter's, else the actor's own (the city office: the city's).
  const query = await queryOf(ctx, q.q, q.countyId ?? ctx.user.countyId);
  const counties = [null, ...(await listPublicCounties(ctx.db.kysely)).map((c) => c.id)];
  const audience = searchAudience(ctx.actor, counties, q.kinds);
  const scope: SearchScope = { kinds: q.kinds, counties: audience.counties, ownerId: audience.ownerId, deptId: audience.deptId, publicOnly: false, countyId: q.countyId };
  const { hits, total } = await searchDocs(ctx.db.kysely, ctx.db.engine, matchOf(query), scope, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  return { items: hits.map((h) => present(h, query)), total };
}

const PUBLIC_KINDS: readonly SearchKindName[] = ['topic', 'feedback', 'statement'];

/** 门户检索 — public topics (cases, published answers), published answers and public rooms' statements only. */
export async function searchPublic(ctx: RequestContext, q: { q: string; countyId?: string | undefined }): Promise<SearchPageView> {
  const query = await queryOf(ctx, q.q, q.countyId ?? null);
  const scope: SearchScope = { kinds: PUBLIC_KINDS, counties: new Map(), ownerId: null, deptId: null, publicOnly: true, countyId: q.countyId };
  const { hits, total } = await searchDocs(ctx.db.kysely, ctx.db.engine, matchOf(query), scope, { limit: 20, offset: 0 });
  return { items: hits.map((h) => present(h, query)), total };
}
