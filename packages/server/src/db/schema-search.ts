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

/** The search tables. */
export interface SearchTables {
  search_docs: SearchDocsTable;
}
