import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/database.js';
import { tempDirOf } from '../../http/receive-upload.js';
import { deleteUnlinkedBefore } from '../../repositories/attachments.repository.js';
import { purgeStaleFailures } from '../../repositories/login-failures.repository.js';
import { appendAudit } from '../../repositories/audit.repository.js';

/** How long an upload may wait for a record to take it, and a login counter may sit unused. */
export const SWEEP_AFTER_MS = 24 * 60 * 60 * 1000;

/** What one sweep removed. */
export interface SweepResult {
  readonly unlinkedUploads: number;
  readonly tempFiles: number;
  readonly loginCounters: number;
}

/**
 * 定期清理 — removes uploads that no record took within a day (row and file), temporary files of
 * uploads cut off or interrupted by a crash, and login counters no longer in use. Safe to run on several
 * app servers at once: each row is deleted by exactly one of them.
 */
export async function sweep(db: Db, uploadsDir: string, now: Date): Promise<SweepResult> {
  const before = new Date(now.getTime() - SWEEP_AFTER_MS).toISOString();
  const keys = await deleteUnlinkedBefore(db.kysely, before);
  for (const key of keys) await fs.promises.rm(path.join(uploadsDir, key), { force: true });
  let tempFiles = 0;
  const tmp = tempDirOf(uploadsDir);
  const names = fs.existsSync(tmp) ? await fs.promises.readdir(tmp) : [];
  for (const name of names) {
    const file = path.join(tmp, name);
    const stat = await fs.promises.stat(file).catch(() => null);
    if (stat && stat.mtimeMs < now.getTime() - SWEEP_AFTER_MS) {
      await fs.promises.rm(file, { force: true });
      tempFiles++;
    }
  }
  const loginCounters = await purgeStaleFailures(db.kysely, before, now.toISOString());
  const result = { unlinkedUploads: keys.length, tempFiles, loginCounters };
  if (keys.length || tempFiles) {
    await appendAudit(db.kysely, {
      at: now.toISOString(), user_id: null, username: null, role: null, org_id: null, county_id: null,
      action: 'system.sweep', outcome: 'ok', subject_type: 'attachment', subject_id: null,
      summary: JSON.stringify(result), ip: null, user_agent: null,
    });
  }
  return result;
}
