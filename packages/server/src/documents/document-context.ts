import type { DocumentFields } from '@shangliang/core';

/** The office that issues, as its documents name it. */
export interface IssuingOffice {
  /** 发文机关标志, 署名 and 印发机关: 临汾市尧都区政协办公室. */
  readonly issuer: string;
  /** The CPPCC in running text: 尧都区政协 (临汾市政协 for the city). */
  readonly cppcc: string;
  /** 党委 and 政府 of its level, as the organisation tree names them: 尧都区委, 尧都区人民政府. */
  readonly party: string | null;
  readonly government: string | null;
  /** 联系人 of the office (the organisation's contact, else the user issuing). */
  readonly contact: { readonly person: string; readonly phone: string | null } | null;
  /** Today (YYYY-MM-DD, Beijing time) and as printed (2026年11月28日). */
  readonly today: string;
  readonly date: string;
}

/** What a kind proposes for the office to edit: the fields, another 发文机关 where the kind has one, and what to check. */
export interface Prefill {
  readonly fields: DocumentFields;
  /** The 发文机关标志 when it is not the office's (a department's 答复函). */
  readonly issuer?: string;
  readonly notes: readonly string[];
}

/** The closing line that names whom to call, or nothing when the office has no contact. */
export const contactLine = (office: IssuingOffice): string[] =>
  office.contact ? [`联系人：${office.contact.person}${office.contact.phone ? `，联系电话：${office.contact.phone}` : ''}。`] : [];

/** Joins names with 、 — the list of a 主送 or 出席 line. */
export const listOf = (names: readonly (string | null | undefined)[]): string => [...new Set(names.filter((n): n is string => !!n && !!n.trim()))].join('、');

/** Text ending in a full stop (a sentence taken from a record may lack it). */
export const sentence = (text: string): string => {
  const t = text.trim().replace(/\s*\n+\s*/g, '');
  return /[。！？；：…」”）)]$/.test(t) ? t : `${t}。`;
};

/** The record's text as body lines: one paragraph a line, blank lines dropped. */
export const paragraphs = (text: string | null | undefined): string[] => (text ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
