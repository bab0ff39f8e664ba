import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../src/text/index-terms.js';
import { expandQuery, MAX_ALTERNATIVES, relatedTerms } from '../../src/text/query-expansion.js';
import { DOMAIN_GROUPS } from '../../src/text/thesaurus-data.js';
import { buildThesaurus, THESAURUS } from '../../src/text/thesaurus.js';

describe('query expansion', () => {
  it('a thesaurus word may stand for any related word; its own terms come first', () => {
    const q = expandQuery('通信基站', THESAURUS);
    expect(q.clauses).toHaveLength(1);
    expect(q.clauses[0]!.alternatives[0]).toEqual(['通信', '基站']);
    // 手机没信号 is left out: every record holding it holds 没信号.
    expect(q.clauses[0]!.related).toEqual(expect.arrayContaining(['没信号', '信号差', '基站']));
    expect(q.clauses[0]!.related).not.toContain('手机没信号');
    expect(q.exact).toEqual(['通信', '基站']);
    expect(q.expanded).toBe(true);
  });

  it('other words stay as queryTerms cuts them, one clause each (AND); a query without thesaurus words is not expanded', () => {
    const q = expandQuery('村里路灯', THESAURUS);
    expect(q.clauses.map((c) => c.word)).toEqual(['村里', '路灯']);
    expect(q.clauses[0]!.alternatives).toEqual([['村里']]);
    const plain = expandQuery('护学岗', THESAURUS);
    expect(plain.expanded).toBe(false);
    expect([...plain.exact].sort()).toEqual(queryTerms('护学岗').sort());
    expect(expandQuery('电', THESAURUS).exact).toEqual([]);
  });

  it('keeps no alternative a shorter one implies, and no more than the cap', () => {
    for (const group of THESAURUS.groups) {
      for (const c of expandQuery(group.head, THESAURUS).clauses) {
        expect(c.alternatives.length).toBeLessThanOrEqual(MAX_ALTERNATIVES + 1);
        c.alternatives.forEach((a, i) =>
          c.alternatives.forEach((b, j) => {
            if (i !== j && j > 0) expect(a.every((t) => b.includes(t)), `${group.head}: ${b} implied by ${a}`).toBe(false);
          }),
        );
      }
    }
  });

  it("a county's own group expands only with that county's thesaurus", () => {
    const county = buildThesaurus([...DOMAIN_GROUPS, { head: '晒场', words: ['晒场', '麦场', '打谷场'] }]);
    expect(expandQuery('麦场', county).clauses[0]!.related).toEqual(['晒场', '打谷场']);
    expect(expandQuery('麦场', THESAURUS).expanded).toBe(false);
    expect(relatedTerms('村里的麦场被占了', county, 10)).toEqual(['晒场', '打谷', '谷场']);
    expect(relatedTerms('手机没信号', THESAURUS, 5)).toHaveLength(5);
  });
});
