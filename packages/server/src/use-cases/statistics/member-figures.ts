import type { DayRange, StatisticsPeriod } from '@shangliang/core';
import { countParticipation } from '../../repositories/statistics.repository.js';
import type { Executor } from '../../repositories/types.js';
import { scoreMembersOf } from '../members/score-members.js';

/**
 * 委员履职 of a county's period: members with a participation and the participations; the points and
 * the minimums are yearly (the point rules are), so those two are of the period's whole year, over every
 * member of the county, scored as the archives score them.
 */
export async function memberFigures(db: Executor, countyId: string | null, period: StatisticsPeriod, days: DayRange) {
  const narrower = period.quarter !== undefined || period.month !== undefined;
  const [[row], { scores }] = await Promise.all([countParticipation(db, [countyId], period.year, narrower ? days : undefined), scoreMembersOf(db, countyId, period.year)]);
  const all = [...scores.values()];
  const averagePoints = all.length ? Math.round((all.reduce((sum, s) => sum + s.total, 0) / all.length) * 10) / 10 : null;
  return { active: row?.members ?? 0, participations: row?.participations ?? 0, averagePoints, belowMinimum: all.filter((s) => !s.meetsAll).length };
}
