import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TopicPage } from '@shangliang/core';
import { seedTopicsDemo } from '../src/seed/seed-topics-demo.js';
import { createTestApp, engines, type TestApp } from './harness.js';

describe.each(engines())('议题列表 加载更多（%s）', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(engine);
    await seedTopicsDemo(t.db, t.clock.now());
  });
  afterEach(async () => t.close());

  it('walking the list by cursor gives the same topics in the same order as the numbered pages, then stops', async () => {
    const office = await t.login('yaodu-office');
    const all = await t.call<TopicPage>(office, 'GET', '/api/topics?pageSize=100');
    expect(all.status).toBe(200);
    const ids = all.json.items.map((i) => i.id);
    expect(ids.length).toBeGreaterThan(4);
    const walked: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: { status: number; json: TopicPage } = await t.call<TopicPage>(office, 'GET', `/api/topics?pageSize=3${after ? `&after=${after}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.json.total).toBe(ids.length);
      walked.push(...page.json.items.map((x) => x.id));
      after = page.json.nextCursor;
      if (!after) break;
    }
    expect(walked).toEqual(ids);
    const second = await t.call<TopicPage>(office, 'GET', '/api/topics?pageSize=3&page=2');
    const first = await t.call<TopicPage>(office, 'GET', '/api/topics?pageSize=3');
    const byCursor = await t.call<TopicPage>(office, 'GET', `/api/topics?pageSize=3&after=${first.json.nextCursor}`);
    expect(byCursor.json.items).toEqual(second.json.items);
  });

  it('refuses a cursor it did not make with 400 and a Chinese message', async () => {
    const office = await t.login('yaodu-office');
    for (const bad of ['abc', 'W10', encodeURIComponent('{"x":1}'), 'x'.repeat(400)]) {
      const r = await t.call(office, 'GET', `/api/topics?after=${bad}`);
      expect(r.status).toBe(400);
      expect(r.json.message).toMatch(/翻页位置不正确/);
    }
  });
});
