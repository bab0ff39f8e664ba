import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { ACTIONS, type Action } from './actions.js';
import { ANONYMOUS, type Actor, type Subject } from './actor.js';
import { allowedActions, can, readableScope } from './can.js';

const OWN = 'county-yaodu';
const OTHER = 'county-hongtong';

/** An actor holding one role: city-level roles sit at the city, the rest in OWN. */
function actorWith(role: Role): Actor {
  const cityLevel = role === 'admin' || role === 'city_office';
  return { userId: `u-${role}`, grants: [{ role, orgId: cityLevel ? 'city' : OWN, countyId: cityLevel ? null : OWN }] };
}

type Where = 'own' | 'other' | 'city';
const scopeOf = (where: Where): (string | null)[] => [where === 'own' ? OWN : where === 'other' ? OTHER : null];

/** Management actions on county-scoped records (organisations, venues, users). */
const MANAGE: Action[] = [
  'organisation.create',
  'organisation.update',
  'organisation.deactivate',
  'venue.create',
  'venue.update',
  'venue.deactivate',
  'user.create',
  'user.update',
  'user.reset_password',
  'user.deactivate',
  'user.unlock',
];

// [role, where the subject is, expected for every MANAGE action]
const MANAGE_TABLE: [Role, Where, boolean][] = [
  ['admin', 'own', true],
  ['admin', 'other', true],
  ['admin', 'city', true],
  ['city_office', 'own', false],
  ['city_office', 'other', false],
  ['city_office', 'city', true],
  ['county_office', 'own', true],
  ['county_office', 'other', false],
  ['county_office', 'city', false],
  ...(['committee_staff', 'leader', 'party_reviewer', 'member', 'dept_handler', 'resident'] as Role[]).flatMap(
    (role): [Role, Where, boolean][] => [
      [role, 'own', false],
      [role, 'other', false],
      [role, 'city', false],
    ],
  ),
];

