import { describe, expect, it } from 'vitest';
import { consultationMachine, feedbackMachine, feedbackStartsAs, proposalMachine } from './record-lifecycles.js';

describe('选题建议、协商活动、办理反馈的状态表', () => {
  it('a proposal is screened, excluded or merged while open, and nothing once excluded or merged', () => {
    expect(proposalMachine.step('submitted', 'screen_in')).toEqual({ ok: true, to: 'screened_in' });
    expect(proposalMachine.step('screened_in', 'merge')).toEqual({ ok: true, to: 'merged' });
    expect(proposalMachine.step('submitted', 'exclude')).toEqual({ ok: true, to: 'excluded' });
    expect(proposalMachine.eventsFrom('submitted')).toEqual(['screen_in', 'exclude', 'merge']);
    for (const closed of ['excluded', 'merged'] as const) {
      expect(proposalMachine.eventsFrom(closed)).toEqual([]);
      const refused = proposalMachine.step(closed, 'screen_in');
      expect(refused.ok).toBe(false);
      expect(refused.ok ? '' : refused.reason).toMatch(/^该选题建议.+，不能再处理$/);
    }
  });

  it('a consultation is recorded once; feedback is reviewed once; a letter entered by the office starts accepted', () => {
    expect(consultationMachine.step('scheduled', 'record')).toEqual({ ok: true, to: 'held' });
    expect(consultationMachine.step('held', 'record')).toEqual({ ok: false, reason: '该协商活动已记录，请勿重复提交' });
    expect(feedbackMachine.step('submitted', 'accept')).toEqual({ ok: true, to: 'accepted' });
    expect(feedbackMachine.step('submitted', 'return')).toEqual({ ok: true, to: 'returned' });
    expect(feedbackMachine.step('accepted', 'return').ok).toBe(false);
    expect(feedbackMachine.eventsFrom('returned')).toEqual([]);
    expect([feedbackStartsAs(false), feedbackStartsAs(true)]).toEqual(['submitted', 'accepted']);
  });
});
