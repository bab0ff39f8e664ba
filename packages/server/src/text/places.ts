import { isStopWord, taggedWords } from './segment.js';
import { WordScanner } from './word-scanner.js';

/** How fine a place is: a county (尧都区), a township (屯里镇、师庄乡), a village or neighbourhood (东羊村、汾河湾小区). */
export type PlaceLevel = 'county' | 'township' | 'village';

/** A place named in a text: as written, the key it is compared by (东羊村 and 东羊 are one village), its level and span. */
export interface PlaceMention {
  readonly name: string;
  readonly key: string;
  readonly level: PlaceLevel;
  readonly start: number;
  readonly end: number;
}

/** Place names known beforehand (the county's organisation tree: townships, villages, communities, contact points). */
export interface Gazetteer {
  /** The known places in a text, leftmost-longest. */
  find(text: string): PlaceMention[];
}

/** The place words that end a name, with the level they give and the longest name before them (冯南垣村, 锦绣花园小区). */
const SUFFIXES: readonly { readonly suffix: string; readonly level: PlaceLevel; readonly max: number; readonly min: number }[] = [
  { suffix: '社区', level: 'village', max: 4, min: 2 },
  { suffix: '小区', level: 'village', max: 5, min: 2 },
  { suffix: '街道', level: 'township', max: 3, min: 2 },
  { suffix: '村', level: 'village', max: 3, min: 1 },
  { suffix: '镇', level: 'township', max: 3, min: 2 },
  { suffix: '乡', level: 'township', max: 3, min: 2 },
  { suffix: '县', level: 'county', max: 3, min: 2 },
  { suffix: '区', level: 'county', max: 3, min: 2 },
  { suffix: '市', level: 'county', max: 3, min: 2 },
];

/** The first characters of the suffixes, for a quick look at each character. */
const SUFFIX_STARTS = new Set(SUFFIXES.map((s) => s.suffix[0]!));

/** After these characters the suffix is part of a common word, not the end of a name (乡村, 市场, 村镇 in 刘村镇). */
const NOT_AN_END: Readonly<Record<string, string>> = { 村: '镇乡庄子', 乡: '村镇亲下土', 市: '场民容政面里', 区: '域别分', 镇: '', 县: '', 社区: '', 小区: '', 街道: '办' };

/** Single characters that cannot be part of a place name before its suffix: pronouns, particles, prepositions, verbs of place (住在、到、回). */
const STOP_CHARS = new Set([...'的地得了着过是在有和与及跟同并而也还又就才再很太最这那哪此其该各每某本我你他她它咱俺们您谁啊吧呢吗嘛呀哦个把被对向从到往于为以用按比由将给让叫去来住回进出全整邻农乡城一两几说看想要能会可没不别等即或但若如因所经自靠离近边隔条些系归属管像找']);

/** Parts of speech of a word of two characters or more that ends a name on its left (反映、我们、附近、经常). */
const STOP_TAGS = new Set(['v', 'vn', 'vd', 'r', 'p', 'd', 'c', 'u', 'uj', 'ul', 'uz', 'uv', 'ug', 'ud', 'm', 'mq', 'q', 't', 'a', 'ad', 'an', 'l', 'i', 'y', 'e', 'o', 'f', 'zg']);

/** Parts of speech of a single character that ends a name on its left (系 is, 把, 很). */
const SINGLE_STOP_TAGS = new Set(['v', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'r', 'd', 'y', 'e']);

/** Words of place that are no name (隔壁村 is a neighbouring village, not one called 隔壁). */
const NOT_NAME_WORDS = new Set(['隔壁', '附近', '周边', '旁边', '对面', '邻近', '周围', '一带', '整个', '城里', '城北', '城南', '城东', '城西', '老家', '咱这', '俺这', '老旧', '新建', '老城', '农村', '城市', '居民', '住宅', '商品房', '回迁', '安置']);

/** Names of one character that make a common word with the suffix (农村, 城镇, 家乡), per suffix. */
const NOT_A_NAME: Readonly<Record<string, string>> = { 村: '农山小乡大老外本全邻各该每进出回到在整新通驻', 镇: '城乡集小村重古全本', 乡: '城下家老返故他外本全异同' };

