import { type Insertable, sql } from 'kysely';
import type { SearchDocsTable, SearchKind } from '../db/schema-search.js';
import type { Executor } from './types.js';

/** A searchable record as the indexer writes it. */
export type SearchDoc = Insertable<SearchDocsTable>;

/** Who may find what: the public records, and per kind the counties whose records the actor may read. */
export interface SearchScope {
  readonly kinds: readonly SearchKind[];
  /** Per kind: 'all' counties, or the counties (null = city records) whose records of that kind the actor reads. */
  readonly counties: ReadonlyMap<SearchKind, 'all' | readonly (string | null)[]>;
  /** A member's own proposals. */
  readonly ownerId: string | null;
  /** A department handler's department: its suggestions and answers. */
  readonly deptId: string | null;
  /** Only what the portal shows. */
  readonly publicOnly: boolean;
  readonly countyId?: string | undefined;
}

/** One hit. */
export interface SearchHit {
  readonly kind: SearchKind;
  readonly ref_id: string;
  readonly title: string;
  readonly body: string;
  readonly county_id: string | null;
  readonly state: string | null;
  readonly link: string | null;
  readonly score: number;
}

/** Writes (or rewrites) the records' search rows, in the caller's transaction. */
export async function upsertSearchDocs(exec: Executor, docs: readonly SearchDoc[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 200) {
    const batch = docs.slice(i, i + 200);
    await exec
      .insertInto('search_docs')
      .values([...batch])
      .onConflict((oc) =>
        oc.column('doc_key').doUpdateSet((eb) => ({
          county_id: eb.ref('excluded.county_id'), topic_id: eb.ref('excluded.topic_id'), dept_ids: eb.ref('excluded.dept_ids'), owner_id: eb.ref('excluded.owner_id'), is_public: eb.ref('excluded.is_public'),
          title: eb.ref('excluded.title'), body: eb.ref('excluded.body'), state: eb.ref('excluded.state'), link: eb.ref('excluded.link'), at: eb.ref('excluded.at'), title_terms: eb.ref('excluded.title_terms'), body_terms: eb.ref('excluded.body_terms'),
        })),
      )
      .execute();
  }
}

/** Removes records' search rows. */
export async function deleteSearchDocs(exec: Executor, keys: readonly string[]): Promise<void> {
  if (keys.length) await exec.deleteFrom('search_docs').where('doc_key', 'in', [...keys]).execute();
}

/** Empties the index (before a rebuild). */
export async function clearSearchDocs(exec: Executor): Promise<void> {
  await exec.deleteFrom('search_docs').execute();
}

/** The WHERE of what the scope may find. */
function scopeSql(s: SearchScope) {
  const ors = [sql`d.is_public = 1`];
  if (!s.publicOnly) {
    for (const kind of s.kinds) {
      const c = s.counties.get(kind);
      if (!c) continue;
      if (c === 'all') ors.push(sql`d.kind = ${kind}`);
      else {
        const ids = c.filter((x): x is string => x !== null);
        const parts = [...(ids.length ? [sql`d.county_id in (${sql.join(ids)})`] : []), ...(c.includes(null) ? [sql`d.county_id is null`] : [])];
        if (parts.length) ors.push(sql`(d.kind = ${kind} and (${sql.join(parts, sql` or `)}))`);
      }
    }
    if (s.ownerId) ors.push(sql`(d.kind = 'proposal' and d.owner_id = ${s.ownerId})`);
    if (s.deptId) ors.push(sql`(d.kind in ('suggestion', 'feedback') and (' ' || d.dept_ids || ' ') like ${`% ${s.deptId} %`})`);
  }
  const where = [sql`(${sql.join(ors, sql` or `)})`, sql`d.kind in (${sql.join([...s.kinds])})`];
  if (s.countyId) where.push(sql`d.county_id = ${s.countyId}`);
  return sql.join(where, sql` and `);
}

