import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { roomRefusal, roomState, ROOM_STAGE_RULES } from '../room/room-stages.js';
import { ANONYMOUS, type Actor } from './actor.js';
import { can } from './can.js';
import { participantBadge, replyDepartment } from './room.policy.js';

const OWN = 'county-yaodu';
const as = (role: Role, countyId: string | null = OWN, orgId = `org-${role}-${countyId}`): Actor => ({ userId: `u-${role}`, grants: [{ role, orgId, countyId }] });
const room = (county: string | null = OWN) => ({ type: 'room' as const, scope: [county] });

describe('room policy — 网络协商', () => {
  it.each<[string, Actor, boolean]>([
    ['a member of the county', as('member'), true],
    ['a member of another county', as('member', 'county-hongtong'), false],
    ['a member of the city', as('member', null), true],
    ['a department of the county', as('dept_handler'), true],
    ['the county office', as('county_office'), true],
    ['a signed-in resident', as('resident'), false],
  ])('a members-only room: %s may take part → %s', (_who, actor, expected) => {
    expect(can(actor, 'room.take_part', room()).ok).toBe(expected);
  });

  it('anyone takes part in a public room; only the office of the level manages and moderates it', () => {
    expect(can(ANONYMOUS, 'room.take_part_public', room()).ok).toBe(true);
    expect(can(ANONYMOUS, 'room.moderate', room())).toEqual({ ok: false, reason: '请先登录' });
    expect(can(as('county_office'), 'room.moderate', room()).ok).toBe(true);
    expect(can(as('county_office', 'county-hongtong'), 'room.moderate', room()).ok).toBe(false);
    expect(can(as('member'), 'room.manage', room()).ok).toBe(false);
    expect(can(as('city_office', null), 'room.read_participants', room()).ok).toBe(true);
    expect(can(as('member'), 'room.read_participants', room()).ok).toBe(false);
  });

  it('a department replies as itself, of the level or the city; nobody else replies', () => {
    const dept = as('dept_handler', OWN, 'yaodu-jt');
    expect(can(dept, 'room.reply', room()).ok).toBe(true);
    expect(replyDepartment(dept, room())).toBe('yaodu-jt');
    expect(replyDepartment(as('dept_handler', null, 'city-jt'), room())).toBe('city-jt');
    expect(can(as('dept_handler', 'county-hongtong'), 'room.reply', room()).ok).toBe(false);
    expect(can(as('county_office'), 'room.reply', room()).ok).toBe(false);
    expect(can(as('member'), 'room.reply', room())).toEqual({ ok: false, reason: '只有本级或市级承办单位可以作部门回应' });
  });

  it('an account takes part with its badge: 政协, 部门 or 委员; a resident with none', () => {
    expect(participantBadge(as('county_office'), room())).toEqual({ badge: 'staff', departmentId: null });
    expect(participantBadge(as('dept_handler', OWN, 'yaodu-jt'), room())).toEqual({ badge: 'department', departmentId: 'yaodu-jt' });
    expect(participantBadge(as('member'), room())).toEqual({ badge: 'member', departmentId: null });
    expect(participantBadge(as('resident'), room())).toBeNull();
  });
});

describe('room stages — what each stage allows', () => {
  const times = { opensAt: '2026-12-01T00:00:00Z', closesAt: '2026-12-08T00:00:00Z', closedAt: null };
  it('scheduled before it opens, open until it closes or the office closes it', () => {
    expect(roomState(times, new Date('2026-11-30T23:59:59Z'))).toBe('scheduled');
    expect(roomState(times, new Date('2026-12-01T00:00:00Z'))).toBe('open');
    expect(roomState(times, new Date('2026-12-08T00:00:00Z'))).toBe('closed');
    expect(roomState({ ...times, closedAt: '2026-12-02T00:00:00Z' }, new Date('2026-12-03T00:00:00Z'))).toBe('closed');
  });
  it('votes, statements and replies only while open; export and moderation always', () => {
    for (const verb of ['post', 'vote', 'report', 'reply'] as const) {
      expect(roomRefusal('open', verb)).toBeNull();
      expect(roomRefusal('closed', verb)).toBe('协商室已结束，不能再发表、投票或修改');
      expect(roomRefusal('scheduled', verb)).toBe('协商室尚未开放');
    }
    for (const state of ['scheduled', 'open', 'closed'] as const) expect(ROOM_STAGE_RULES[state].allows).toEqual(expect.arrayContaining(['export', 'moderate']));
    expect(roomRefusal('closed', 'configure')).not.toBeNull();
  });
});
