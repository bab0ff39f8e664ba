import { describe, expect, it } from 'vitest';
import { addWords, contentWords, generalIdf, isStopWord, keywords, segment, STOP_WORDS, wordTag } from '../../src/text/segment.js';

describe('segment', () => {
  it('keeps the CPPCC terms of its own dictionary whole', () => {
    const words = segment('县政协组织有事来商量协商议事会，交办的答复函已送达工作联系点。');
    for (const term of ['县政协', '有事来商量', '协商议事会', '交办', '答复函', '工作联系点']) expect(words).toContain(term);
  });

  it('keeps added place names whole, also when added after the dictionary was loaded', () => {
    segment('先加载词典');
    addWords(['师庄乡', { word: '冯南垣', tag: 'ns' }, ' ', '乡']);
    expect(segment('霍州市师庄乡冯南垣村的村道')).toEqual(['霍州市', '师庄乡', '冯南垣', '村', '的', '村道']);
  });

  it('drops punctuation and whitespace and keeps Latin words and numbers whole', () => {
    const words = segment('村里 5G 信号差，GPS定位偏了3.5公里！Covid-19 以后（2024年）……');
    expect(words).toEqual(expect.arrayContaining(['5G', 'GPS', '3.5', 'Covid-19', '2024']));
    expect(words.every((w) => !/[\s，！（）…]/.test(w))).toBe(true);
  });

  it('joins the single characters jieba does not know back into a word, but not across punctuation', () => {
    expect(segment('要求每个村明确一名管水员')).toContain('管水员');
    expect(segment('责任不清。路修好了')).not.toContain('清路');
  });

  it('gives the empty list for empty or punctuation-only text', () => {
    expect(segment('')).toEqual([]);
    expect(segment('。，！？  \n')).toEqual([]);
  });

  it('in search mode also gives the shorter words inside long ones', () => {
    const words = segment('中国人民政治协商会议', { mode: 'search' });
    expect(words).toEqual(expect.arrayContaining(['中国', '政治', '协商', '会议']));
  });
});

describe('stop words and content words', () => {
  it('leaves out the fillers of spoken Chinese', () => {
    for (const w of ['的', '了', '我们', '这个', '一下', '就是', '那个', '咱们', '然后', '反正']) expect(STOP_WORDS.has(w)).toBe(true);
    expect(isStopWord('2016')).toBe(true);
    expect(contentWords('我觉得那个路就是一下雨就全是泥')).toEqual(expect.arrayContaining(['路', '下雨', '泥']));
    expect(contentWords('我觉得那个路就是一下雨就全是泥')).not.toContain('那个');
  });
});

describe('keywords', () => {
  it('picks the words that characterise a text by TF-IDF, without stop words', () => {
    const text = '村里的饮水管网老化，管网漏水严重，我们建议尽快改造管网，安排专人管护。';
    const found = keywords(text, 3);
    expect(found).toHaveLength(3);
    expect(found[0]).toBe('管网');
    expect(found.some((w) => STOP_WORDS.has(w))).toBe(false);
    expect(keywords('', 3)).toEqual([]);
    expect(keywords(text, 0)).toEqual([]);
  });

  it('tells general from specific words and tags parts of speech', () => {
    expect(generalIdf('我们')).toBeLessThan(generalIdf('养护'));
    expect(wordTag('一部分')).toBe('m');
    expect(wordTag('护栏')).toBe('n');
    expect(wordTag('管水员')).toBe('x');
  });
});
