import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';

/**
 * 全文检索 (issue 11): one row per searchable record — proposal, topic, suggestion, department answer, consultation
 * opinion, room statement — with who may find it (county, topic, departments, author, public) and its text as
 * search terms (jieba words and overlapping character bigrams, made in Node): FTS5 over them on SQLite
 * (`unicode61`, kept in step by triggers), a weighted tsvector with a GIN index on PostgreSQL. The rows are
 * written by the use cases in the transaction of the write they mirror; `npm run cli -- reindex` rebuilds them.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('search_docs')
    .addColumn('doc_key', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'text', (c) => c.notNull())
    .addColumn('county_id', 'text')
    .addColumn('topic_id', 'text')
    .addColumn('dept_ids', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owner_id', 'text')
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('state', 'text')
    .addColumn('link', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('title_terms', 'text', (c) => c.notNull())
    .addColumn('body_terms', 'text', (c) => c.notNull())
    .execute();
  await sql`create index search_docs_ref on search_docs (kind, ref_id)`.execute(db);
  await sql`create index search_docs_topic on search_docs (topic_id)`.execute(db);
  if (engine === 'sqlite') {
    await sql`create virtual table search_fts using fts5(title_terms, body_terms, content='search_docs', content_rowid='rowid', tokenize='unicode61 remove_diacritics 0')`.execute(db);
    await sql`create trigger search_docs_ai after insert on search_docs begin insert into search_fts (rowid, title_terms, body_terms) values (new.rowid, new.title_terms, new.body_terms); end`.execute(db);
    await sql`create trigger search_docs_ad after delete on search_docs begin insert into search_fts (search_fts, rowid, title_terms, body_terms) values ('delete', old.rowid, old.title_terms, old.body_terms); end`.execute(db);
    await sql`create trigger search_docs_au after update on search_docs begin insert into search_fts (search_fts, rowid, title_terms, body_terms) values ('delete', old.rowid, old.title_terms, old.body_terms); insert into search_fts (rowid, title_terms, body_terms) values (new.rowid, new.title_terms, new.body_terms); end`.execute(db);
  } else {
    await sql`alter table search_docs add column tsv tsvector generated always as (setweight(array_to_tsvector(string_to_array(title_terms, ' ')), 'A') || setweight(array_to_tsvector(string_to_array(body_terms, ' ')), 'B')) stored`.execute(db);
    await sql`create index search_docs_tsv on search_docs using gin (tsv)`.execute(db);
  }
}
