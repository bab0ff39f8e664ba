import { contentWords } from './segment.js';
import { splitSentences } from './sentences.js';

/** One utterance recorded at a consultation: who said it (and for whom), and what. */
export interface Utterance {
  readonly speaker: string;
  readonly org?: string | null;
  readonly text: string;
}

/** Who said a sentence: the speaker and the organisation or title given with them. */
export interface Speaker {
  readonly name: string;
  readonly org: string | null;
}

/** One sentence of the opinions, ready for grouping: its text (trimmed of fillers), words, speakers and utterances. */
export interface OpinionSentence {
  readonly text: string;
  readonly words: readonly string[];
  /** Everyone who said this sentence word for word, in order of first saying. */
  readonly speakers: Speaker[];
  /** The utterances it came from (indices into the input), the first one first. */
  readonly utterances: number[];
  /** It proposes, requests or commits to something (建议, 能不能, 我们准备…): what a 纪要 records first. */
  readonly proposal: boolean;
  /** It runs the meeting (the chair's opening and closing), or belongs to an utterance that does. */
  readonly procedural: boolean;
}

/** Words that mark a proposal, a request or a department's commitment — what a 纪要 records first. */
const PROPOSAL = /建议|希望|呼吁|应当|应该|要求|能不能|能否|可不可以|可以|必须|尽快|抓紧|加强|建立|健全|完善|落实|推行|推进|设立|列入|纳入|争取|增加|安装|配备|配齐|统筹|明确|解决|准备|计划|考虑|保证|负责/;
/** A proposal in the speaker's own voice — not the chair's 形成协商建议. */
const OWN_PROPOSAL = /(?<!协商)建议|希望|呼吁/;
/** A sentence that runs the meeting rather than speaks to its matter. */
const PROCEDURAL = /同志们|请大家|下面请|大家(?:敞开|有啥说啥|畅所欲言|谈得|谈的|的意见很)|归纳起来|梳理|形成协商建议|整理成协商建议|谢谢大家|欢迎/;
/** How the chair opens a meeting: its first sentence says what the meeting is for. */
const OPENING = /^(?:同志们|各位|今天(?:请大家|我们|咱们|这次)?.{0,30}(?:商量|协商|围绕|召开|议一议))/;

/** Spoken openings that add nothing to the point: 我觉得、说实话、那个…; stripped, repeatedly, from a sentence's start. */
const LEADING_FILLER =
  /^(?:(?:我(?:觉得|认为|感觉|是说|说一下|说两句|说几句|说个事|说件事|说个实际的|补充一下|补充一点|再补充一点|再说一句|回应一下|插一句)|说实话|说实在的|实际上|其实|反正|所以|然后|另外|还有(?:一个事|一件事|个事|一个|一点)?(?:就是)?|那么|那个|这个|就是说|就是|嗯|呃|啊|哎|唉)[吧啊呢嘛呀]?[，,、：:\s]*|(?:对|好|是|行|对对|对对对|是的|好的|我看|我想)[，,、！!：:\s]+)/;
/** Sentence-final particles before the end mark: 啊、吧、呢、哈…, dropped from a point. */
const TRAILING_PARTICLE = /[啊吧呢哈嘛呀啦哦]+(?=[。！？!?；;…]*$)/;
/** Whitespace and punctuation only. */
const EMPTY = /^[\s\p{P}\p{S}]*$/u;

/**
 * A sentence trimmed for a point of the minutes: spoken fillers off its start, particles off its end,
 * stray punctuation at either end; the result is always a piece of the sentence itself.
 */
export function trimSentence(sentence: string): string {
  let s = sentence.trim();
  for (let i = 0; i < 6; i++) {
    const t = s.replace(LEADING_FILLER, '').replace(/^[\s，,、。；;：:！!？?…]+/, '');
    if (t === s) break;
    s = t;
  }
  s = s.replace(TRAILING_PARTICLE, '');
  return EMPTY.test(s) ? '' : s;
}

/** The key under which two sentences count as the same text: no punctuation, no spaces, Latin in lower case. */
function sameTextKey(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();
}

/**
 * The sentences of the utterances that carry an opinion: split, trimmed, segmented; a sentence with fewer
 * than two content words (对对, 我说两句, 谢谢大家) is dropped; a sentence said again word for word is kept
 * once, with everyone who said it.
 */
export function opinionSentences(utterances: readonly Utterance[]): OpinionSentence[] {
  const out: OpinionSentence[] = [];
  const byKey = new Map<string, OpinionSentence>();
  utterances.forEach((u, ui) => {
    const speaker: Speaker = { name: (u.speaker ?? '').trim(), org: u.org?.trim() || null };
    const raws = splitSentences(u.text ?? '');
    // The chair opens or closes: the whole utterance is procedure, unless it also puts forward a proposal of its own.
    const chairing = raws.length > 0 && (OPENING.test(raws[0]!) || raws.some((r) => PROCEDURAL.test(r))) && !raws.some((r) => OWN_PROPOSAL.test(r));
    for (const raw of raws) {
      const text = trimSentence(raw);
      if (!text) continue;
      const key = sameTextKey(text);
      const seen = byKey.get(key);
      if (seen) {
        if (!seen.speakers.some((s) => s.name === speaker.name && s.org === speaker.org)) seen.speakers.push(speaker);
        if (!seen.utterances.includes(ui)) seen.utterances.push(ui);
        continue;
      }
      const words = contentWords(text);
      if (words.length < 2) continue;
      const sentence: OpinionSentence = { text, words, speakers: [speaker], utterances: [ui], proposal: PROPOSAL.test(text), procedural: chairing || PROCEDURAL.test(text) };
      byKey.set(key, sentence);
      out.push(sentence);
    }
  });
  return out;
}
