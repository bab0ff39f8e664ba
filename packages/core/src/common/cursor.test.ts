import { describe, expect, it } from 'vitest';
import { cursorParam, decodeCursor, encodeCursor } from './cursor.js';

describe('翻页游标', () => {
  it('round-trips a key and refuses what is not a cursor', () => {
    const key = ['2026-11-30T08:00:00.000Z', '5f0c6a1e-0000-4000-8000-000000000001'];
    const c = encodeCursor(key);
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(c, 2)).toEqual(key);
    expect(decodeCursor(c, 3)).toBeNull();
    expect(decodeCursor('not a cursor', 2)).toBeNull();
    expect(decodeCursor(encodeCursor(['a']).slice(1), 1)).toBeNull();
    expect(cursorParam(2).safeParse(c)).toEqual({ success: true, data: key });
    const bad = cursorParam(2).safeParse('%%%');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('翻页位置不正确，请回到第一页');
  });
});
