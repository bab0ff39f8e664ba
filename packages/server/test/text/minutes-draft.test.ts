import { describe, expect, it } from 'vitest';
import { draftMinutes } from '../../src/text/minutes-draft.js';
import { opinionSentences, trimSentence } from '../../src/text/opinion-sentences.js';
import { findThemes } from '../../src/text/opinion-themes.js';
import { loadFixture } from './quality.js';

/** Every point of a draft, with its theme. */
const pointsOf = (draft: ReturnType<typeof draftMinutes>) => draft.themes.flatMap((t) => t.points);

describe('draftMinutes', () => {
  it('gives an empty draft for no utterances or only empty ones', () => {
    expect(draftMinutes([])).toEqual({ summary: '', themes: [] });
    expect(draftMinutes([{ speaker: '张三', text: '' }, { speaker: '李四', org: null, text: '。。，对对。' }])).toEqual({ summary: '', themes: [] });
  });

  it('drafts one utterance as one theme with its proposal as the point', () => {
    const draft = draftMinutes([{ speaker: '张三', org: '县政协委员', text: '我觉得吧，建议在村委会设立便民服务站，方便群众办事。' }]);
    expect(draft.themes).toHaveLength(1);
    expect(draft.themes[0]!.points).toEqual([{ text: '建议在村委会设立便民服务站，方便群众办事。', speakers: ['县政协委员张三'] }]);
    expect(draft.summary).toMatch(/^会议围绕.+等问题进行了协商。与会人员主要提出以下意见：\n一、关于.+。建议在村委会设立便民服务站，方便群众办事（县政协委员张三）。$/);
  });

  it('merges text said twice into one point naming everyone who said it', () => {
    const same = '建议尽快修复村口冲垮的路基，雨季前完成。';
    const draft = draftMinutes([
      { speaker: '李四', text: same },
      { speaker: '王五', text: same },
      { speaker: '李四', text: same },
      { speaker: '赵六', text: `对，${same}` },
    ]);
    expect(pointsOf(draft)).toEqual([{ text: same, speakers: ['李四', '王五', '赵六'] }]);
  });

  it('unites the speakers of near-duplicates under the point kept', () => {
    const draft = draftMinutes([
      { speaker: '李四', text: '建议给校车安装卫星定位和车内监控设备。' },
      { speaker: '王五', text: '建议校车安装卫星定位和车内监控。' },
      { speaker: '赵六', text: '校车要安装卫星定位，车内监控也要装上。' },
    ]);
    const points = pointsOf(draft);
    expect(points).toHaveLength(1);
    expect(points[0]!.speakers).toEqual(expect.arrayContaining(['李四', '王五', '赵六']));
  });

  it('handles English and numbers mixed in', () => {
    const draft = draftMinutes([
      { speaker: 'Tom', text: 'The 4G signal is weak in the village. We suggest more 5G base stations.' },
      { speaker: '王五', text: '村里5G信号不好，建议增加5G基站，覆盖率要达到95%以上。' },
      { speaker: '赵六', text: '5G基站建设要抓紧，GPS定位也不准。' },
    ]);
    expect(draft.themes.length).toBeGreaterThan(0);
    expect(draft.summary).toContain('5G基站');
  });

  it('respects maxThemes and maxPointsPerTheme', () => {
    const [road] = loadFixture();
    const draft = draftMinutes(road!.utterances, { maxThemes: 2, maxPointsPerTheme: 1 });
    expect(draft.themes).toHaveLength(2);
    expect(draft.themes.every((t) => t.points.length === 1 && t.keywords.length > 0)).toBe(true);
    expect(draft.summary.split('\n')).toHaveLength(3);
    expect(draftMinutes(road!.utterances, { maxThemes: 0 })).toEqual({ summary: '', themes: [] });
  });

  it('never invents text: every point is a piece of what its first speaker said', () => {
    for (const c of loadFixture()) {
      const draft = draftMinutes(c.utterances);
      for (const p of pointsOf(draft)) {
        expect(c.utterances.some((u) => u.text.includes(p.text))).toBe(true);
        expect(p.speakers.length).toBeGreaterThan(0);
        expect(draft.summary).toContain(p.text.replace(/[。！？；]$/, ''));
      }
    }
  });

  it('orders themes by how many speakers raised them', () => {
    for (const c of loadFixture()) {
      const { themes } = findThemes(opinionSentences(c.utterances), c.utterances.length, 6);
      const counts = themes.map((t) => t.speakers.length);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });

  it('is deterministic', () => {
    const [, bus] = loadFixture();
    expect(draftMinutes(bus!.utterances)).toEqual(draftMinutes(bus!.utterances));
  });

  it('drafts 500 utterances in about a second', () => {
    const all = loadFixture().flatMap((c) => c.utterances);
    const many = Array.from({ length: 500 }, (_, i) => ({ speaker: `委员${i % 60}`, org: null, text: `${all[i % all.length]!.text.slice(i % 7)}这是第${i}位发言。` }));
    draftMinutes(many.slice(0, 5)); // the dictionaries load once per process
    const started = performance.now();
    const draft = draftMinutes(many);
    const ms = performance.now() - started;
    expect(draft.themes.length).toBeGreaterThan(0);
    // ~0.3 s on our 2-core machines; the bound leaves room for a busy machine.
    expect(ms).toBeLessThan(2500);
  });
});

describe('trimSentence', () => {
  it('takes spoken fillers off the start and particles off the end, and nothing else', () => {
    expect(trimSentence('我觉得吧，关键是责任不清。')).toBe('关键是责任不清。');
    expect(trimSentence('就是，那个路一下雨就全是泥。')).toBe('路一下雨就全是泥。');
    expect(trimSentence('还有个事，村里有人在路边堆柴火。')).toBe('村里有人在路边堆柴火。');
    expect(trimSentence('对超员车辆要严查。')).toBe('对超员车辆要严查。');
    expect(trimSentence('这个也得管管吧。')).toBe('也得管管。');
    expect(trimSentence('对对，')).toBe('');
  });
});
