import { type ArchiveList, type ArchiveRow, type ArchiveView, CONVERSION_LABELS, type Conversion, type ParticipationCount, PARTICIPATION_KIND_LABELS, pointsOf, scoreMember } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { AppError, notFound } from '../refusals.js';
import { findMember } from '../../repositories/members.repository.js';
import { listMemberParticipations } from '../../repositories/participations.repository.js';
import { scoreMembersOf } from './score-members.js';
import { findTopicTitles } from '../../repositories/topics.repository.js';
import { authorize, authorizeRead } from '../authorize.js';
import { resolveCounty, scopeName } from './member-scope.js';
import { rulesOf } from './point-rules.js';

/** Filters of the county's archives. */
export interface ArchiveQuery {
  readonly countyId?: string | undefined;
  readonly year: number;
  readonly sector?: string | undefined;
  readonly committee?: string | undefined;
  /** Only members below a yearly minimum. */
  readonly below?: boolean | undefined;
  readonly sort: 'total_desc' | 'total_asc' | 'name';
  readonly page: number;
  readonly pageSize: number;
}

/** 履职档案 (一人一档) — one member's year in one scope: every participation with its points, totals and minimums. */
export async function memberArchive(ctx: RequestContext, userId: string, year: number, county?: string): Promise<ArchiveView> {
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  const member = await findMember(ctx.db.kysely, userId);
  if (!member || member.counties.length === 0) throw notFound('委员履职档案');
  // A member of a county and of the city has two archives; the county's comes first.
  const countyId = county !== undefined ? await resolveCounty(ctx, county) : (member.counties.find((c) => c !== null) ?? null);
  await authorizeRead(ctx, 'archive.read', { type: 'archive', scope: [countyId], userId }, '委员履职档案');
  if (!member.counties.includes(countyId)) throw notFound('委员履职档案');
  const db = ctx.db.kysely;
  const [{ rules, closedAt }, rows] = await Promise.all([rulesOf(db, countyId, year), listMemberParticipations(db, userId, countyId, year)]);
  const titles = await findTopicTitles(db, [...new Set(rows.flatMap((r) => (r.topic_id ? [r.topic_id] : [])))]);
  const counts: ParticipationCount[] = rows.map((r) => ({ kind: r.kind, detail: r.detail, n: 1, units: Number(r.units) }));
  return {
    member: { id: member.id, name: member.display_name, sector: member.sector, committee: member.committee },
    countyId,
    countyName: await scopeName(ctx, countyId),
    year,
    closed: closedAt !== null,
    entries: rows.map((r) => ({
      id: r.id,
      date: r.on_date,
      kind: r.kind,
      kindLabel: PARTICIPATION_KIND_LABELS[r.kind],
      topicId: r.topic_id,
      topicTitle: r.topic_id ? (titles.get(r.topic_id) ?? null) : null,
      detail: r.kind === 'suggestion_converted' && r.detail ? (CONVERSION_LABELS[r.detail as Conversion] ?? null) : null,
      points: pointsOf(rules, r.kind, Number(r.units), r.detail),
    })),
    score: scoreMember(rules, counts),
  };
}

/** 我的履职 — the signed-in member's own archive. */
export async function myArchive(ctx: RequestContext, year: number, county?: string): Promise<ArchiveView> {
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  return memberArchive(ctx, ctx.user.id, year, county);
}

/** Every member of a scope with their year's score, the filters' choices and how many miss a minimum. */
export async function scoreMembers(ctx: RequestContext, query: Pick<ArchiveQuery, 'countyId' | 'year' | 'sector' | 'committee'>) {
  const countyId = await resolveCounty(ctx, query.countyId);
  await authorize(ctx, 'archive.list', { type: 'archive', scope: [countyId] });
  const { members: all, scores, rules, closedAt } = await scoreMembersOf(ctx.db.kysely, countyId, query.year);
  const rows: ArchiveRow[] = all
    .filter((m) => (!query.sector || m.sector === query.sector) && (!query.committee || m.committee === query.committee))
    .map((m) => {
      const score = scores.get(m.id)!;
      const actual = (key: string) => score.requirements.find((r) => r.key === key)?.actual ?? 0;
      return {
        member: { id: m.id, name: m.display_name, sector: m.sector, committee: m.committee },
        activities: actual('activities'),
        recommendations: actual('recommendations'),
        total: score.total,
        meetsAll: score.meetsAll,
        missing: score.requirements.filter((r) => !r.met).map((r) => `${r.label} ${r.actual}/${r.required}`),
      };
    });
  const choices = (pick: (m: (typeof all)[number]) => string | null) => [...new Set(all.map(pick).filter((x): x is string => !!x))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return { countyId, countyName: await scopeName(ctx, countyId), closed: closedAt !== null, rules, rows, scores, sectors: choices((m) => m.sector), committees: choices((m) => m.committee) };
}

/**
 * 履职档案列表 — the county's members for the office, sorted and filtered, below-minimum flagged. The
 * points need the year's caps per member, so they are scored here; a county has a few hundred members.
 */
export async function listArchives(ctx: RequestContext, query: ArchiveQuery): Promise<ArchiveList> {
  const scored = await scoreMembers(ctx, query);
  const order = {
    total_desc: (a: ArchiveRow, b: ArchiveRow) => b.total - a.total || a.member.name.localeCompare(b.member.name, 'zh-CN'),
    total_asc: (a: ArchiveRow, b: ArchiveRow) => a.total - b.total || a.member.name.localeCompare(b.member.name, 'zh-CN'),
    name: (a: ArchiveRow, b: ArchiveRow) => a.member.name.localeCompare(b.member.name, 'zh-CN'),
  }[query.sort];
  const shown = scored.rows.filter((r) => !query.below || !r.meetsAll).sort(order);
  const start = (query.page - 1) * query.pageSize;
  return {
    items: shown.slice(start, start + query.pageSize),
    total: shown.length,
    page: query.page,
    pageSize: query.pageSize,
    countyId: scored.countyId,
    countyName: scored.countyName,
    year: query.year,
    closed: scored.closed,
    belowMinimum: scored.rows.filter((r) => !r.meetsAll).length,
    sectors: scored.sectors,
    committees: scored.committees,
  };
}
