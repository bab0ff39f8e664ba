import os from 'node:os';
import type { RoomView } from '@shangliang/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { openDatabase } from '../src/db/database.js';
import { onlineRoom } from './flow.js';
import { createTestApp, engines, type TestApp } from './harness.js';

/** Reads a server-sent event stream until an event of the type arrives (or the time runs out). */
async function nextEvent(url: string, type: string, start: () => Promise<unknown>, timeoutMs = 10_000): Promise<{ statementId: string | null; data: unknown }> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const res = await fetch(url, { signal: abort.signal });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let started = false;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      buffer += decoder.decode(value, { stream: true });
      if (!started && buffer.includes('已连接')) {
        started = true;
        await start();
      }
      for (const block of buffer.split('\n\n').slice(0, -1)) {
        const name = /^event: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (name === type && data) return JSON.parse(data) as { statementId: string | null; data: unknown };
      }
      buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
    }
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
}

describe.each(engines())('网络协商：实时推送（%s）', (engine) => {
  let t: TestApp;
  let roomId: string;
  beforeEach(async () => {
    t = await createTestApp(engine);
    ({ roomId } = await onlineRoom(t, '校车停靠点调整'));
  });
  afterEach(async () => t.close());

  it('a statement posted reaches an open page without reload', async () => {
    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const event = await nextEvent(`${base}/api/rooms/${roomId}/events`, 'statement', () =>
      t.call<RoomView>(null, 'POST', `/api/rooms/${roomId}/statements`, { text: '校车停靠点应避开主干道', idempotencyKey: 'live-key-0001' }),
    );
    expect(event.data).toMatchObject({ text: '校车停靠点应避开主干道', status: 'shown', authorName: '网友' });
  });

  it.runIf(engine === 'postgres')('two app servers on one PostgreSQL: a statement posted on one arrives on the other’s stream', async () => {
    const db = openDatabase({ url: t.db.url!, sqliteFile: '' });
    const other = await buildApp({ db, logLevel: 'silent', uploadsDir: os.tmpdir(), sweepEveryMs: 0 });
    try {
      const base = await other.listen({ port: 0, host: '127.0.0.1' });
      const event = await nextEvent(`${base}/api/rooms/${roomId}/events`, 'statement', () =>
        t.call<RoomView>(null, 'POST', `/api/rooms/${roomId}/statements`, { text: '建议在小区门口增设临时停靠点', idempotencyKey: 'live-key-0002' }),
      );
      expect(event.data).toMatchObject({ text: '建议在小区门口增设临时停靠点' });
    } finally {
      await other.close();
      await db.close();
    }
  });
});
