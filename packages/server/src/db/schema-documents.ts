import type { DocumentKind, DocumentSubjectType } from '@shangliang/core';
import type { VersionColumns } from './schema-versions.js';

/** 公文 — one issued document (GB/T 9704-2012 .docx), numbered once and kept; re-issuing makes a new one. */
export interface DocumentsTable {
  id: string;
  /** The county of the record it was made from (null: the city). */
  county_id: string | null;
  kind: DocumentKind;
  /** 发文字号: the year and number within the county, year and kind (unique), and as printed. */
  year: number;
  seq: number;
  number: string;
  subject_type: DocumentSubjectType;
  subject_id: string;
  title: string;
  /** JSON of the fields it was issued with (DocumentFields), and what the platform added (issuer, date). */
  fields: string;
  /** The .docx, stored as an attachment owned by the document. */
  attachment_id: string;
  issued_by: string | null;
  issued_at: string;
  /** 成文日期 (YYYY-MM-DD, Beijing time). */
  issued_on: string;
}

/** The last number issued per county ('' for the city), year and kind; incremented in the issuing transaction. */
export interface DocumentCountersTable {
  scope: string;
  year: number;
  kind: DocumentKind;
  seq: number;
}

/** A county's 发文机关 suffix and 发文字号 prefixes ('' scope: the city); absent until first saved. */
export interface DocumentSettingsTable extends VersionColumns {
  scope: string;
  issuer_suffix: string;
  /** JSON: kind → prefix. */
  prefixes: string;
}

/** The tables of official documents. */
export interface DocumentTables {
  documents: DocumentsTable;
  document_counters: DocumentCountersTable;
  document_settings: DocumentSettingsTable;
}
