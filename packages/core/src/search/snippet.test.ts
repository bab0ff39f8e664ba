import { describe, expect, it } from 'vitest';
import { snippet } from './snippet.js';

describe('检索摘要', () => {
  it('marks every match, joining overlapping ones, and escapes everything else', () => {
    expect(snippet('村里经常停电了，<b>电了</b>又停', ['停电', '电了'])).toBe('村里经常<mark>停电了</mark>，&lt;b&gt;<mark>电了</mark>&lt;/b&gt;又停');
  });
  it('cuts a long text around the first match', () => {
    const s = snippet(`${'甲'.repeat(100)}路灯不亮${'乙'.repeat(100)}`, ['路灯'], 40);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('<mark>路灯</mark>');
  });
});
