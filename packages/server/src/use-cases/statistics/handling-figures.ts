import { average, type DayRange, onTimeRate } from '@shangliang/core';
import type { Executor } from '../../repositories/types.js';
import { countHandlingClasses, countSupervisions, type HandlingTally, tallyHandling } from '../../repositories/statistics-handling.repository.js';
import { findOrgNames } from '../../repositories/organisations.repository.js';

/** The main handling figures of a tally, as the views show them. */
export function handlingTotals(t: HandlingTally | undefined) {
  const x = t ?? { items: 0, answered: 0, onTime: 0, overdueUnanswered: 0, overdueNow: 0, answerDays: 0, rehandled: 0, extraRounds: 0 };
  return {
    assigned: x.items,
    answered: x.answered,
    onTime: x.onTime,
    overdueNow: x.overdueNow,
    onTimeRate: onTimeRate(x.onTime, x.answered, x.overdueUnanswered),
    averageDaysToAnswer: average(x.answerDays, x.answered),
    rehandledItems: x.rehandled,
    rehandlingRounds: x.extraRounds,
  };
}

/** One county's handling of the suggestions assigned in the period: totals, classes, and per lead department with its 督办. */
export async function handlingFigures(db: Executor, countyId: string | null, days: DayRange, today: string) {
  const [byDept, classes, supervisions] = await Promise.all([
    tallyHandling(db, [countyId], days, today, 'department'),
    countHandlingClasses(db, countyId, days),
    countSupervisions(db, countyId, days),
  ]);
  const names = await findOrgNames(db, byDept.map((d) => d.key).filter((k): k is string => !!k));
  const supervised = new Map(supervisions.map((s) => [s.dept_id, s.n]));
  const departments = byDept
    .filter((d): d is HandlingTally & { key: string } => !!d.key)
    .map((d) => ({
      departmentId: d.key,
      name: names.get(d.key)?.name ?? '（已删除的单位）',
      items: d.items,
      answered: d.answered,
      onTime: d.onTime,
      onTimeRate: onTimeRate(d.onTime, d.answered, d.overdueUnanswered),
      overdueNow: d.overdueNow,
      supervisions: supervised.get(d.key) ?? 0,
    }))
    .sort((a, b) => b.items - a.items || a.name.localeCompare(b.name, 'zh'));
  // The county's totals are the sums of its departments' (no lead department included): one pass over the items.
  const sum = (f: (t: HandlingTally) => number) => byDept.reduce((n, d) => n + f(d), 0);
  const total: HandlingTally | undefined = byDept.length
    ? { key: countyId, items: sum((d) => d.items), answered: sum((d) => d.answered), onTime: sum((d) => d.onTime), overdueUnanswered: sum((d) => d.overdueUnanswered), overdueNow: sum((d) => d.overdueNow), answerDays: sum((d) => d.answerDays), rehandled: sum((d) => d.rehandled), extraRounds: sum((d) => d.extraRounds) }
    : undefined;
  return { totals: handlingTotals(total), classes, departments };
}
