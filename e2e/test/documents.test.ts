import fs from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, newPage, seriousViolations, shoot, signIn, type Stack, startStack } from './support.js';

interface ItemView {
  id: string;
  seq: number;
  leadDepartmentName: string | null;
}

/** Calls the API from inside a signed-in page (its session cookie, the CSRF header). */
async function call<T>(page: Page, method: string, path: string): Promise<T> {
  return page.evaluate(
    async ({ method, path }) => {
      const res = await fetch(path, { method, headers: { 'Content-Type': 'application/json', 'X-Shangliang-Request': '1' } });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
      return text ? JSON.parse(text) : null;
    },
    { method, path },
  ) as Promise<T>;
}

/** One file of a zip (a .docx), found through the central directory and inflated. */
function unzipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} 不在压缩包中`);
}

describe.skipIf(!hasBrowser)('公文：办公室在办件页生成交办函并下载 .docx（Chromium）', () => {
  let stack: Stack;
  let office: Page;

  beforeAll(async () => {
    stack = await startStack();
    office = await newPage(stack, 'desktop');
    await signIn(office, stack, 'yaodu-office');
  }, 120_000);
  afterAll(async () => stack?.close());

  it('opens an assigned item, edits the prefilled 交办函, generates it and downloads a numbered .docx', async () => {
    const page = await call<{ items: ItemView[] }>(office, 'GET', '/api/handling/items?state=assigned&pageSize=5');
    const item = page.items[0]!;
    await office.goto(`${stack.url}/console/handling/items/${item.id}`);
    await office.getByRole('heading', { level: 1, name: `第 ${item.seq} 条建议` }).waitFor();

    await office.getByRole('button', { name: '生成交办函' }).click();
    const dialog = office.locator('.ant-modal:visible').last();
    await dialog.getByRole('heading', { name: '生成交办函' }).or(dialog.getByText('生成交办函')).first().waitFor();
    const title = dialog.getByLabel('标题');
    await expect.poll(() => title.inputValue()).toMatch(/^关于交办《.+》第\d+条建议的函$/);
    expect(await dialog.getByLabel('主送机关').inputValue()).toBe(item.leadDepartmentName);
    await expect.poll(() => dialog.getByText(/尧政协交〔\d{4}〕\d+号（以印发时为准）/).count()).toBe(1);
    const body = dialog.getByLabel('正文');
    expect(await body.inputValue()).toContain('二、办理要求');
    await body.fill(`${await body.inputValue()}\n（四）请将办理中遇到的困难及时告知本办。`);
    expect(await seriousViolations(office)).toEqual([]);
    await shoot(office, 'documents-assignment-dialog');

    const [download] = await Promise.all([office.waitForEvent('download'), dialog.getByRole('button', { name: '生成并下载' }).click()]);
    const filename = download.suggestedFilename();
    const number = /尧政协交〔\d{4}〕\d+号/.exec(filename)?.[0];
    expect(number, filename).toBeTruthy();
    expect(filename.endsWith('.docx')).toBe(true);
    const bytes = fs.readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const xml = unzipEntry(bytes, 'word/document.xml');
    expect(xml).toContain(number!);
    expect(xml).toContain('（四）请将办理中遇到的困难及时告知本办。');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');

    // The item's documents list the new one with its number and a download link.
    await office.locator('.documents-panel').getByText(new RegExp(number!.replace(/[〔〕]/g, '.'))).waitFor();
    expect(await office.getByRole('link', { name: `下载 ${number}` }).getAttribute('href')).toMatch(/^\/api\/documents\/[\w-]+\/file$/);
    await shoot(office, 'documents-item-list');
  });

  it('the topic page offers the 协商建议 and 协商纪要 under its outcome, the plans page the 年度协商计划 and the board the 公文设置 with the prefix of each kind', async () => {
    const items = await call<{ items: (ItemView & { topicId: string })[] }>(office, 'GET', '/api/handling/items?state=assigned&pageSize=1');
    await office.goto(`${stack.url}/console/topics/${items.items[0]!.topicId}`);
    await office.getByRole('button', { name: '生成协商建议' }).waitFor();
    await office.getByRole('button', { name: '生成协商纪要' }).waitFor();
    expect(await seriousViolations(office)).toEqual([]);
    await shoot(office, 'documents-topic');

    await office.goto(`${stack.url}/console/plans`);
    await office.getByRole('heading', { level: 1, name: '年度计划' }).waitFor();
    await office.getByRole('button', { name: /的公文$/ }).first().click();
    const modal = office.locator('.ant-modal:visible').last();
    await modal.getByRole('button', { name: '生成年度协商计划' }).waitFor();
    expect(await seriousViolations(office)).toEqual([]);
    await shoot(office, 'documents-plan');
    await modal.getByRole('button', { name: 'Close' }).or(modal.locator('.ant-modal-close')).first().click();

    await office.goto(`${stack.url}/console/handling`);
    await office.getByRole('heading', { level: 1, name: '办理督办' }).waitFor();
    await office.getByRole('button', { name: /公文设置/ }).click();
    const settings = office.locator('.ant-modal:visible').last();
    await expect.poll(() => settings.getByLabel('交办函发文字号代字').inputValue()).toBe('尧政协交');
    await settings.getByText('发文机关标志：临汾市尧都区政协办公室').waitFor();
    expect(await seriousViolations(office)).toEqual([]);
    await shoot(office, 'documents-settings');
  });
});
