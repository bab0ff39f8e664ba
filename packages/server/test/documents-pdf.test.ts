import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentView } from '@shangliang/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignedItem, download, issue } from './documents-fixtures.js';
import { step } from './flow.js';
import { createTestApp, type TestApp } from './harness.js';

/** Whether a command is on the PATH. */
const has = (command: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const tools = has('soffice') && has('pdftotext') && has('pdftoppm') && has('pdfinfo');
// Like the browser tests (e2e/test/support.ts): skipped where LibreOffice is missing, unless CI or REQUIRE_BROWSER asks for it.
if (!tools && (process.env.CI === 'true' || process.env.REQUIRE_BROWSER === '1')) throw new Error('找不到 soffice 或 poppler-utils（pdftotext、pdftoppm）：CI=true 或 REQUIRE_BROWSER=1 时公文 PDF 测试不能跳过');

/** Where the first page of each kind is rendered, to be looked at. */
const PNG_DIR = '/tmp/doc-pngs';

// The layout does not depend on the database engine: SQLite is enough.
describe.skipIf(!tools)('公文经 LibreOffice 转为 PDF：页数、文字与首页版式', () => {
  let t: TestApp;
  let dir: string;
  const docs: { doc: DocumentView; pdf: string }[] = [];
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    const office = await t.login('yaodu-office');
    const { topic, item } = await assignedItem(t);
    const dept = await t.login('yaodu-dept-jt');
    await step(t, dept, 'POST', `/api/handling/items/${item.id}/feedback`, { text: '已完成东羊村塌陷路段修缮，并疏通排水沟1.2公里。', resultClass: 'A', responsible: '孙立新', contact: '13935711021' });
    await step(t, office, 'POST', `/api/handling/items/${item.id}/review`, { decision: 'accept' });
    const plan = await step<{ id: string }>(t, office, 'POST', '/api/plans', { year: 2026, title: '2026年度“有事来商量”协商计划' }, 201);
    const long = Array.from({ length: 12 }, () => '围绕群众关心的通村道路问题，组织委员深入调研、广泛听取意见，形成切实可行的对策建议。'.repeat(2)).join('\n');
    const made = [
      await issue(t, office, `/api/topics/${topic.id}`, 'suggestions', (f) => ({ body: `${f.body}\n${long}` })),
      await issue(t, office, `/api/topics/${topic.id}`, 'minutes'),
      await issue(t, office, `/api/handling/items/${item.id}`, 'assignment'),
      await issue(t, office, `/api/handling/items/${item.id}`, 'supervision'),
      await issue(t, office, `/api/handling/items/${item.id}`, 'reply'),
      await issue(t, office, `/api/plans/${plan.id}`, 'plan'),
      await issue(t, office, `/api/members/${await t.userId('yaodu-member1')}`, 'archive'),
    ];
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-doc-pdf-'));
    const files = [];
    for (const doc of made) {
      const file = path.join(dir, `${doc.kind}.docx`);
      fs.writeFileSync(file, (await download(t, office, doc.url)).bytes);
      files.push(file);
    }
    // One LibreOffice for all files, with a profile of its own so that parallel runs do not clash.
    const profile = `file:///tmp/lo-${randomBytes(6).toString('hex')}`;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'ignore', timeout: 180_000 });
    fs.rmSync(new URL(profile).pathname, { recursive: true, force: true });
    fs.mkdirSync(PNG_DIR, { recursive: true });
    for (const doc of made) docs.push({ doc, pdf: path.join(dir, `${doc.kind}.pdf`) });
  }, 240_000);
  afterAll(async () => {
    await t?.close();
    // KEEP_DOC_PDFS=1 leaves the .docx and .pdf files in the temporary directory, to be opened by hand.
    if (dir && !process.env.KEEP_DOC_PDFS) fs.rmSync(dir, { recursive: true, force: true });
  });

  const pagesOf = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  const textOf = (pdf: string, page?: number) => execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

  it('each kind converts, shows its 标志, number, title and date, and its first page is rendered for review', () => {
    expect(docs.map((d) => d.doc.kind)).toEqual(['suggestions', 'minutes', 'assignment', 'supervision', 'reply', 'plan', 'archive']);
    for (const { doc, pdf } of docs) {
      expect(fs.existsSync(pdf), doc.kind).toBe(true);
      const first = textOf(pdf, 1);
      expect(first, doc.kind).toContain('有事来商量');
      expect(first, doc.kind).toContain(doc.kind === 'reply' ? '尧都区交通运输局' : '临汾市尧都区政协办公室');
      expect(first, doc.kind).toContain(doc.number.replace(/\s+/g, ''));
      expect(first, doc.kind).toContain(doc.title.replace(/\s+/g, ''));
      expect(first, doc.kind).toMatch(/—1—/);
      const all = textOf(pdf);
      expect(all, doc.kind).toContain('2026年11月28日印发');
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(PNG_DIR, doc.kind)]);
      expect(fs.existsSync(path.join(PNG_DIR, `${doc.kind}.png`))).toBe(true);
    }
  });

  it('a long 协商建议 runs over pages numbered — 1 —, — 2 — …, with 28 characters a line; short letters fit on one or two pages', () => {
    const long = docs.find((d) => d.doc.kind === 'suggestions')!.pdf;
    const pages = pagesOf(long);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let p = 1; p <= pages; p++) expect(textOf(long, p)).toContain(`—${p}—`);
    const lines = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', long, '-'], { encoding: 'utf8' }).split('\n').map((l) => l.trim()).filter((l) => /^[\u4e00-\u9fa5，。、]{20,}$/.test(l));
    expect(Math.max(...lines.map((l) => l.length))).toBe(28);
    for (const kind of ['assignment', 'supervision', 'reply']) expect(pagesOf(docs.find((d) => d.doc.kind === kind)!.pdf), kind).toBeLessThanOrEqual(2);
  });
});
