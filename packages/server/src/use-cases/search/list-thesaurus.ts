import { can, type Subject, type ThesaurusGroupView, type ThesaurusQuery, type ThesaurusView } from '@shangliang/core';
import { listPublicCounties } from '../../repositories/public.repository.js';
import { listThesaurusGroups, type ThesaurusGroupRow } from '../../repositories/thesaurus.repository.js';
import { findUserNames } from '../../repositories/users.repository.js';
import { THESAURUS } from '../../text/thesaurus.js';
import { authorize } from '../authorize.js';
import type { RequestContext } from '../context.js';
import { AppError, invalid } from '../refusals.js';

/** A county's thesaurus as a policy subject (null: the city's). */
export const thesaurusSubject = (countyId: string | null): Subject => ({ type: 'thesaurus', scope: [countyId] });

/** The heads of the shipped groups: a county group with one of them adds words to that group. */
export const SHIPPED_HEADS: ReadonlySet<string> = new Set(THESAURUS.groups.map((g) => g.head));

/** The shipped groups as the page shows them: read-only, no id. */
const SHIPPED: readonly ThesaurusGroupView[] = THESAURUS.groups.map((g) => ({
  id: null,
  head: g.head,
  words: [...g.words],
  topic: g.topic ?? null,
  local: g.local ?? null,
  shipped: true,
  extendsShipped: false,
  version: null,
  updatedAt: null,
  updatedByName: null,
  actions: [],
}));

/** The county the actor's thesaurus requests are about: the active organisation's (null: the city). */
export function actorCounty(ctx: RequestContext): string | null {
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  return ctx.user.countyId;
}

/** A county's own groups as the API shows them, with who saved each last and whether the reader may edit them. */
export async function presentGroups(ctx: RequestContext, rows: readonly ThesaurusGroupRow[]): Promise<ThesaurusGroupView[]> {
  const names = await findUserNames(ctx.db.kysely, [...new Set(rows.map((r) => r.updated_by).filter((x): x is string => !!x))]);
  return rows.map((r) => ({
    id: r.id,
    head: r.head,
    words: [r.head, ...(JSON.parse(r.words) as string[])],
    topic: r.topic,
    local: r.local === null ? null : r.local === 1,
    shipped: false,
    extendsShipped: SHIPPED_HEADS.has(r.head),
    version: Number(r.version),
    updatedAt: r.updated_at,
    updatedByName: r.updated_by ? (names.get(r.updated_by) ?? null) : null,
    actions: can(ctx.actor, 'thesaurus.edit', thesaurusSubject(r.county_id)).ok ? ['thesaurus.edit'] : [],
  }));
}

/**
 * 近义词表 — the groups shipped with the platform (read-only) and the county's own: the office's own county when
 * none is named; the city office may read any county's (a county office only its own).
 */
export async function listThesaurus(ctx: RequestContext, q: ThesaurusQuery): Promise<ThesaurusView> {
  const own = actorCounty(ctx);
  const countyId = q.countyId ?? own;
  await authorize(ctx, 'thesaurus.read', thesaurusSubject(countyId));
  if (countyId !== null && countyId !== own && !(await listPublicCounties(ctx.db.kysely)).some((c) => c.id === countyId)) {
    throw invalid('县（市、区）不正确', [{ path: 'countyId', message: '县（市、区）不正确' }]);
  }
  const groups = await presentGroups(ctx, await listThesaurusGroups(ctx.db.kysely, countyId));
  const editable = can(ctx.actor, 'thesaurus.edit', thesaurusSubject(countyId)).ok;
  return { countyId, groups: [...SHIPPED, ...groups], actions: editable ? ['thesaurus.edit'] : [] };
}
