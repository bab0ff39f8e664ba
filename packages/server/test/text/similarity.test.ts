import { describe, expect, it } from 'vitest';
import { buildGazetteer, findPlaces } from '../../src/text/places.js';
import { bigramsOf, buildIdf, similarity, termsOf, TERM_MARK, topSimilar } from '../../src/text/similarity.js';
import { DOMAIN_GROUPS } from '../../src/text/thesaurus-data.js';
import { buildThesaurus, expand, THESAURUS } from '../../src/text/thesaurus.js';
import { loadLabelledSet, recallAt } from './proposals.js';

/** The similarity of two texts given as titles. */
const sim = (a: string, b: string) => similarity(termsOf(a, ''), termsOf(b, ''));

describe('the thesaurus', () => {
  it('ships 60 groups and more, each of words residents write, with a topic for titles', () => {
    expect(THESAURUS.groups.length).toBeGreaterThanOrEqual(60);
    for (const g of THESAURUS.groups) {
      expect(g.words.length).toBeGreaterThanOrEqual(3);
      expect(g.topic).toBeTruthy();
      for (const w of g.words) expect(w.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('relates residents’ words to each other and to the official terms', () => {
    const related = expand(['手机没信号', '医保', '养老金', '茅子', '圪洞', '不认识的词']);
    expect(related.get('手机没信号')).toEqual(expect.arrayContaining(['通信基站', '信号差', '网络信号']));
    expect(related.get('医保')).toEqual(expect.arrayContaining(['报销', '医疗保险']));
    expect(related.get('养老金')).toContain('退休金');
    expect(related.get('茅子')).toEqual(expect.arrayContaining(['厕所', '旱厕改造']));
    expect(related.get('圪洞')).toContain('坑洼');
    expect(related.get('不认识的词')).toEqual([]);
  });

  it('finds its words whole in a text, the longest first', () => {
    expect(THESAURUS.find('东羊村路灯不亮，晚上黑灯瞎火').map((m) => m.word)).toEqual(['路灯不亮', '黑灯瞎火']);
  });

  it('corrects common misspellings, but not a correct word that contains one', () => {
    expect(THESAURUS.correct('路等坏了，拉圾没人清，暧气不热')).toBe('路灯坏了，垃圾没人清，暖气不热');
    expect(THESAURUS.correct('修缮道路等基础设施')).toBe('修缮道路等基础设施');
  });

  it('merges a county’s own groups into the shipped ones', () => {
    const county = buildThesaurus([...DOMAIN_GROUPS, { head: '路灯', words: ['灯杆'] }, { head: '水窖', topic: '水窖维修', local: true, words: ['旱井'] }]);
    expect(county.groups.length).toBe(THESAURUS.groups.length + 1);
    expect(county.related('灯杆')).toEqual(expect.arrayContaining(['路灯', '照明', '黑灯瞎火']));
    expect(county.related('旱井')).toEqual(['水窖']);
    expect(county.groups.find((g) => g.head === '路灯')!.topic).toBe('夜间照明');
  });
});

describe('places', () => {
  it('finds villages, townships, neighbourhoods and counties by their place words, with or without a gazetteer', () => {
    const names = (text: string, gazetteer?: ReturnType<typeof buildGazetteer>) => findPlaces(text, gazetteer).map((p) => `${p.name}:${p.level}`);
    expect(names('尧都区屯里镇东羊村的路灯坏了')).toEqual(['尧都区:county', '屯里镇:township', '东羊村:village']);
    expect(names('反映一下东羊村的事')).toEqual(['东羊村:village']);
    expect(names('城北锦绣花园小区暖气不热')).toEqual(['锦绣花园小区:village']);
    expect(names('我们村里的路灯、隔壁村、美丽乡村、城乡医保、菜市场、镇上说归村里管')).toEqual([]);
    expect(names('住在冯南垣，信号差')).toEqual([]);
    expect(names('住在冯南垣，信号差', buildGazetteer(['冯南垣']))).toEqual(['冯南垣:village']);
    // 冯南垣村 and 冯南垣 are one village, found by the gazetteer or by its place word.
    expect(findPlaces('冯南垣村', buildGazetteer(['冯南垣'])).map((p) => p.key)).toEqual(['冯南垣']);
    expect(findPlaces('师庄乡冯南垣村').map((p) => p.key)).toEqual(['师庄乡', '冯南垣']);
  });
});

describe('terms and similarity', () => {
  it('takes content words, bigrams without particles, thesaurus groups and places, the title weighted higher', () => {
    const t = termsOf('东羊村路灯坏了', '晚上黑灯瞎火的，路灯');
    expect(t.places.map((p) => p.key)).toEqual(['东羊']);
    expect(t.weights.get(`${TERM_MARK.place}东羊`)).toBeGreaterThan(0);
    expect(t.weights.get('路灯')).toBeGreaterThan(t.weights.get('黑灯瞎火')!);
    expect(t.weights.get(`${TERM_MARK.bigram}路灯`)).toBeGreaterThan(0);
    expect(t.weights.get(`${TERM_MARK.related}路灯`)).toBeGreaterThan(0);
    // The place is cut out before bigrams are taken, so 东羊村 and 西羊村 share no 羊村.
    expect(t.weights.has(`${TERM_MARK.bigram}羊村`)).toBe(false);
    expect(bigramsOf('经常停电了')).toEqual(['经常', '常停', '停电']);
  });

  it('matches a two-character word inside a longer cut (停电 ~ 经常停电了)', () => {
    expect(sim('停电', '我们这经常停电了')).toBeGreaterThan(0.2);
    const ranked = topSimilar({ title: '停电', description: '' }, [
      { id: 'road', title: '路太烂', description: '一下雨全是泥' },
      { id: 'power', title: '村里老是这样', description: '一个礼拜经常停电了三四回' },
      { id: 'water', title: '没水吃', description: '水龙头不出水' },
    ], 3);
    expect(ranked.map((r) => r.id)).toEqual(['power']);
  });

  it('relates words of one thesaurus group at a lower weight than the same word (手机没信号 ~ 通信基站)', () => {
    expect(bigramsOf('手机没信号').filter((b) => bigramsOf('建议建通信基站').includes(b))).toEqual([]);
    expect(sim('手机没信号', '建议建通信基站')).toBeGreaterThan(0);
    expect(sim('路灯坏了', '路灯不亮')).toBeGreaterThan(sim('路灯坏了', '没有照明'));
    expect(sim('路灯坏了', '没有照明')).toBeGreaterThan(sim('路灯坏了', '没水吃'));
  });

  it('is symmetric and deterministic, 1 for the same text and 0 for nothing in common', () => {
    const a = termsOf('冯南垣村吃水难', '自来水三天两头停');
    const b = termsOf('没水吃', '冯南垣村夏天水龙头不出水');
    expect(similarity(a, b)).toBe(similarity(b, a));
    expect(similarity(a, b)).toBe(similarity(termsOf('冯南垣村吃水难', '自来水三天两头停'), b));
    expect(similarity(a, a)).toBeCloseTo(1, 10);
    expect(sim('路灯', '彩礼')).toBe(0);
    expect(similarity(termsOf('', ''), a)).toBe(0);
  });

  it('weighs by IDF: a term most texts share counts less than a rare one', () => {
    const docs = ['秦壁村停电', '秦壁村积水', '秦壁村路灯', '秦壁村垃圾'].map((t) => termsOf(t, ''));
    const idf = buildIdf(docs);
    expect(idf.n).toBe(4);
    expect(idf.weight(`${TERM_MARK.place}秦壁`)).toBeLessThan(idf.weight(`${TERM_MARK.bigram}停电`));
    expect(idf.weight('从未出现的词')).toBeGreaterThan(idf.weight(`${TERM_MARK.bigram}停电`));
  });
});

/**
 * Search over the labelled set with the 15 short queries: recall@10 is the share of the submissions a person
 * would expect among the first ten (of at most ten expected). It reaches 1.000 on every query; the floor is 0.9
 * overall and 0.7 for any one query.
 */
describe('topSimilar on the labelled set', () => {
  it('finds what a person would expect for 15 short queries, above the floor', () => {
    const { proposals, queries } = loadLabelledSet();
    const recalls = queries.map((q) => recallAt(10, topSimilar({ title: q.q, description: '' }, proposals, 10).map((r) => r.id), q.expected));
    const mean = recalls.reduce((a, b) => a + b, 0) / recalls.length;
    console.log(`recall@10 over ${queries.length} queries: ${mean.toFixed(3)} (${queries.map((q, i) => `${q.q} ${recalls[i]!.toFixed(2)}`).join(', ')})`);
    expect(mean).toBeGreaterThanOrEqual(0.9);
    for (const r of recalls) expect(r).toBeGreaterThanOrEqual(0.7);
  });

  it('ranks best first, leaves out what shares nothing, and takes a prepared IDF', () => {
    const { proposals } = loadLabelledSet();
    const idf = buildIdf(proposals.map((p) => termsOf(p.title, p.description)));
    const ranked = topSimilar({ title: '东羊村路灯', description: '' }, proposals, 5, { idf });
    expect(ranked).toHaveLength(5);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
    // One's own village's lamp comes before the next village's, and the other way round.
    const byId = new Map(proposals.map((p) => [p.id, p.problem]));
    const problems = (q: string) => topSimilar({ title: q, description: '' }, proposals, 10, { idf }).map((r) => byId.get(r.id));
    const east = problems('东羊村路灯');
    const west = problems('西羊村路灯坏了');
    expect(east.indexOf('dy-light')).toBeGreaterThanOrEqual(0);
    expect(east.indexOf('xy-light') < 0 || east.indexOf('dy-light') < east.indexOf('xy-light')).toBe(true);
    expect(west.indexOf('xy-light')).toBeGreaterThanOrEqual(0);
    expect(west.indexOf('dy-light') < 0 || west.indexOf('xy-light') < west.indexOf('dy-light')).toBe(true);
    expect(topSimilar({ title: '彩礼', description: '' }, proposals.filter((p) => !p.description.includes('彩礼') && !p.title.includes('彩礼')), 10)).toEqual([]);
    expect(topSimilar({ title: '停电', description: '' }, proposals, 0)).toEqual([]);
  });
});
