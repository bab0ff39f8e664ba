import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, newPage, seriousViolations, shoot, signIn, type Stack, startStack } from './support.js';

/** A valid 1×1 red PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
const FILENAME = '现场照片.png';
const TITLE = '解放路背街小巷路灯不亮问题';

describe.skipIf(!hasBrowser)('附件：委员荐题上传照片，办公室在选题征集中下载（Chromium）', () => {
  let stack: Stack;
  let dir = '';
  let pngPath = '';

  beforeAll(async () => {
    stack = await startStack();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-att-'));
    pngPath = path.join(dir, FILENAME);
    fs.writeFileSync(pngPath, PNG);
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a member recommends a topic with a photo on a phone and sees it listed', async () => {
    const page = await newPage(stack, 'phone');
    await signIn(page, stack, 'yaodu-member1');
    await page.goto(`${stack.url}/console/my/proposals`);
    await page.getByRole('heading', { level: 1, name: '我的荐题' }).waitFor();
    await page.getByRole('button', { name: /荐\s*题/ }).click();
    const sheet = page.locator('.ant-drawer-content-wrapper:visible').last();
    await sheet.getByText('上传附件').waitFor();
    expect(await sheet.innerText()).toContain('支持图片、PDF、Word、Excel，单个文件不超过 10 MB');

    await page.locator('#recommend_title').fill(TITLE);
    await sheet.getByText('实事', { exact: true }).click();
    await page.locator('#recommend_description').fill('解放路街道多条背街小巷路灯损坏多年无人维修，群众夜间出行不便，存在安全隐患，建议明确管护责任并尽快修复。');

    const input = sheet.locator('.attachment-field input[type=file]');
    expect(await input.getAttribute('accept')).toContain('image/*');

    // The server refuses a file whose declared type does not match: its Chinese message shows under the file.
    await input.setInputFiles({ name: '伪装图片.png', mimeType: 'text/plain', buffer: Buffer.from('不是图片') });
    await expect.poll(() => sheet.locator('.attachment-error').innerText(), { timeout: 10_000 }).toContain('仅支持上传图片');
    await sheet.locator('.attachment-item[data-status="error"]').getByRole('button', { name: /删除/ }).click();
    await expect.poll(() => sheet.locator('.attachment-item').count()).toBe(0);

    await input.setInputFiles(pngPath);
    await sheet.locator('.attachment-item[data-status="done"]').getByText(FILENAME).waitFor({ timeout: 10_000 });
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 });
    expect(await seriousViolations(page), 'axe recommend form with a file').toEqual([]);
    await shoot(page, 'console-recommend-attachment-phone');

    await sheet.getByRole('button', { name: /提\s*交/ }).click();
    await expect.poll(() => page.locator('.ant-message').innerText()).toContain(TITLE);
    const item = page.locator('.my-item', { hasText: TITLE });
    await item.getByRole('link', { name: FILENAME }).waitFor();
    await sheet.waitFor({ state: 'hidden' });
    await page.waitForTimeout(400); // the sheet's closing animation
    expect(await item.innerText()).toContain(`${PNG.length} B`);
    expect(await seriousViolations(page), 'axe 我的荐题 with a file').toEqual([]);
    await shoot(page, 'console-my-proposals-attachment-phone');
    await page.context().close();
  });

  it('the office opens the proposal in 选题征集 and downloads the same bytes', async () => {
    const page = await newPage(stack);
    await signIn(page, stack, 'yaodu-office');
    await page.goto(`${stack.url}/console/proposals?status=submitted`);
    await page.getByRole('button', { name: TITLE }).first().click();
    const drawer = page.locator('.ant-drawer-content-wrapper:visible').last();
    const link = drawer.getByRole('link', { name: FILENAME });
    await link.waitFor();
    await page.waitForTimeout(400); // the drawer's opening animation
    await shoot(page, 'console-proposal-attachment-desktop');
    expect(await seriousViolations(page), 'axe proposal drawer with a file').toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(FILENAME);
    const saved = await download.path();
    expect(Buffer.compare(fs.readFileSync(saved), PNG)).toBe(0);

    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/api\/attachments\//);
    const bytes = await page.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())), href as string);
    expect(Buffer.compare(Buffer.from(bytes), PNG)).toBe(0);
    await page.context().close();
  });
});
