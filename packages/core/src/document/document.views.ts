import { z } from 'zod';
import { versionField } from '../common/page.views.js';
import { DOCUMENT_KINDS, DOCUMENT_SUBJECT_TYPES } from './document-kinds.js';
import { documentFieldsSchema } from './document.schema.js';

/** 公文 — one issued document: its number, what it was made from, and where to download it. */
export const documentViewSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  kindLabel: z.string(),
  /** 发文字号, e.g. 尧政协交〔2026〕3号. */
  number: z.string(),
  year: z.number().int(),
  seq: z.number().int(),
  title: z.string(),
  subjectType: z.enum(DOCUMENT_SUBJECT_TYPES),
  subjectId: z.string(),
  countyId: z.string().nullable(),
  /** 成文日期 (YYYY-MM-DD, Beijing time). */
  issuedOn: z.string(),
  issuedAt: z.string(),
  issuedByName: z.string().nullable(),
  filename: z.string(),
  size: z.number().int(),
  /** GET downloads the .docx. */
  url: z.string(),
});
/** An issued document. */
export type DocumentView = z.infer<typeof documentViewSchema>;

/** Answer of GET /api/documents: a record's documents, newest first, and the kinds this user may issue for it now. */
export const documentListSchema = z.strictObject({
  items: z.array(documentViewSchema),
  issuable: z.array(z.enum(DOCUMENT_KINDS)),
});
/** A record's documents. */
export type DocumentList = z.infer<typeof documentListSchema>;

/** Answer of GET …/documents/{kind}/preview: the fields prefilled from the record, and what the platform adds when it issues. */
export const documentPreviewSchema = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS),
  kindLabel: z.string(),
  subjectType: z.enum(DOCUMENT_SUBJECT_TYPES),
  subjectId: z.string(),
  /** 发文机关标志, printed in red. */
  issuer: z.string(),
  /** The number the document would get if issued now (another issue may take it first). */
  nextNumber: z.string(),
  /** 成文日期 as printed, e.g. 2026年12月2日. */
  date: z.string(),
  fields: documentFieldsSchema.required(),
  /** What the office should check before issuing (a draft summarised from the opinions, say). */
  notes: z.array(z.string()),
});
/** A document's preview. */
export type DocumentPreview = z.infer<typeof documentPreviewSchema>;

/** Answer of GET/PUT /api/documents/settings: a county's 发文机关 and prefixes, with the numbers issued this year. */
export const documentSettingsViewSchema = z.strictObject({
  countyId: z.string().nullable(),
  /** The CPPCC's name as the organisation tree gives it, before the suffix: 临汾市尧都区政协. */
  base: z.string(),
  issuerSuffix: z.string(),
  /** 发文机关标志 = base + suffix. */
  issuer: z.string(),
  prefixes: z.record(z.enum(DOCUMENT_KINDS), z.string()),
  /** Per kind: the next number of this year, e.g. 尧政协交〔2026〕4号. */
  nextNumbers: z.record(z.enum(DOCUMENT_KINDS), z.string()),
  /** Per kind: the next number's sequence this year. */
  nextSeqs: z.record(z.enum(DOCUMENT_KINDS), z.number().int()),
  version: versionField,
});
/** A county's document settings. */
export type DocumentSettingsView = z.infer<typeof documentSettingsViewSchema>;
