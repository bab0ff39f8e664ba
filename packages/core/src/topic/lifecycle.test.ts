import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import type { Actor } from '../policy/actor.js';
import {
  availableEvents,
  blockedEvents,
  mayTake,
  TOPIC_EVENTS,
  TOPIC_STATES,
  TOPIC_TRANSITIONS,
  type TopicEvent,
  type TopicFacts,
  type TopicState,
  transition,
} from './lifecycle.js';

const COUNTY = 'yaodu';
const as = (role: Role, countyId: string | null = COUNTY): Actor => ({ userId: `u-${role}`, grants: [{ role, orgId: 'o', countyId }] });
const READY: TopicFacts = { researchReports: 1, sensitive: false, longStanding: false, priorReportRecorded: false, solutionStudied: false, consultationsHeld: 1, outcomeSuggestions: 3, suggestionsSettled: 3 };

/** Who performs each event in the happy path, from which states, and where it leads. */
const EXPECTED: Record<TopicEvent, [TopicState[], Role, TopicState]> = {
  submit_for_review: [['draft'], 'county_office', 'chair_review'],
  chair_pass: [['chair_review'], 'leader', 'party_review'],
  chair_return: [['chair_review'], 'leader', 'draft'],
  chair_reject: [['chair_review'], 'leader', 'rejected'],
  party_approve: [['party_review'], 'party_reviewer', 'researching'],
  party_return: [['party_review'], 'party_reviewer', 'draft'],
  party_reject: [['party_review'], 'party_reviewer', 'rejected'],
  start_consultation: [['researching'], 'county_office', 'consulting'],
  submit_outcome: [['consulting'], 'county_office', 'outcome_submitted'],
  start_handling: [['outcome_submitted'], 'county_office', 'handling'],
  start_follow_up: [['handling'], 'county_office', 'following_up'],
  conclude: [['handling', 'following_up'], 'county_office', 'concluded'],
  close: [['handling', 'following_up'], 'county_office', 'concluded'],
};

describe('the topic transition table: every state × event', () => {
  const pairs = TOPIC_STATES.flatMap((state) => TOPIC_EVENTS.map((event) => [state, event] as const));
  it.each(pairs)('%s + %s', (state, event) => {
    const [from, role, to] = EXPECTED[event];
    const result = transition({ state, countyId: COUNTY }, event, as(role), READY, '须补充调研材料');
    if (from.includes(state)) {
      expect(result).toMatchObject({ ok: true, to });
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.kind).toBe('state');
        expect(result.reason).toMatch(/^议题当前处于“.+”阶段，不能“.+”$/);
      }
    }
  });

  it('the table and the expectations name the same events', () => {
    expect(Object.keys(TOPIC_TRANSITIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
});

describe('who may perform a transition', () => {
  it.each<[TopicEvent, Role, boolean]>([
    ['chair_pass', 'county_office', false],
    ['chair_pass', 'member', false],
    ['chair_pass', 'party_reviewer', false],
    ['party_approve', 'leader', false],
    ['party_approve', 'county_office', false],
    ['submit_for_review', 'member', false],
    ['submit_for_review', 'committee_staff', true],
    ['start_consultation', 'dept_handler', false],
    ['submit_outcome', 'leader', false],
  ])('%s by %s → %s', (event, role, ok) => {
    const from = EXPECTED[event][0][0]!;
    const r = transition({ state: from, countyId: COUNTY }, event, as(role), READY, '理由');
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.reason).toMatch(/权限/);
  });

  it('the same role in another county is refused; the city office acts on city topics', () => {
    expect(transition({ state: 'chair_review', countyId: COUNTY }, 'chair_pass', as('leader', 'hongtong'), READY).ok).toBe(false);
    expect(transition({ state: 'draft', countyId: COUNTY }, 'submit_for_review', as('city_office', null), READY).ok).toBe(false);
    expect(transition({ state: 'draft', countyId: null }, 'submit_for_review', as('city_office', null), READY).ok).toBe(true);
  });
});

describe('guards and reasons', () => {
  it('不调研不协商: no consultation before a research report', () => {
    const r = transition({ state: 'researching', countyId: COUNTY }, 'start_consultation', as('county_office'), { ...READY, researchReports: 0 });
    expect(r).toEqual({ ok: false, kind: 'guard', reason: '坚持“不调研不协商”：请先提交调研报告，再安排协商活动' });
  });

  it.each<[Partial<TopicFacts>, boolean]>([
    [{ sensitive: true }, false],
    [{ longStanding: true, priorReportRecorded: true }, false],
    [{ sensitive: true, priorReportRecorded: true, solutionStudied: true }, true],
    [{ sensitive: false, longStanding: false }, true],
  ])('a sensitive or long-standing topic needs a prior report and a studied solution: %o → %s', (facts, ok) => {
    const r = transition({ state: 'researching', countyId: COUNTY }, 'start_consultation', as('county_office'), { ...READY, ...facts });
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.reason).toMatch(/敏感问题或多年积累的难题/);
  });

  it('an outcome needs a consultation held and at least one suggestion', () => {
    const state = { state: 'consulting' as const, countyId: COUNTY };
    expect(transition(state, 'submit_outcome', as('county_office'), { ...READY, consultationsHeld: 0 })).toMatchObject({ ok: false, kind: 'guard' });
    expect(transition(state, 'submit_outcome', as('county_office'), { ...READY, outcomeSuggestions: 0 })).toMatchObject({ ok: false, reason: '协商成果至少须包含一条意见建议' });
  });

  it('办结 needs every suggestion settled; closing early needs a reason instead', () => {
    const t = { state: 'handling' as const, countyId: COUNTY };
    expect(transition(t, 'conclude', as('county_office'), { ...READY, suggestionsSettled: 2 })).toMatchObject({ ok: false, kind: 'guard', reason: expect.stringMatching(/不能办结/) });
    expect(transition(t, 'close', as('county_office'), { ...READY, suggestionsSettled: 0 }, '相关建议已纳入区十四五规划统筹推进')).toMatchObject({ ok: true, to: 'concluded' });
  });

  it.each(['chair_return', 'chair_reject', 'party_return', 'party_reject', 'close'] as const)('%s needs a reason', (event) => {
    const [[from], role] = EXPECTED[event];
    expect(transition({ state: from!, countyId: COUNTY }, event, as(role), READY, '  ')).toMatchObject({ ok: false, kind: 'reason' });
  });
});

