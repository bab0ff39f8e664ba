import { DEFAULT_POINT_RULES, type CloseYearInput, type PointRules, type PointRulesView, type SavePointRulesInput, allowedActions } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { conflict, VersionConflict } from '../refusals.js';
import { findPointRules, insertPointRules } from '../../repositories/members.repository.js';
import type { Executor } from '../../repositories/types.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorize, authorizeRead } from '../authorize.js';
import { saveVersioned } from '../save-versioned.js';
import { currentYear, resolveCounty, scopeName } from './member-scope.js';

/** A year's rules as they apply: saved for the year, else carried over from the latest earlier year, else the defaults. */
export interface YearRules {
  readonly rules: PointRules;
  readonly saved: boolean;
  readonly closedAt: string | null;
  readonly version: number;
}

/** The rules of a county (null: the city) for a year. */
export async function rulesOf(db: Executor, countyId: string | null, year: number): Promise<YearRules> {
  const { exact, earlier } = await findPointRules(db, countyId ?? '', year);
  if (exact) return { rules: JSON.parse(exact.rules) as PointRules, saved: true, closedAt: exact.closed_at, version: exact.version };
  return { rules: earlier ? (JSON.parse(earlier.rules) as PointRules) : DEFAULT_POINT_RULES, saved: false, closedAt: null, version: 0 };
}

/** Refuses a change to what a closed year's archive is made of. */
export async function refuseClosedYear(db: Executor, countyId: string | null, year: number): Promise<void> {
  if ((await rulesOf(db, countyId, year)).closedAt) throw conflict(`${year} 年度履职档案已结转，不能再修改`);
}

async function present(ctx: RequestContext, countyId: string | null, year: number): Promise<PointRulesView> {
  const r = await rulesOf(ctx.db.kysely, countyId, year);
  const subject = { type: 'point_rules' as const, scope: [countyId] };
  const actions = r.closedAt ? [] : allowedActions(ctx.actor, subject, ['point_rules.update']);
  return { countyId, countyName: await scopeName(ctx, countyId), year, rules: r.rules, saved: r.saved, closed: r.closedAt !== null, closedAt: r.closedAt, version: r.version, actions };
}

/** 积分规则 of a county's year, for its office (the city office reads every county's). */
export async function getPointRules(ctx: RequestContext, county: string | undefined, year: number): Promise<PointRulesView> {
  const countyId = await resolveCounty(ctx, county);
  await authorizeRead(ctx, 'point_rules.read', { type: 'point_rules', scope: [countyId] }, '积分规则');
  return present(ctx, countyId, year);
}

/** Saves a year's rules; a closed year's stay as they were, and only from the version the form was loaded at. */
export async function savePointRules(ctx: RequestContext, input: SavePointRulesInput): Promise<PointRulesView> {
  const countyId = await resolveCounty(ctx, input.countyId ?? 'city');
  await authorize(ctx, 'point_rules.update', { type: 'point_rules', scope: [countyId] });
  const scope = countyId ?? '';
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const before = await rulesOf(trx, countyId, input.year);
    if (before.closedAt) throw conflict(`${input.year} 年度已结转，积分规则不能再修改`);
    if (!before.saved) {
      if (input.version !== 0) throw new VersionConflict({ version: 0, updatedBy: null, updatedAt: '' });
      await insertPointRules(trx, { scope, year: input.year, rules: JSON.stringify(input.rules), closed_at: null, updated_by: ctx.user!.id, updated_at: ctx.now.toISOString() });
    } else await saveVersioned(ctx, trx, 'point_rule_sets', { scope, year: input.year }, { rules: JSON.stringify(input.rules) }, { expected: input.version });
    await recordAudit(ctx, { action: 'point_rules.update', subjectType: 'point_rules', subjectId: `${scope || 'city'}:${input.year}`, countyId, summary: `${input.year} 年度积分规则` }, trx);
  });
  return present(ctx, countyId, input.year);
}

/** 年度结转 — after the year has ended, its rules become final and its archives can no longer change. */
export async function closeYear(ctx: RequestContext, input: CloseYearInput): Promise<PointRulesView> {
  const countyId = await resolveCounty(ctx, input.countyId ?? 'city');
  await authorize(ctx, 'point_rules.update', { type: 'point_rules', scope: [countyId] });
  if (input.year >= currentYear(ctx)) throw conflict(`${input.year} 年度尚未结束，不能结转`);
  const scope = countyId ?? '';
  const at = ctx.now.toISOString();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const before = await rulesOf(trx, countyId, input.year);
    if (before.closedAt) throw conflict(`${input.year} 年度已结转`);
    if (before.version !== input.version) throw new VersionConflict({ version: before.version, updatedBy: null, updatedAt: '' });
    // A year closed with carried-over rules keeps those rules as its own.
    if (!before.saved) await insertPointRules(trx, { scope, year: input.year, rules: JSON.stringify(before.rules), closed_at: at, updated_by: ctx.user!.id, updated_at: at });
    else await saveVersioned(ctx, trx, 'point_rule_sets', { scope, year: input.year }, { closed_at: at }, { expected: input.version });
    await recordAudit(ctx, { action: 'point_rules.close', subjectType: 'point_rules', subjectId: `${scope || 'city'}:${input.year}`, countyId, summary: `${input.year} 年度履职档案结转` }, trx);
  });
  return present(ctx, countyId, input.year);
}
