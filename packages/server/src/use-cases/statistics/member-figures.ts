import { type DayRange, type ParticipationCount, scoreMember, type StatisticsPeriod } from '@shangliang/core';
import { listMembersOf } from '../../repositories/members.repository.js';
import { countParticipation, sumMemberParticipations } from '../../repositories/statistics.repository.js';
import type { Executor } from '../../repositories/types.js';
import { rulesOf } from '../members/point-rules.js';

/**
 * 委员履职 of a county's period: members with a participation and the participations; the points and
 * the minimums are yearly (the point rules are), so those two are of the period's whole year, over every
 * member of the county, scored by the year's rules with their caps.
 */
export async function memberFigures(db: Executor, countyId: string | null, period: StatisticsPeriod, days: DayRange) {
  const narrower = period.quarter !== undefined || period.month !== undefined;
  const [[row], members, sums, { rules }] = await Promise.all([
    countParticipation(db, [countyId], period.year, narrower ? days : undefined),
    listMembersOf(db, countyId),
    sumMemberParticipations(db, countyId, period.year),
    rulesOf(db, countyId, period.year),
  ]);
  const byMember = new Map<string, ParticipationCount[]>();
  for (const s of sums) byMember.set(s.user_id, [...(byMember.get(s.user_id) ?? []), { kind: s.kind, detail: s.detail, n: s.n, units: s.units }]);
  const scores = members.map((m) => scoreMember(rules, byMember.get(m.id) ?? []));
  const averagePoints = scores.length ? Math.round((scores.reduce((sum, s) => sum + s.total, 0) / scores.length) * 10) / 10 : null;
  return { active: row?.members ?? 0, participations: row?.participations ?? 0, averagePoints, belowMinimum: scores.filter((s) => !s.meetsAll).length };
}
