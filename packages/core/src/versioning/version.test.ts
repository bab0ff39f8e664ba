import { describe, expect, it } from 'vitest';
import { expectedVersion, minuteInShanghai, versionConflictMessage } from './version.js';

describe('versions', () => {
  it('requires a positive whole version, with a Chinese message when it is missing', () => {
    expect(expectedVersion.safeParse(3).success).toBe(true);
    const missing = expectedVersion.safeParse(undefined);
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.message).toBe('缺少版本号，请刷新后重试');
    for (const bad of [0, 1.5, '2']) expect(expectedVersion.safeParse(bad).success).toBe(false);
  });

  it('shows the minute in Beijing time, across midnight UTC', () => {
    expect(minuteInShanghai('2026-12-01T06:05:30.000Z')).toBe('2026-12-01 14:05');
    expect(minuteInShanghai('2026-11-30T16:30:00.000Z')).toBe('2026-12-01 00:30');
  });

  it('names who changed the record and when', () => {
    const stamp = { version: 2, updatedBy: { id: 'u1', displayName: '张三' }, updatedAt: '2026-12-01T06:05:00.000Z' };
    expect(versionConflictMessage(stamp)).toBe('该记录已被 张三 于 2026-12-01 14:05 修改，请重新加载后再编辑');
    expect(versionConflictMessage({ ...stamp, updatedBy: null })).toBe('该记录已被他人于 2026-12-01 14:05 修改，请重新加载后再编辑');
  });
});
