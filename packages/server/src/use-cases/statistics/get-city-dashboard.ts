import {
  can,
  type CityDashboardView,
  COUNTY_FLAG_LABELS,
  countyFlags,
  dayInShanghai,
  LEADING_BODIES,
  periodDays,
  periodInstants,
  placeCoverage,
  type PlaceOrg,
  share,
} from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { countConsultationsByPlace, countHeldConsultations, countParticipation, countTopicActivities, listCounties, listPlaces } from '../../repositories/statistics.repository.js';
import { tallyHandling } from '../../repositories/statistics-handling.repository.js';
import { handlingTotals } from './handling-figures.js';
import { thresholdsOf } from './get-thresholds.js';

const group = <T extends { county_id: string | null }>(rows: readonly T[]): Map<string | null, T[]> => {
  const m = new Map<string | null, T[]>();
  for (const r of rows) m.set(r.county_id, [...(m.get(r.county_id) ?? []), r]);
  return m;
};

/** 全市统计 — the 17 counties side by side on the main indicators of a year, flagged against the city's minimums. */
export async function getCityDashboard(ctx: RequestContext, year: number): Promise<CityDashboardView> {
  await authorize(ctx, 'statistics.read_city', { type: 'statistics', scope: [null] });
  const db = ctx.db.kysely;
  const counties = await listCounties(db);
  const ids = counties.map((c) => c.id);
  const days = periodDays({ year });
  const instants = periodInstants({ year });
  const [activities, held, placesAt, places, handling, members, thresholds] = await Promise.all([
    countTopicActivities(db, ids, days),
    countHeldConsultations(db, ids, instants, LEADING_BODIES),
    countConsultationsByPlace(db, ids, instants),
    listPlaces(db, ids),
    tallyHandling(db, ids, days, dayInShanghai(ctx.now), 'county'),
    countParticipation(db, ids, year),
    thresholdsOf(db),
  ]);
  const activitiesOf = group(activities);
  const heldOf = new Map(held.map((h) => [h.county_id, h]));
  const placesOf = group(places);
  const placesAtOf = group(placesAt);
  const handlingOf = new Map(handling.map((h) => [h.key, h]));
  const membersOf = new Map(members.map((m) => [m.county_id, m]));
  const rows = counties.map((c) => {
    const kind = (k: string) => (activitiesOf.get(c.id) ?? []).filter((a) => a.key === k).reduce((s, a) => s + a.n, 0);
    const h = heldOf.get(c.id) ?? { held: 0, led: 0 };
    const coverage = placeCoverage(
      (placesOf.get(c.id) ?? []).map((p): PlaceOrg => ({ id: p.id, parentId: p.parent_id, kind: p.kind as PlaceOrg['kind'], name: p.name })),
      new Map((placesAtOf.get(c.id) ?? []).map((p) => [p.org_id, p.n])),
    );
    const research = kind('research');
    const followUps = kind('follow_up');
    const total = research + h.held + followUps;
    const leaderShare = share(h.led, h.held);
    const flags = countyFlags({ activities: total, leaderShare }, thresholds);
    const handled = handlingTotals(handlingOf.get(c.id));
    return {
      countyId: c.id,
      name: c.region_name ?? c.name,
      activities: total,
      research,
      consultations: h.held,
      followUps,
      leaderShare,
      townships: coverage.townships,
      townshipsWithout: coverage.townshipsWithout,
      onTimeRate: handled.onTimeRate,
      overdueNow: handled.overdueNow,
      membersActive: membersOf.get(c.id)?.members ?? 0,
      flags,
      flagLabels: flags.map((f) => COUNTY_FLAG_LABELS[f]),
    };
  });
  return { year, thresholds, counties: rows, canSetThresholds: can(ctx.actor, 'statistics.set_thresholds', { type: 'statistics', scope: [null] }).ok };
}
