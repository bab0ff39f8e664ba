import {
  CONSULTATION_FORM_LABELS,
  CONSULTATION_FORMS,
  CONSULTATION_LEVEL_LABELS,
  CONSULTATION_LEVELS,
  CONVERSION_LABELS,
  CONVERSIONS,
  type CountyStatisticsView,
  countRows,
  dayInShanghai,
  EXCLUSION_REASON_LABELS,
  EXCLUSION_REASONS,
  LEADING_BODIES,
  periodDays,
  periodInstants,
  periodLabel,
  placeCoverage,
  type PlaceOrg,
  PROPOSAL_SOURCE_LABELS,
  PROPOSAL_SOURCES,
  RATING_LABELS,
  RATINGS,
  RESULT_CLASS_LABELS,
  RESULT_CLASSES,
  share,
  type StatisticsQuery,
  SUPPORT_KIND_LABELS,
  SUPPORT_KINDS,
  TOPIC_STATE_LABELS,
  TOPIC_STATES,
} from '@shangliang/core';
import type { RequestContext } from '../context.js';
import {
  countConsultationForms,
  countConsultationsByPlace,
  countHeldConsultations,
  countPlannedTopics,
  countProposals,
  countSupport,
  countTopicActivities,
  countTopics,
  listPlaces,
} from '../../repositories/statistics.repository.js';
import { findOrgNames } from '../../repositories/organisations.repository.js';
import { handlingFigures } from './handling-figures.js';
import { memberFigures } from './member-figures.js';
import { resolveStatisticsCounty } from './statistics-scope.js';

const ACTIVITY_KINDS = ['research', 'consultation', 'follow_up'] as const;
const ACTIVITY_KIND_LABELS = { research: '调研', consultation: '协商', follow_up: '跟踪问效' } as const;

const toMap = (rows: readonly { key: string; n: number }[]) => {
  const m = new Map<string, number>();
  for (const r of rows) m.set(r.key, (m.get(r.key) ?? 0) + r.n);
  return m;
};

/**
 * 协商频次统计 — one county's (or the city's own) figures for a year, quarter or month, read live. Counted
 * as activities: research activities and follow-ups on the dates they record, and consultations once held
 * (a scheduled one is not yet an activity).
 */
export async function getCountyStatistics(ctx: RequestContext, query: StatisticsQuery): Promise<CountyStatisticsView> {
  const county = await resolveStatisticsCounty(ctx, query.countyId);
  const db = ctx.db.kysely;
  const period = { year: query.year, quarter: query.quarter, month: query.month };
  const days = periodDays(period);
  const instants = periodInstants(period);
  const yearInstants = periodInstants({ year: query.year });
  const one = [county.id];
  const [activities, held, forms, plan, placesAt, places, topics, proposals, support, handling, members] = await Promise.all([
    countTopicActivities(db, one, days),
    countHeldConsultations(db, one, instants, LEADING_BODIES),
    countConsultationForms(db, county.id, instants),
    countPlannedTopics(db, county.id, query.year),
    // 第四条(六) asks for the places without consultation in the year, whatever the period shown. Only
    // consultations say where they took place in the organisation tree (their venue's organisation); research
    // and follow-ups record a free-text place, which cannot be matched to a township reliably, so they do not count.
    countConsultationsByPlace(db, one, yearInstants),
    listPlaces(db, one),
    countTopics(db, county.id, instants),
    countProposals(db, county.id, instants),
    countSupport(db, county.id, instants),
    handlingFigures(db, county.id, days, dayInShanghai(ctx.now)),
    memberFigures(db, county.id, period, days),
  ]);
  const heldRow = held[0] ?? { held: 0, led: 0 };
  const kinds = toMap([...activities, { key: 'consultation', n: heldRow.held }]);
  const coverage = placeCoverage(
    places.map((p): PlaceOrg => ({ id: p.id, parentId: p.parent_id, kind: p.kind as PlaceOrg['kind'], name: p.name })),
    toMap(placesAt.map((p) => ({ key: p.org_id, n: p.n }))),
  );
  const proposalStatus = toMap(proposals.map((p) => ({ key: p.status, n: p.n })));
  const excluded = toMap(proposals.filter((p) => p.status === 'excluded' && p.reason).map((p) => ({ key: p.reason!, n: p.n })));
  const supportNames = await findOrgNames(db, [...new Set(support.map((s) => s.org_id))]);
  const supportBy = new Map<string, Map<string, number>>();
  for (const s of support) supportBy.set(s.org_id, new Map([...(supportBy.get(s.org_id) ?? []), [s.kind, s.n]]));
  const topicTotal = topics.byState.reduce((s, r) => s + r.n, 0);
  return {
    county,
    period: { year: query.year, quarter: query.quarter ?? null, month: query.month ?? null, label: periodLabel(period), from: days.from, to: days.to },
    activities: {
      total: [...kinds.values()].reduce((a, b) => a + b, 0),
      byKind: countRows(ACTIVITY_KINDS, ACTIVITY_KIND_LABELS, kinds),
      byForm: countRows(CONSULTATION_FORMS, CONSULTATION_FORM_LABELS, toMap(forms.map((f) => ({ key: f.form, n: f.n })))),
      byLevel: countRows(CONSULTATION_LEVELS, CONSULTATION_LEVEL_LABELS, toMap(forms.map((f) => ({ key: f.level, n: f.n })))),
      joint: forms.filter((f) => f.joint === 1).reduce((s, f) => s + f.n, 0),
      plan: { ...plan, share: share(plan.done, plan.planned) },
    },
    leaders: { consultations: heldRow.held, attended: heldRow.led, share: share(heldRow.led, heldRow.held) },
    places: coverage,
    topics: {
      topics: topicTotal,
      bySource: [...countRows(PROPOSAL_SOURCES, PROPOSAL_SOURCE_LABELS, toMap(topics.bySource)), { key: 'none', label: '直接立题（无选题建议）', n: topicTotal - topics.withProposal }],
      byState: countRows(TOPIC_STATES, TOPIC_STATE_LABELS, toMap(topics.byState)).filter((r) => r.n > 0),
      proposals: {
        received: proposals.reduce((s, p) => s + p.n, 0),
        excluded: proposalStatus.get('excluded') ?? 0,
        byReason: countRows(EXCLUSION_REASONS, EXCLUSION_REASON_LABELS, excluded),
        merged: proposalStatus.get('merged') ?? 0,
      },
    },
    handling: {
      ...handling.totals,
      byResultClass: countRows(RESULT_CLASSES, RESULT_CLASS_LABELS, toMap(handling.classes.classes)),
      byRating: countRows(RATINGS, RATING_LABELS, toMap(handling.classes.ratings)),
      byConversion: countRows(CONVERSIONS, CONVERSION_LABELS, toMap(handling.classes.conversions)),
      departments: handling.departments,
    },
    support: [...supportBy.entries()]
      .map(([id, byKind]) => {
        const rows = countRows(SUPPORT_KINDS, SUPPORT_KIND_LABELS, byKind);
        return { departmentId: id, name: supportNames.get(id)?.name ?? '（已删除的单位）', byKind: rows, total: rows.reduce((s, r) => s + r.n, 0) };
      })
      .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'zh')),
    members,
  };
}
