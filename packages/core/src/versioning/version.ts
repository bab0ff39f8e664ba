import { z } from 'zod';

const WRONG = '版本号不正确，请刷新后重试';

/**
 * The version a form was loaded at. Every edit (PATCH, PUT) sends it, so that a save made from an
 * out-of-date form is refused instead of silently overwriting someone else's change.
 */
export const expectedVersion = z.number({ error: '缺少版本号，请刷新后重试' }).int(WRONG).min(1, WRONG);

/** The same on actions (transitions, handling steps, activation): checked only when given. */
export const optionalVersion = expectedVersion.optional();

/** Who saved a record last and when: `current` of a 409 VERSION_CONFLICT answer. */
export interface VersionStamp {
  readonly version: number;
  readonly updatedBy: { readonly id: string; readonly displayName: string } | null;
  readonly updatedAt: string;
}

/** China Standard Time has had no daylight saving since 1991: a fixed offset is exact. */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** An instant as `YYYY-MM-DD HH:mm` in Beijing time (Asia/Shanghai). */
export function minuteInShanghai(iso: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  return new Date(at + CST_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The message of a version conflict: who saved the record and when, in Beijing time. */
export function versionConflictMessage(current: VersionStamp): string {
  const who = current.updatedBy ? ` ${current.updatedBy.displayName} ` : '他人';
  return `该记录已被${who}于 ${minuteInShanghai(current.updatedAt)} 修改，请重新加载后再编辑`;
}
