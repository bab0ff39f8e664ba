/** 公文种类 — the official documents the platform lays out after GB/T 9704-2012. */
export const DOCUMENT_KINDS = ['suggestions', 'minutes', 'assignment', 'supervision', 'reply', 'plan', 'archive'] as const;
/** A document kind. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Labels of document kinds. */
export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  suggestions: '协商建议',
  minutes: '协商纪要',
  assignment: '交办函',
  supervision: '督办通知',
  reply: '办理情况答复函',
  plan: '年度协商计划',
  archive: '委员年度履职档案',
};

/** The records a document is generated from: a topic, a handling item, a plan, a member's yearly archive. */
export const DOCUMENT_SUBJECT_TYPES = ['topic', 'handling_item', 'plan', 'archive'] as const;
/** A kind of record documents belong to. */
export type DocumentSubjectType = (typeof DOCUMENT_SUBJECT_TYPES)[number];

/** The record each kind is generated from. */
export const DOCUMENT_KIND_SUBJECT: Readonly<Record<DocumentKind, DocumentSubjectType>> = {
  suggestions: 'topic',
  minutes: 'topic',
  assignment: 'handling_item',
  supervision: 'handling_item',
  reply: 'handling_item',
  plan: 'plan',
  archive: 'archive',
};

/** The kinds generated from a kind of record, in the order the console offers them. */
export const kindsOf = (subjectType: DocumentSubjectType): DocumentKind[] => DOCUMENT_KINDS.filter((k) => DOCUMENT_KIND_SUBJECT[k] === subjectType);

/** The character of each kind in its default 发文字号 prefix: 尧政协议, 尧政协纪, 尧政协交 … */
const PREFIX_CODES: Readonly<Record<DocumentKind, string>> = {
  suggestions: '议',
  minutes: '纪',
  assignment: '交',
  supervision: '督',
  reply: '复',
  plan: '发',
  archive: '档',
};

/** The default suffix of the 发文机关 after the CPPCC's name: 临汾市尧都区政协 + 办公室. */
export const DEFAULT_ISSUER_SUFFIX = '办公室';

/** 机关代字 — the first character of a region's name: 尧都区 → 尧, 临汾市 → 临, 古县 → 古. */
export const shortNameOf = (regionName: string): string => Array.from(regionName.trim())[0] ?? '';

/** The default 发文字号 prefix of a kind for a county's short name, e.g. 尧 + 交办函 → 尧政协交. */
export const defaultPrefix = (shortName: string, kind: DocumentKind): string => `${shortName}政协${PREFIX_CODES[kind]}`;

/** Every kind's default prefix for a county's short name. */
export const defaultPrefixes = (shortName: string): Record<DocumentKind, string> =>
  Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, defaultPrefix(shortName, k)])) as Record<DocumentKind, string>;

/**
 * 发文字号 after GB/T 9704-2012 7.2.4: the year in full inside 六角括号, the number without 第 and without
 * leading zeros, followed by 号 — 尧政协发〔2026〕3号.
 */
export const formatDocumentNumber = (prefix: string, year: number, seq: number): string => `${prefix}〔${year}〕${seq}号`;

/** 成文日期 in Arabic numerals, month and day without leading zeros (GB/T 9704-2012 7.3.5): 2026-12-02 → 2026年12月2日. */
export function formatDocumentDate(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}
