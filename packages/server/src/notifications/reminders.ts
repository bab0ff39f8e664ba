import { addDays, dayInShanghai, reminderFor, reminderRunDue } from '@shangliang/core';
import type { Db } from '../db/database.js';
import { remindableItems } from '../repositories/notification-recipients.repository.js';
import { claimRun, finishRun } from '../repositories/scheduled-runs.repository.js';
import { notify } from './notify.js';

/** How long a reminder run holds its lease; a server killed mid-run is taken over after it. */
const RUN_LEASE_MS = 10 * 60_000;
/** Items per transaction of a run. */
const BATCH = 200;

/** The day whose run is due at an instant: today from 08:00 Beijing time, before that yesterday. */
export const reminderDay = (at: Date): string => (reminderRunDue(at) ? dayInShanghai(at) : addDays(dayInShanghai(at), -1));

/** What a reminder run did: the day it ran for, whether this server ran it, and how many items were due a reminder. */
export interface ReminderRun {
  readonly day: string;
  readonly ran: boolean;
  readonly reminders: number;
}

/**
 * 每日到期提醒 — the daily run (08:00 Asia/Shanghai, and at start-up to catch up after a downtime): takes the
 * day's lease (one app server runs it), and writes for every item in a department's hands the reminder its
 * deadline calls for that day. A reminder is keyed by item, kind and deadline (overdue: by week), so a
 * rerun — after a crash, or by a second server — sends nothing twice.
 */
export async function runReminders(db: Db, now: Date, holder: string): Promise<ReminderRun> {
  const day = reminderDay(now);
  const at = now.toISOString();
  if (!(await claimRun(db.kysely, { name: 'reminders', day, holder, now: at, leaseUntil: new Date(now.getTime() + RUN_LEASE_MS).toISOString() }))) return { day, ran: false, reminders: 0 };
  const items = await remindableItems(db.kysely, addDays(day, 7));
  let reminders = 0;
  for (let i = 0; i < items.length; i += BATCH) {
    await db.kysely.transaction().execute(async (trx) => {
      for (const it of items.slice(i, i + BATCH)) {
        const due = reminderFor({ id: it.suggestion_id, round: it.round, dueOn: it.due_on }, day);
        if (!due) continue;
        reminders++;
        await notify(trx, now, null, {
          kind: due.kind,
          key: due.key,
          subject: { type: 'handling_item', id: it.suggestion_id },
          link: `/console/handling/items/${it.suggestion_id}`,
          facts: { topic: it.topic_title, seq: it.seq, suggestion: it.content, dueOn: it.due_on, daysLeft: due.daysLeft, department: it.department ?? undefined },
          anchors: { countyId: it.county_id, item: { leadDeptId: it.lead_dept_id, coDeptIds: [] } },
        });
      }
    });
  }
  await finishRun(db.kysely, { name: 'reminders', day, holder });
  return { day, ran: true, reminders };
}