describe('can — managing records by role × county', () => {
  it.each(MANAGE_TABLE)('%s on a %s record → %s', (role, where, expected) => {
    const actor = actorWith(role);
    for (const action of MANAGE) {
      const subjectType = action.split('.')[0] as Subject['type'];
      const decision = can(actor, action, { type: subjectType, scope: scopeOf(where) });
      expect(decision.ok, `${role} ${action} ${where}`).toBe(expected);
      if (!decision.ok) expect(decision.reason).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

// [role, where, user.list / user.read / audit.read expected]
const READ_TABLE: [Role, Where, boolean][] = [
  ['admin', 'other', true],
  ['city_office', 'own', true],
  ['city_office', 'other', true],
  ['county_office', 'own', true],
  ['county_office', 'other', false],
  ['leader', 'own', false],
  ['member', 'own', false],
  ['dept_handler', 'own', false],
  ['party_reviewer', 'own', false],
];

describe('can — reading users and the audit trail', () => {
  it.each(READ_TABLE)('%s reading %s county → %s', (role, where, expected) => {
    const actor = actorWith(role);
    expect(can(actor, 'user.list', { type: 'user', scope: scopeOf(where) }).ok).toBe(expected);
    expect(can(actor, 'audit.read', { type: 'audit', scope: scopeOf(where) }).ok).toBe(expected);
    expect(can(actor, 'user.read', { type: 'user', scope: scopeOf(where), userId: 'someone-else' }).ok).toBe(expected);
  });

  it('everyone may read their own account', () => {
    const member = actorWith('member');
    expect(can(member, 'user.read', { type: 'user', scope: [OTHER], userId: member.userId! }).ok).toBe(true);
  });

  it('the organisation tree, venues and contact points are public', () => {
    for (const action of ['organisation.read', 'venue.read', 'contact_point.read'] as const) {
      expect(can(ANONYMOUS, action, { type: 'organisation', scope: [OTHER] }).ok).toBe(true);
    }
  });

  it('an anonymous visitor may do nothing else but take part in a public room, and is told to sign in', () => {
    expect(can(ANONYMOUS, 'room.take_part_public', { type: 'room', scope: [OWN] }).ok).toBe(true);
    for (const action of ACTIONS.filter((a) => !a.endsWith('.read') && a !== 'room.take_part_public')) {
      const d = can(ANONYMOUS, action, { type: 'user', scope: [OWN] });
      expect(d).toEqual({ ok: false, reason: '请先登录' });
    }
  });
});

describe('can — granting roles and contact points', () => {
  it.each<[Role, Role, Where, boolean]>([
    ['county_office', 'member', 'own', true],
    ['county_office', 'dept_handler', 'own', true],
    ['county_office', 'member', 'other', false],
    ['county_office', 'admin', 'own', false],
    ['county_office', 'city_office', 'own', false],
    ['city_office', 'member', 'city', true],
    ['city_office', 'admin', 'city', false],
    ['city_office', 'member', 'own', false],
    ['admin', 'admin', 'city', true],
  ])('%s granting %s in %s county → %s', (role, granted, where, expected) => {
    expect(can(actorWith(role), 'role_grant.grant', { type: 'role_grant', role: granted, scope: scopeOf(where) }).ok).toBe(expected);
  });

  it.each<[Role, boolean]>([
    ['admin', true],
    ['city_office', true],
    ['county_office', false],
    ['member', false],
  ])('%s keeping contact points → %s', (role, expected) => {
    const d = can(actorWith(role), 'contact_point.update', { type: 'contact_point', scope: [null] });
    expect(d.ok).toBe(expected);
    if (!d.ok && role === 'county_office') expect(d.reason).toBe('工作联系点由市政协办公室维护');
  });
});

describe('readable scope and allowed actions', () => {
  it('admin and city office read all; a county office its county; others nothing', () => {
    expect(readableScope(actorWith('admin'))).toBe('all');
    expect(readableScope(actorWith('city_office'))).toBe('all');
    expect(readableScope(actorWith('county_office'))).toEqual([OWN]);
    expect(readableScope(actorWith('member'))).toEqual([]);
  });

  it.each<[Role, boolean]>([
    ['admin', true],
    ['city_office', true],
    ['county_office', false],
    ['committee_staff', false],
    ['leader', false],
  ])('%s may look across every county → %s (the same rule as the readable scope)', (role, expected) => {
    expect(can(actorWith(role), 'county.read_all', { type: 'organisation', scope: [] }).ok).toBe(expected);
    expect(readableScope(actorWith(role)) === 'all').toBe(expected);
  });

  it('lists only the allowed actions for an object', () => {
    const subject: Subject = { type: 'user', scope: [OWN], userId: 'x' };
    expect(allowedActions(actorWith('county_office'), subject, ['user.update', 'user.deactivate'])).toEqual(['user.update', 'user.deactivate']);
    expect(allowedActions(actorWith('city_office'), subject, ['user.update', 'user.deactivate'])).toEqual([]);
  });

  it('explains why the city office may not change county records', () => {
    const d = can(actorWith('city_office'), 'organisation.update', { type: 'organisation', scope: [OWN] });
    expect(d).toEqual({ ok: false, reason: '市政协办公室可查看但不能修改各县（市、区）的数据' });
  });
});

describe('can — the consultation workflow (第四条(二)(三))', () => {
  const WORKFLOW: Action[] = ['proposal.list', 'proposal.screen', 'proposal.merge', 'proposal.create_assigned', 'topic.create', 'topic.schedule_consultation', 'topic.submit_outcome', 'plan.manage', 'solicitation.manage'];
  it.each<[Role, Where, boolean]>([
    ['county_office', 'own', true],
    ['county_office', 'other', false],
    ['committee_staff', 'own', true],
    ['committee_staff', 'other', false],
    ['city_office', 'own', false],
    ['city_office', 'city', true],
    ['leader', 'own', false],
    ['party_reviewer', 'own', false],
    ['member', 'own', false],
    ['dept_handler', 'own', false],
  ])('%s on a %s topic or proposal → %s', (role, where, expected) => {
    for (const action of WORKFLOW) {
      const d = can(actorWith(role), action, { type: 'topic', scope: scopeOf(where) });
      expect(d.ok, `${role} ${action}`).toBe(expected);
    }
  });

  it.each<[Role, Where, boolean]>([
    ['member', 'own', true],
    ['member', 'other', false],
    ['leader', 'own', true],
    ['party_reviewer', 'own', true],
    ['city_office', 'other', true],
    ['county_office', 'other', false],
    ['dept_handler', 'own', false],
  ])('%s reading a %s topic → %s', (role, where, expected) => {
    expect(can(actorWith(role), 'topic.read', { type: 'topic', scope: scopeOf(where) }).ok).toBe(expected);
  });

  it.each<[Role, boolean]>([
    ['county_office', true],
    ['admin', false],
    ['city_office', false],
    ['committee_staff', false],
    ['leader', false],
    ['member', false],
  ])('%s may see a resident\'s full phone of its own county → %s', (role, expected) => {
    expect(can(actorWith(role), 'proposal.reveal_phone', { type: 'proposal', scope: [OWN] }).ok).toBe(expected);
    expect(can(actorWith(role), 'proposal.reveal_phone', { type: 'proposal', scope: [OTHER] }).ok).toBe(false);
  });

  it('only members recommend topics (委员荐题), in their own county', () => {
    expect(can(actorWith('member'), 'proposal.create_member', { type: 'proposal', scope: [OWN] }).ok).toBe(true);
    expect(can(actorWith('member'), 'proposal.create_member', { type: 'proposal', scope: [OTHER] }).ok).toBe(false);
    expect(can(actorWith('county_office'), 'proposal.create_member', { type: 'proposal', scope: [OWN] })).toEqual({ ok: false, reason: '只有本级政协委员可以荐题' });
  });
});