/**
 * 检索 — the records matching every term that the scope may find, best first (BM25 over title and text on SQLite,
 * ts_rank over the weighted tsvector on PostgreSQL), with how many there are.
 */
export async function searchDocs(exec: Executor, engine: 'sqlite' | 'postgres', terms: readonly string[], scope: SearchScope, page: { limit: number; offset: number }): Promise<{ hits: SearchHit[]; total: number }> {
  const where = scopeSql(scope);
  if (engine === 'sqlite') {
    const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
    const from = sql`search_fts join search_docs d on d.rowid = search_fts.rowid where search_fts match ${match} and ${where}`;
    const [rows, count] = await Promise.all([
      sql<SearchHit>`select d.kind, d.ref_id, d.title, d.body, d.county_id, d.state, d.link, -bm25(search_fts, 3.0, 1.0) as score from ${from} order by bm25(search_fts, 3.0, 1.0), d.at desc limit ${page.limit} offset ${page.offset}`.execute(exec),
      sql<{ n: number }>`select count(*) as n from ${from}`.execute(exec),
    ]);
    return { hits: rows.rows, total: Number(count.rows[0]?.n ?? 0) };
  }
  const query = terms.map((t) => `'${t.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`).join(' & ');
  const from = sql`search_docs d where d.tsv @@ cast(${query} as tsquery) and ${where}`;
  const [rows, count] = await Promise.all([
    sql<SearchHit>`select d.kind, d.ref_id, d.title, d.body, d.county_id, d.state, d.link, ts_rank(d.tsv, cast(${query} as tsquery)) as score from ${from} order by score desc, d.at desc limit ${page.limit} offset ${page.offset}`.execute(exec),
    sql<{ n: number }>`select count(*) as n from ${from}`.execute(exec),
  ]);
  return { hits: rows.rows, total: Number(count.rows[0]?.n ?? 0) };
}

/** Whether the index is empty while there are records to index (a database from before the index, or after a restore). */
export async function searchIndexMissing(exec: Executor): Promise<boolean> {
  const [doc, record] = await Promise.all([
    exec.selectFrom('search_docs').select('doc_key').limit(1).executeTakeFirst(),
    exec.selectFrom('proposals').select('id').limit(1).executeTakeFirst(),
  ]);
  return !doc && !!record;
}

/** A candidate of the similar-proposal look-up, with its terms. */
export interface SimilarCandidate {
  readonly kind: 'proposal' | 'topic';
  readonly ref_id: string;
  readonly title: string;
  readonly body: string;
  readonly state: string | null;
}

/**
 * 相似建议 — the county's proposals and topics sharing any of the terms, best first by BM25 / ts_rank (OR of the
 * terms), excluding proposals already merged (their topic stands for them) and rejected or excluded records.
 */
export async function similarCandidates(exec: Executor, engine: 'sqlite' | 'postgres', countyId: string, terms: readonly string[], limit: number): Promise<SimilarCandidate[]> {
  const where = sql`d.county_id = ${countyId} and ((d.kind = 'proposal' and d.state in ('submitted', 'screened_in')) or (d.kind = 'topic' and d.state not in ('rejected')))`;
  if (engine === 'sqlite') {
    const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ');
    const rows = await sql<SimilarCandidate>`select d.kind, d.ref_id, d.title, d.body, d.state from search_fts join search_docs d on d.rowid = search_fts.rowid where search_fts match ${match} and ${where} order by bm25(search_fts, 3.0, 1.0) limit ${limit}`.execute(exec);
    return rows.rows;
  }
  const query = terms.map((t) => `'${t.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`).join(' | ');
  const rows = await sql<SimilarCandidate>`select d.kind, d.ref_id, d.title, d.body, d.state from search_docs d where d.tsv @@ cast(${query} as tsquery) and ${where} order by ts_rank(d.tsv, cast(${query} as tsquery)) desc limit ${limit}`.execute(exec);
  return rows.rows;
}