describe('available and blocked events', () => {
  it('lists what the actor may do now, and what waits on a precondition', () => {
    expect(availableEvents({ state: 'chair_review', countyId: COUNTY }, as('leader'), READY)).toEqual(['chair_pass', 'chair_return', 'chair_reject']);
    expect(availableEvents({ state: 'chair_review', countyId: COUNTY }, as('county_office'), READY)).toEqual([]);
    const facts = { ...READY, researchReports: 0 };
    expect(availableEvents({ state: 'researching', countyId: COUNTY }, as('county_office'), facts)).toEqual([]);
    expect(blockedEvents({ state: 'researching', countyId: COUNTY }, as('county_office'), facts)).toEqual([
      { event: 'start_consultation', reason: '坚持“不调研不协商”：请先提交调研报告，再安排协商活动' },
    ]);
  });
});

describe('the table names actions; the policy decides them', () => {
  it('the refusal says who must take the step', () => {
    expect(transition({ state: 'draft', countyId: COUNTY }, 'submit_for_review', as('member'), READY)).toEqual({ ok: false, kind: 'role', reason: '您没有“提交主席会议审议”的权限（须由本级政协办公室或市政协办公室或专委会办理）' });
    expect(transition({ state: 'chair_review', countyId: COUNTY }, 'chair_pass', as('county_office'), READY)).toEqual({ ok: false, kind: 'role', reason: '您没有“主席会议审议通过”的权限（须由本级政协主席会议办理）' });
    expect(transition({ state: 'party_review', countyId: COUNTY }, 'party_approve', as('leader'), READY)).toEqual({ ok: false, kind: 'role', reason: '您没有“党委审定同意”的权限（须由本级党委办理）' });
  });

  it('an administrator moves no topic on', () => {
    for (const event of TOPIC_EVENTS) {
      const [[from]] = EXPECTED[event];
      expect(transition({ state: from!, countyId: COUNTY }, event, as('admin', null), READY, '理由')).toMatchObject({ ok: false, kind: 'role' });
      expect(mayTake(as('admin', null), event, COUNTY)).toBe(false);
    }
  });

  it('mayTake answers for the role, whatever the state', () => {
    expect(mayTake(as('leader'), 'chair_pass', COUNTY)).toBe(true);
    expect(mayTake(as('leader'), 'chair_pass', 'hongtong')).toBe(false);
    expect(mayTake(as('party_reviewer'), 'party_approve', COUNTY)).toBe(true);
    expect(mayTake(as('county_office'), 'conclude', COUNTY)).toBe(true);
  });
});
