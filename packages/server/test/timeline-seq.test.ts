import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendItemEvent } from '../src/repositories/handling.repository.js';
import { appendTopicEvent } from '../src/repositories/topics.repository.js';
import { topicWithOutcome } from './flow.js';
import { createTestApp, engines, type TestApp } from './harness.js';

describe.each(engines())('时间线序号在并发写入时不重复（%s）', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(engine);
  });
  afterEach(async () => t.close());

  it('twenty transactions appending to one topic and one item at once get twenty distinct numbers', async () => {
    const { topicId, itemIds } = await topicWithOutcome(t, '东羊村道路修缮', ['尽快修缮道路']);
    const before = await t.db.kysely.selectFrom('topic_events').select('seq').where('topic_id', '=', topicId).execute();
    const k = t.db.kysely;
    const at = t.clock.now().toISOString();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        k.transaction().execute(async (trx) => {
          await appendTopicEvent(trx, { topic_id: topicId, at, user_id: null, actor_name: '测试', kind: 'note', event: null, from_state: null, to_state: null, title: `并发记录 ${i}`, detail: null });
          await appendItemEvent(trx, { suggestion_id: itemIds[0]!, at, user_id: null, actor_name: '测试', kind: 'note', title: `并发记录 ${i}`, detail: null, round: 1 });
        }),
      ),
    );
    const topicSeqs = (await k.selectFrom('topic_events').select('seq').where('topic_id', '=', topicId).execute()).map((r) => Number(r.seq));
    expect(topicSeqs).toHaveLength(before.length + 20);
    expect(new Set(topicSeqs).size).toBe(topicSeqs.length);
    expect(Math.max(...topicSeqs)).toBe(topicSeqs.length);
    const itemSeqs = (await k.selectFrom('item_events').select('seq').where('suggestion_id', '=', itemIds[0]!).execute()).map((r) => Number(r.seq));
    expect(new Set(itemSeqs).size).toBe(itemSeqs.length);
    expect(itemSeqs.length).toBeGreaterThanOrEqual(20);
  });
});
