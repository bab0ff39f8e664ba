import type { SearchPageView } from '@shangliang/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexRecords } from '../src/search/index-records.js';
import { createTestApp, engines, type TestApp } from './harness.js';
import { loadLabelledSet, recallAt } from './text/proposals.js';

/**
 * The search as users get it — `GET /api/search` over the index on each engine — on the labelled set of
 * test/text/fixtures/proposals-labelled.json, for its 15 short queries: recall@10 is the share of the submissions
 * a person would expect among the first ten (of at most ten expected). The rows are the set's submissions as
 * 尧都区's public proposals (some are shorter than the portal form allows, so they are written as rows and indexed
 * by the indexer the use cases call).
 */
describe.each(engines())('检索的查全率：标注集的 15 个短查询（%s）', (engine) => {
  let t: TestApp;
  let office: string;
  const idOf = new Map<string, string>();
  beforeAll(async () => {
    t = await createTestApp(engine);
    const county = await t.orgId('尧都区政协');
    const { proposals } = loadLabelledSet();
    const at = '2026-11-01T00:00:00.000Z';
    const rows = proposals.map((p, i) => ({
      id: `labelled-${p.id}`, tracking_code: `LB${String(i).padStart(6, '0')}`, idempotency_key: null, source: 'public' as const, county_id: county, category: 'livelihood' as const,
      field: null, title: p.title, description: p.description, place_org_id: null, solicitation_id: null, proposer_user_id: null, proposer_name: '群众', proposer_phone: null,
      assigned_by: null, instruction_ref: null, assigned_on: null, status: 'submitted' as const, exclusion_reason: null, screening_note: null, topic_id: null, screened_by: null,
      screened_at: null, ip: null, created_at: at, updated_at: at,
    }));
    for (const r of rows) idOf.set(r.id, r.id.slice('labelled-'.length));
    await t.db.kysely.transaction().execute(async (trx) => {
      await trx.insertInto('proposals').values(rows).execute();
      await indexRecords(trx, { proposal: rows.map((r) => r.id) });
    });
    office = await t.login('yaodu-office');
  }, 120_000);
  afterAll(async () => t?.close());

  it('finds what a person would expect among the first ten: 0.9 overall, 0.7 for any one query', async () => {
    const { queries } = loadLabelledSet();
    const recalls: number[] = [];
    for (const q of queries) {
      const res = await t.call<SearchPageView>(office, 'GET', `/api/search?q=${encodeURIComponent(q.q)}&kinds=proposal&pageSize=10`);
      expect(res.status, q.q).toBe(200);
      recalls.push(recallAt(10, res.json.items.map((h) => idOf.get(h.id) ?? h.id), q.expected));
    }
    const mean = recalls.reduce((a, b) => a + b, 0) / recalls.length;
    console.log(`search recall@10 (${engine}) over ${queries.length} queries: ${mean.toFixed(3)} (${queries.map((q, i) => `${q.q} ${recalls[i]!.toFixed(2)}`).join(', ')})`);
    expect(mean).toBeGreaterThanOrEqual(0.9);
    for (const [i, r] of recalls.entries()) expect(r, queries[i]!.q).toBeGreaterThanOrEqual(0.7);
  });
});
