import type { Db } from '../db/database.js';
import type { SearchKind } from '../db/schema-search.js';
import { clearSearchDocs, deleteSearchDocs, type SearchDoc, searchIndexMissing, upsertSearchDocs } from '../repositories/search.repository.js';
import { feedbackSources, feedbacksOf, idsOf, opinionSources, proposalSources, recordsOfTopic, statementSources, suggestionSources, topicSources } from '../repositories/search-sources.repository.js';
import type { Executor } from '../repositories/types.js';
import { indexTerms, maskPhones } from '../text/index-terms.js';

/** Records to (re)index, by kind. */
export type IndexRefs = Partial<Record<SearchKind, readonly string[]>>;

const doc = (kind: SearchKind, id: string, d: Omit<SearchDoc, 'doc_key' | 'kind' | 'ref_id' | 'title_terms' | 'body_terms'>): SearchDoc => ({
  doc_key: `${kind}:${id}`,
  kind,
  ref_id: id,
  ...d,
  body: maskPhones(d.body),
  title_terms: indexTerms(d.title),
  body_terms: indexTerms(d.body),
});
const depts = (lead: string | null, co: string | null): string => [lead, ...(JSON.parse(co || '[]') as string[])].filter(Boolean).join(' ');

/** The search rows of the records of one kind (records that no longer exist have none). */
async function docsOf(exec: Executor, kind: SearchKind, ids: readonly string[]): Promise<SearchDoc[]> {
  if (!ids.length) return [];
  switch (kind) {
    case 'proposal':
      return (await proposalSources(exec, ids)).map((r) =>
        doc(kind, r.id, { county_id: r.county_id, topic_id: r.topic_id, dept_ids: '', owner_id: r.source === 'member' ? r.proposer_user_id : null, is_public: 0, title: r.title, body: r.description, state: r.status, link: r.topic_id ? `/console/topics/${r.topic_id}` : r.source === 'member' ? '/console/my/proposals' : '/console/proposals', at: r.at }),
      );
    case 'topic':
      return (await topicSources(exec, ids)).map((r) =>
        doc(kind, r.id, { county_id: r.county_id, topic_id: r.id, dept_ids: '', owner_id: null, is_public: (r.published_as_case === 1 && r.state === 'concluded') || r.answers_published_at ? 1 : 0, title: r.title, body: r.description ?? '', state: r.state, link: `/console/topics/${r.id}`, at: r.at }),
      );
    case 'suggestion':
      return (await suggestionSources(exec, ids)).map((r) =>
        doc(kind, r.id, { county_id: r.county_id, topic_id: r.topic_id, dept_ids: depts(r.lead_dept_id, r.co_dept_ids), owner_id: null, is_public: 0, title: `${r.topic_title} 第 ${r.seq} 条建议`, body: r.content, state: r.state, link: `/console/handling/items/${r.id}`, at: r.at }),
      );
    case 'feedback':
      return (await feedbackSources(exec, ids)).map((r) =>
        doc(kind, r.id, { county_id: r.county_id, topic_id: r.topic_id, dept_ids: r.dept_id, owner_id: null, is_public: r.answers_published_at && r.status === 'accepted' ? 1 : 0, title: `${r.dept_name ?? '承办单位'}关于“${r.topic_title}”第 ${r.seq} 条建议的答复`, body: r.text, state: r.status, link: `/console/handling/items/${r.suggestion_id}`, at: r.at }),
      );
    case 'opinion':
      return (await opinionSources(exec, ids)).map((r) =>
        doc(kind, r.id, { county_id: r.county_id, topic_id: r.topic_id, dept_ids: '', owner_id: null, is_public: 0, title: `${r.speaker}在“${r.topic_title}”协商中的意见`, body: r.content, state: null, link: `/console/topics/${r.topic_id}`, at: r.at }),
      );
    case 'statement':
      return (await statementSources(exec, ids)).map((r) =>
        doc(kind, r.id, { county_id: r.county_id, topic_id: r.topic_id, dept_ids: '', owner_id: null, is_public: r.audience === 'public' && r.status === 'shown' ? 1 : 0, title: r.room_title, body: r.text, state: r.status, link: `/console/rooms/${r.room_id}`, at: r.at }),
      );
  }
}

/**
 * 更新索引 — rewrites the search rows of the given records in the caller's transaction, so the index says what the
 * write just made true (and a record that is gone leaves it).
 */
export async function indexRecords(exec: Executor, refs: IndexRefs): Promise<void> {
  for (const [kind, ids] of Object.entries(refs) as [SearchKind, readonly string[]][]) {
    if (!ids?.length) continue;
    const docs = await docsOf(exec, kind, ids);
    const found = new Set(docs.map((d) => d.ref_id));
    await deleteSearchDocs(exec, ids.filter((id) => !found.has(id)).map((id) => `${kind}:${id}`));
    await upsertSearchDocs(exec, docs);
  }
}

/** One handling item after a step: its suggestion (departments, state) and its answers. */
export async function indexItem(exec: Executor, suggestionId: string): Promise<void> {
  await indexRecords(exec, { suggestion: [suggestionId], feedback: await feedbacksOf(exec, suggestionId) });
}

/** A topic and everything of it whose row names the topic or follows its publication (after an edit or a stage change). */
export async function indexTopic(exec: Executor, topicId: string): Promise<void> {
  const of = await recordsOfTopic(exec, topicId);
  await indexRecords(exec, { topic: [topicId], suggestion: of.suggestions, feedback: of.feedbacks, opinion: of.opinions });
}

const KINDS: readonly SearchKind[] = ['proposal', 'topic', 'suggestion', 'feedback', 'opinion', 'statement'];

/** 重建索引 — empties the index and indexes every record again, a batch per transaction; answers the count per kind. */
export async function reindexAll(db: Db, onProgress?: (kind: SearchKind, done: number) => void): Promise<Record<SearchKind, number>> {
  await clearSearchDocs(db.kysely);
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<SearchKind, number>;
  for (const kind of KINDS) {
    let after: string | null = null;
    for (;;) {
      const ids = await idsOf(db.kysely, kind, after, 500);
      if (!ids.length) break;
      await db.kysely.transaction().execute(async (trx) => indexRecords(trx, { [kind]: ids }));
      counts[kind] += ids.length;
      onProgress?.(kind, counts[kind]);
      after = ids[ids.length - 1]!;
    }
  }
  return counts;
}

/** Builds the index once for a database that has records but no index yet (one from before it); answers whether it did. */
export async function ensureSearchIndex(db: Db): Promise<boolean> {
  if (!(await searchIndexMissing(db.kysely))) return false;
  await reindexAll(db);
  return true;
}
