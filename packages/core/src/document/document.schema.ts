import { z } from 'zod';
import { expectedVersion } from '../versioning/version.js';
import { DOCUMENT_KINDS, DOCUMENT_SUBJECT_TYPES, type DocumentKind } from './document-kinds.js';

/** Limits shared by the console's form and the server. */
export const DocumentValidation = {
  titleMax: 100,
  recipientsMax: 200,
  bodyMax: 20000,
  signatureMax: 60,
  ccMax: 300,
  prefixMax: 12,
  suffixMax: 20,
} as const;

const line = (label: string, max: number) => z.string({ error: `请填写${label}` }).trim().max(max, `${label}不能超过 ${max} 个字`);
const required = (label: string, max: number) => line(label, max).min(1, `请填写${label}`);
/** One line of text: a title, a name, a list of organisations (no line breaks inside). */
const oneLine = (label: string, max: number, min = 0) => (min ? required(label, max) : line(label, max)).refine((s) => !/[\r\n]/.test(s), `${label}不能换行`);

/**
 * The free text of a document as the office edits it before issuing: what the preview prefills and
 * POST …/documents/{kind} takes. The 发文机关标志, 发文字号 and 成文日期 are the platform's, not the form's.
 */
export const documentFieldsSchema = z.strictObject({
  /** 标题 — 2号小标宋, centred. */
  title: oneLine('标题', DocumentValidation.titleMax, 1),
  /** 主送机关, without the closing colon; empty for a 纪要. */
  recipients: oneLine('主送机关', DocumentValidation.recipientsMax).default(''),
  /** 正文 — one paragraph a line; 一、 and （一） open headings. */
  body: z.string({ error: '请填写正文' }).trim().min(1, '请填写正文').max(DocumentValidation.bodyMax, `正文不能超过 ${DocumentValidation.bodyMax} 个字`),
  /** 发文机关署名; empty leaves only the date (a 纪要). */
  signature: oneLine('发文机关署名', DocumentValidation.signatureMax).default(''),
  /** 抄送机关, without the closing full stop; empty leaves the line out of the 版记. */
  cc: oneLine('抄送机关', DocumentValidation.ccMax).default(''),
  /** 印发机关 of the 版记. */
  printer: oneLine('印发机关', DocumentValidation.signatureMax, 1),
});
/** The edited fields of a document (as sent). */
export type DocumentFieldsInput = z.input<typeof documentFieldsSchema>;
/** The fields of a document, with the optional ones filled in. */
export type DocumentFields = z.output<typeof documentFieldsSchema>;

/**
 * What picks the record's part a kind is generated from: the consultation of a 纪要 (default: the
 * latest held), the year and county of a 履职档案 (default: this year, the member's county).
 */
export const documentSourceQuery = z.strictObject({
  consultationId: z.string().min(1).max(64).optional(),
  year: z.coerce.number({ error: '年度应为数字' }).int('年度应为整数').min(2000, '年度不能早于 2000 年').max(2100, '年度不能晚于 2100 年').optional(),
  countyId: z.string().min(1).max(64).optional(),
});
/** The query of a preview or an issue. */
export type DocumentSourceQuery = z.infer<typeof documentSourceQuery>;

/** Query of GET /api/documents: the documents of one record. */
export const documentListQuery = z.strictObject({
  subjectType: z.enum(DOCUMENT_SUBJECT_TYPES, { error: '记录类型不正确' }),
  subjectId: z.string().min(1, '请指定记录').max(64),
});
/** The query of a record's documents. */
export type DocumentListQuery = z.infer<typeof documentListQuery>;

/** 发文字号代字: Chinese characters, letters and digits only (it is printed in front of 〔年份〕). */
const prefix = z
  .string()
  .trim()
  .min(1, '请填写发文字号代字')
  .max(DocumentValidation.prefixMax, `发文字号代字不能超过 ${DocumentValidation.prefixMax} 个字`)
  .regex(/^[\u4e00-\u9fa5A-Za-z0-9]+$/, '发文字号代字只能由汉字、字母和数字组成');

/** Body of PUT /api/documents/settings — the county office's 发文机关 suffix and each kind's prefix. */
export const documentSettingsSchema = z.strictObject({
  /** What follows the CPPCC's name in the 发文机关标志: 办公室 → 临汾市尧都区政协办公室. */
  issuerSuffix: z
    .string()
    .trim()
    .max(DocumentValidation.suffixMax, `发文机关名称后缀不能超过 ${DocumentValidation.suffixMax} 个字`)
    .regex(/^[\u4e00-\u9fa5（）()]*$/, '发文机关名称后缀只能由汉字组成'),
  prefixes: z.strictObject(Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, prefix])) as Record<DocumentKind, typeof prefix>),
  /**
   * This year's next number per kind, for an office that numbered by hand before (e.g. 交办函 from 8号): it may
   * only go up, so that no number is issued twice.
   */
  nextSeqs: z
    .partialRecord(z.enum(DOCUMENT_KINDS), z.number({ error: '下一个编号应为数字' }).int('下一个编号应为整数').min(1, '下一个编号从 1 开始').max(99999, '下一个编号不能超过 99999'))
    .optional(),
  version: expectedVersion,
});
/** Input of the document settings. */
export type DocumentSettingsInput = z.infer<typeof documentSettingsSchema>;