/** A village of one character before 村 is named after a family (段村, 韩村, 刘村): other single characters are words (归村里管). */
const SURNAMES = new Set([...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文靳裴郝卫樊畅柴申解霍']);

const HAN = /\p{Script=Han}/u;
/** Words looked up by the cut of the characters before a suffix; a pool repeats the same villages. */
const nameCache = new Map<string, string>();
const NAME_CACHE_LIMIT = 100_000;

/**
 * The places a text names: first the known ones of the gazetteer, then those written with a place word (东羊村,
 * 屯里镇, 汾河湾小区, 尧都区), whose name runs left from the place word to where jieba's cut shows a word that is
 * no name (反映东羊村 → 东羊村; 我们村 names no place). Ordered by position.
 */
export function findPlaces(text: string, gazetteer?: Gazetteer): PlaceMention[] {
  const known = gazetteer ? gazetteer.find(text) : [];
  const out: PlaceMention[] = [];
  let k = 0;
  let boundary = 0;
  for (let i = 0; i < text.length; i++) {
    while (k < known.length && known[k]!.start < i) k++;
    if (k < known.length && known[k]!.start === i) {
      out.push(known[k]!);
      boundary = known[k]!.end;
      i = boundary - 1;
      k++;
      continue;
    }
    if (!SUFFIX_STARTS.has(text[i]!)) continue;
    const s = SUFFIXES.find((x) => text.startsWith(x.suffix, i));
    if (!s) continue;
    const after = text[i + s.suffix.length];
    if (after && NOT_AN_END[s.suffix]!.includes(after)) continue;
    const name = s.level === 'county' ? countyBefore(text, boundary, i, s) : nameBefore(text, boundary, i, s.max);
    const end = i + s.suffix.length;
    if (name.length >= s.min && !(name.length === 1 && (NOT_A_NAME[s.suffix]?.includes(name) || !SURNAMES.has(name)))) {
      out.push({ name: name + s.suffix, key: placeKey(name, s.suffix), level: s.level, start: i - name.length, end });
    }
    boundary = end;
    i = end - 1;
  }
  return out;
}

/** The name written right before a place word at `at`, not reaching left of `from`: at most `max` characters. */
function nameBefore(text: string, from: number, at: number, max: number): string {
  let start = Math.max(from, at - max - 4);
  for (let j = at - 1; j >= start; j--) {
    if (!HAN.test(text[j]!)) {
      start = j + 1;
      break;
    }
  }
  const window = text.slice(start, at);
  if (!window) return '';
  const cacheKey = `${max}\u0000${window}`;
  const cached = nameCache.get(cacheKey);
  if (cached !== undefined) return cached;
  let name = '';
  const words = taggedWords(window);
  for (let w = words.length - 1; w >= 0; w--) {
    const { word, tag } = words[w]!;
    if (word.length === 1 ? STOP_CHARS.has(word) || SINGLE_STOP_TAGS.has(tag) : STOP_TAGS.has(tag) || NOT_NAME_WORDS.has(word) || isStopWord(word)) break;
    if (name.length + word.length > max) break;
    name = word + name;
  }
  // jieba cuts some words of place into characters (老/旧): a name does not begin with one.
  for (const w of NOT_NAME_WORDS) if (name.startsWith(w)) name = name.slice(w.length);
  if (nameCache.size >= NAME_CACHE_LIMIT) nameCache.clear();
  nameCache.set(cacheKey, name);
  return name;
}

/**
 * The name of a county-level place before its suffix: jieba's dictionary knows them whole (尧都区, 洪洞县, 霍州市),
 * whereas their characters alone read as words (尧 / 都 "all").
 */
function countyBefore(text: string, from: number, at: number, s: { readonly suffix: string; readonly max: number }): string {
  for (let len = s.max; len >= 2; len--) {
    if (at - len < from) continue;
    const word = text.slice(at - len, at + s.suffix.length);
    const tagged = taggedWords(word);
    if (tagged.length === 1 && /^n[srtz]?$/.test(tagged[0]!.tag)) return word.slice(0, len);
  }
  return nameBefore(text, from, at, s.max);
}

/** The key of a place: a village by its name without 村 (东羊村 and a gazetteer's 东羊 are one), others as written. */
function placeKey(name: string, suffix: string): string {
  return suffix === '村' && name.length >= 2 ? name : name + suffix;
}

/** The level a known name has by its ending; a name without a place word (冯南垣、段村 as contact points) is a village. */
function levelOf(name: string): PlaceLevel {
  if (/(社区|小区|村|庄|居委会)$/.test(name)) return 'village';
  if (/(镇|乡|街道)$/.test(name)) return 'township';
  if (/(县|区|市)$/.test(name)) return 'county';
  return 'village';
}

/**
 * A gazetteer of known place names (the organisation tree's townships, villages and communities, contact points
 * such as 冯南垣): found whole in a text, a village also when written with or without 村 (冯南垣 / 冯南垣村).
 */
export function buildGazetteer(names: Iterable<string | { readonly name: string; readonly level?: PlaceLevel }>): Gazetteer {
  const entries = new Map<string, { key: string; level: PlaceLevel }>();
  for (const n of names) {
    const name = (typeof n === 'string' ? n : n.name).trim();
    if (name.length < 2 || /\s/.test(name)) continue;
    const level = (typeof n === 'string' ? undefined : n.level) ?? levelOf(name);
    const stem = level === 'village' && name.endsWith('村') && name.length >= 3 ? name.slice(0, -1) : name;
    const key = level === 'village' ? stem : name;
    entries.set(name, { key, level });
    if (level === 'village') {
      if (!entries.has(stem)) entries.set(stem, { key, level });
      if (!entries.has(`${stem}村`) && !stem.endsWith('村')) entries.set(`${stem}村`, { key, level });
    }
  }
  const scanner = new WordScanner([...entries.keys()]);
  return {
    find: (text) =>
      scanner.scan(text).map(({ word, start }) => {
        const { key, level } = entries.get(word)!;
        return { name: word, key, level, start, end: start + word.length };
      }),
  };
}
