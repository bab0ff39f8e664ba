import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { buildApp, DEMO_PASSWORD, migrate, openDatabase, seedIfEmpty } from '@shangliang/server';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium; no browser is ever downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const required = process.env.REQUIRE_BROWSER === '1' || process.env.CI === 'true';
/** True when the browser tests can run here. */
export const hasBrowser = fs.existsSync(CHROMIUM);
if (!hasBrowser && required) throw new Error(`找不到 Chromium（${CHROMIUM}）：REQUIRE_BROWSER=1 或 CI=true 时浏览器测试不能跳过`);

const root = path.resolve(import.meta.dirname, '../..');
/** Screenshots land here (git-ignored). */
export const SHOTS = path.join(root, 'e2e/screenshots');

/** A running platform on a fresh SQLite database with the demo data, and a browser. */
export interface Stack {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Starts the real server (built web app, demo data) on a free port, and Chromium. */
export async function startStack(): Promise<Stack> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-e2e-'));
  const db = openDatabase({ url: null, sqliteFile: path.join(dir, 'shangliang.db') });
  await migrate(db);
  await seedIfEmpty(db, { demo: true });
  const webDist = path.join(root, 'packages/web/dist');
  if (!fs.existsSync(path.join(webDist, 'index.html'))) throw new Error('前端尚未构建：请先运行 npm run build:web');
  const app = await buildApp({ db, webDist, logLevel: 'silent', loginRateLimit: 1000, uploadsDir: path.join(dir, 'uploads') });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  fs.mkdirSync(SHOTS, { recursive: true });
  return {
    url: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The two viewports every page is looked at in. */
export const VIEWPORTS = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;

/** Opens a new page at a viewport, in Chinese. */
export async function newPage(stack: Stack, viewport: keyof typeof VIEWPORTS = 'desktop'): Promise<Page> {
  const context = await stack.browser.newContext({ bypassCSP: true, viewport: VIEWPORTS[viewport], locale: 'zh-CN', timezoneId: 'Asia/Shanghai', isMobile: viewport === 'phone', hasTouch: viewport === 'phone' });
  return context.newPage();
}

/** Signs in through the login page as a demo user and waits for the workbench. */
export async function signIn(page: Page, stack: Stack, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${stack.url}/console/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((u) => !u.pathname.endsWith('/login'));
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.addScriptTag({ content: axeSource });
  const run = async () =>
    (await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
    })).filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical');
  const first = await run();
  if (first.length === 0) return first;
  // Contrast measured mid-animation (a drawer sliding in, a fading toast) is not what users see: look again at rest.
  await page.waitForTimeout(1000);
  return run();
}

/** Saves a full-page screenshot under e2e/screenshots. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** Calls the API from inside a signed-in page (its session cookie, the CSRF header); throws on a refusal. */
export async function call<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const res = await fetch(path, { method, headers: { 'Content-Type': 'application/json', 'X-Shangliang-Request': '1' }, body: method === 'GET' ? undefined : JSON.stringify(body ?? {}) });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
      return text ? JSON.parse(text) : null;
    },
    { method, path, body },
  ) as Promise<T>;
}
