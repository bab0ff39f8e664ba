import { describe, expect, it } from 'vitest';
import { titleLines } from '../src/documents/official-document.js';

describe('公文标题回行', () => {
  it('keeps a short title on one line', () => {
    expect(titleLines('关于改善通村道路的协商建议')).toEqual(['关于改善通村道路的协商建议']);
  });
  it('breaks a long one between words, never leaving one character nor starting a line with 的 or closing punctuation', () => {
    expect(titleLines('尧都区政协2026年度“有事来商量”协商计划')).toEqual(['尧都区政协2026年度', '“有事来商量”协商计划']);
    expect(titleLines('关于交办《关于改善通村道路的协商建议》第1条建议的函')).toEqual(['关于交办《关于改善通村道路的协商建议》', '第1条建议的函']);
    for (const t of ['关于《关于改善屯里镇通村道路，建立农村公路长效管护机制的协商建议》第12条建议办理情况的答复函', '临汾市尧都区政协关于保障农村学生上下学交通安全完善校车服务的协商纪要']) {
      const lines = titleLines(t);
      expect(lines.join('')).toBe(t);
      for (const line of lines) {
        expect(line.length).toBeGreaterThanOrEqual(2);
        expect(line.length).toBeLessThanOrEqual(20);
        expect(line).not.toMatch(/^[，。、；：）》”’的]/);
      }
    }
  });
});
