import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

/** The text without whitespace, to check that a split neither loses nor adds characters. */
const squeeze = (s: string) => s.replace(/\s/g, '');

describe('splitSentences', () => {
  it('splits at 。！？； and line breaks, keeping each end mark with its sentence', () => {
    const text = '路面坑坑洼洼。能不能先装护栏？一定要装！资金列入预算；按里程安排\n谢谢大家';
    expect(splitSentences(text)).toEqual(['路面坑坑洼洼。', '能不能先装护栏？', '一定要装！', '资金列入预算；', '按里程安排', '谢谢大家']);
  });

  it('keeps closing quotes and repeated marks with the sentence, and the text whole', () => {
    const text = '他说：“这路得修。”大家都同意！！还有呢……再说吧？！';
    const out = splitSentences(text);
    expect(out).toEqual(['他说：“这路得修。”', '大家都同意！！', '还有呢……', '再说吧？！']);
    expect(squeeze(out.join(''))).toBe(squeeze(text));
  });

  it('does not split decimals and dates, but does split English sentences', () => {
    expect(splitSentences('每公里3.5万元，2024.10前完成。')).toEqual(['每公里3.5万元，2024.10前完成。']);
    expect(splitSentences('The road is broken. We need 5G here.')).toEqual(['The road is broken.', 'We need 5G here.']);
  });

  it('cuts a long run of commas into pieces, losing nothing', () => {
    const text = '我们村到乡里这条路四公里，是二〇一六年修的，当时修得挺好，可这几年没人管，路面坑坑洼洼的，好几处都塌了，去年七月下大雨，村口那段路基冲垮了一块，到现在还是拿土填的，群众意见很大';
    const out = splitSentences(text, { maxLength: 40, minPiece: 12 });
    expect(out.length).toBeGreaterThan(1);
    expect(out.every((s) => s.length >= 12)).toBe(true);
    expect(out.join('')).toBe(text);
  });

  it('gives nothing for empty or punctuation-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('。。\n\n！')).toEqual([]);
  });
});
