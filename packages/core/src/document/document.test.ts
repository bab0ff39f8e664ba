import { describe, expect, it } from 'vitest';
import { chineseNumber, parseBody } from './document-body.js';
import { defaultPrefix, defaultPrefixes, DOCUMENT_KINDS, formatDocumentDate, formatDocumentNumber, kindsOf, shortNameOf } from './document-kinds.js';
import { documentFieldsSchema, documentSettingsSchema } from './document.schema.js';

describe('发文字号 and 成文日期 (GB/T 9704-2012 7.2.4, 7.3.5)', () => {
  it('numbers with the full year in 六角括号, no 第, no leading zeros', () => {
    expect(formatDocumentNumber('尧政协发', 2026, 3)).toBe('尧政协发〔2026〕3号');
    expect(formatDocumentNumber('尧政协交', 2026, 12)).toBe('尧政协交〔2026〕12号');
  });

  it('dates in Arabic numerals without leading zeros', () => {
    expect(formatDocumentDate('2026-12-02')).toBe('2026年12月2日');
    expect(formatDocumentDate('2027-01-15')).toBe('2027年1月15日');
  });

  it('derives the default prefixes from the county short name', () => {
    expect(shortNameOf('尧都区')).toBe('尧');
    expect(shortNameOf('古县')).toBe('古');
    expect(defaultPrefix('尧', 'suggestions')).toBe('尧政协议');
    expect(defaultPrefix('尧', 'assignment')).toBe('尧政协交');
    expect(Object.keys(defaultPrefixes('霍'))).toEqual([...DOCUMENT_KINDS]);
    expect(new Set(Object.values(defaultPrefixes('霍'))).size).toBe(DOCUMENT_KINDS.length);
  });

  it('offers each record its own kinds', () => {
    expect(kindsOf('topic')).toEqual(['suggestions', 'minutes']);
    expect(kindsOf('handling_item')).toEqual(['assignment', 'supervision', 'reply']);
  });
});

describe('parseBody', () => {
  it('reads headings of the first and second level, labelled lines and paragraphs', () => {
    const body = '为做好协商工作，现将有关事项通知如下。\n\n一、总体要求\n（一）加强领导。各单位要高度重视。\n（二）压实责任\n出席：张三、李四\n1. 第三层仍用仿宋。';
    expect(parseBody(body)).toEqual([
      { kind: 'p', text: '为做好协商工作，现将有关事项通知如下。' },
      { kind: 'h1', text: '一、总体要求' },
      { kind: 'h2', heading: '（一）加强领导。', text: '各单位要高度重视。' },
      { kind: 'h2', heading: '（二）压实责任', text: '' },
      { kind: 'label', label: '出席：', text: '张三、李四' },
      { kind: 'p', text: '1. 第三层仍用仿宋。' },
    ]);
  });

  it('writes heading numbers in Chinese', () => {
    expect([1, 9, 10, 11, 20, 23].map(chineseNumber)).toEqual(['一', '九', '十', '十一', '二十', '二十三']);
  });
});

describe('document input', () => {
  it('refuses an empty title or body and line breaks in one-line fields, in Chinese', () => {
    const bad = documentFieldsSchema.safeParse({ title: ' ', body: '', printer: '尧都区政协办公室', recipients: '区委\n区政府' });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => i.message);
    expect(messages).toEqual(expect.arrayContaining(['请填写标题', '请填写正文', '主送机关不能换行']));
  });

  it('fills the optional fields', () => {
    expect(documentFieldsSchema.parse({ title: '关于…的协商建议', body: '正文', printer: '尧都区政协办公室' })).toEqual({ title: '关于…的协商建议', body: '正文', printer: '尧都区政协办公室', recipients: '', signature: '', cc: '' });
  });

  it('takes prefixes of Chinese characters, letters and digits only', () => {
    const prefixes = defaultPrefixes('尧');
    expect(documentSettingsSchema.safeParse({ issuerSuffix: '办公室', prefixes, version: 1 }).success).toBe(true);
    const bad = documentSettingsSchema.safeParse({ issuerSuffix: '办公室', prefixes: { ...prefixes, plan: '尧〔政协' }, version: 1 });
    expect(bad.error?.issues[0]?.message).toBe('发文字号代字只能由汉字、字母和数字组成');
  });
});
