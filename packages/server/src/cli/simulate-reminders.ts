import { addDays, dayInShanghai, NOTIFICATION_RULES, type NotificationKind } from '@shangliang/core';
import { openDatabase } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { runReminders } from '../notifications/reminders.js';
import { seedIfEmpty } from '../seed/seed.js';

/**
 * 到期提醒模拟 — runs the daily reminders of the demo data, day after day, on a database of its own in memory
 * (the configured one is not touched): each day at 08:00 Beijing time twice, as two app servers would, with a
 * downtime in the middle. Prints what each day sent; the second run of a day sends nothing.
 */
export async function simulateReminders(days: number, downFrom = 10, downDays = 3): Promise<string[]> {
  const db = openDatabase({ url: null, sqliteFile: ':memory:' });
  const lines: string[] = [];
  try {
    await migrate(db);
    const start = new Date();
    await seedIfEmpty(db, { demo: true, now: start });
    const first = dayInShanghai(start);
    lines.push(`从 ${first} 起模拟 ${days} 天；第 ${downFrom + 1}–${downFrom + downDays} 天服务器停机（不运行），恢复后补发。`);
    const seen = async () => db.kysely.selectFrom('notifications').select(['id', 'kind', 'title', 'user_id']).where('kind', 'in', ['item_due_soon', 'item_due_tomorrow', 'item_overdue']).execute();
    const known = new Set((await seen()).map((n) => n.id));
    for (let i = 1; i <= days; i++) {
      const day = addDays(first, i);
      if (i > downFrom && i <= downFrom + downDays) {
        lines.push(`${day}  停机`);
        continue;
      }
      const at = new Date(`${day}T00:00:30.000Z`); // 08:00:30 Beijing time
      const a = await runReminders(db, at, 'server-a');
      const b = await runReminders(db, at, 'server-b');
      const fresh = (await seen()).filter((n) => !known.has(n.id));
      for (const n of fresh) known.add(n.id);
      const byKind = new Map<NotificationKind, number>();
      for (const n of fresh) byKind.set(n.kind, (byKind.get(n.kind) ?? 0) + 1);
      const counts = [...byKind].map(([k, n]) => `${NOTIFICATION_RULES[k].label} ${n}`).join('，') || '无新提醒';
      lines.push(`${day}  ${a.ran ? 'A 运行' : 'A 未运行'}/${b.ran ? 'B 运行' : 'B 未运行'}  ${counts}${fresh.length ? `：${[...new Set(fresh.map((n) => n.title))].slice(0, 3).join('；')}` : ''}`);
    }
    const total = (await seen()).length;
    const distinct = new Set((await db.kysely.selectFrom('notifications').select('dedup_key').execute()).map((r) => r.dedup_key)).size;
    lines.push(`共写入提醒 ${total} 条；消息 ${distinct} 条，去重键无一重复。`);
  } finally {
    await db.close();
  }
  return lines;
}
