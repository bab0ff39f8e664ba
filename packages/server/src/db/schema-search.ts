import type { VersionColumns } from './schema-versions.js';

/** Kinds of searchable record. */
export type SearchKind = 'proposal' | 'topic' | 'suggestion' | 'feedback' | 'opinion' | 'statement';

/** One searchable record and who may find it (migration 0031). */
export interface SearchDocsTable {
  /** `<kind>:<id>`. */
  doc_key: string;
  kind: SearchKind;
  ref_id: string;
  county_id: string | null;
  topic_id: string | null;
  /** Space-separated ids of the departments handling it (suggestions and answers). */
  dept_ids: string;
  /** The member who proposed it (their own proposals). */
  owner_id: string | null;
  /** Shown on the portal: cases, published answers, approved statements of public rooms. */
  is_public: number;
  title: string;
  /** The text shown in snippets, phones masked. */
  body: string;
  state: string | null;
  /** Where the console opens it. */
  link: string | null;
  at: string;
  title_terms: string;
  body_terms: string;
}

/** 近义词组 — a county's own thesaurus group (migration 0032); the city's have no county. */
export interface ThesaurusGroupsTable extends VersionColumns {
  id: string;
  county_id: string | null;
  head: string;
  /** The other words, a JSON array. */
  words: string;
  topic: string | null;
  /** 1 local, 0 county-wide, null not said. */
  local: number | null;
  created_by: string | null;
  created_at: string;
}

/** The search tables. */
export interface SearchTables {
  search_docs: SearchDocsTable;
  thesaurus_groups: ThesaurusGroupsTable;
}
