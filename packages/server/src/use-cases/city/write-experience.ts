import type { CreateExperienceInput, ExperienceView, UpdateExperienceInput, VersionOnlyInput } from '@shangliang/core';
import { findLinkedTopics, insertExperience } from '../../repositories/experiences.repository.js';
import { newId } from '../../repositories/ids.js';
import type { Executor } from '../../repositories/types.js';
import { diff, recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authorize.js';
import type { RequestContext } from '../context.js';
import { conflict, invalid } from '../refusals.js';
import { refuseStale, saveVersioned } from '../save-versioned.js';
import { EXPERIENCE_SUBJECT, loadExperience } from './experience-access.js';
import { reloadExperience } from './read-experiences.js';

/** Checks that every linked topic exists (any county's); answers them in the order given, each once. */
async function checkTopics(exec: Executor, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const found = await findLinkedTopics(exec, unique);
  if (found.size !== unique.length) throw invalid('关联的议题（典型案例）中有不存在的', [{ path: 'topicIds', message: '议题不存在' }]);
  return unique;
}

/** 撰写经验交流 — a new summary, saved as a draft that only the city office sees until it is published. */
export async function createExperience(ctx: RequestContext, input: CreateExperienceInput): Promise<ExperienceView> {
  await authorize(ctx, 'experience.write', EXPERIENCE_SUBJECT);
  const topicIds = await checkTopics(ctx.db.kysely, input.topicIds);
  const id = newId();
  const now = ctx.now.toISOString();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await insertExperience(trx, { id, title: input.title, body: input.body, topic_ids: JSON.stringify(topicIds), status: 'draft', published_at: null, created_by: ctx.user?.id ?? null, created_at: now, updated_at: now, updated_by: ctx.user?.id ?? null });
    await recordAudit(ctx, { action: 'experience.create', subjectType: 'experience', subjectId: id, countyId: null, summary: { title: input.title, topics: topicIds.length } }, trx);
  });
  return reloadExperience(ctx, id);
}

/** 修改经验交流 — the whole summary again, only from the version the form was loaded at. */
export async function updateExperience(ctx: RequestContext, id: string, input: UpdateExperienceInput): Promise<ExperienceView> {
  await authorize(ctx, 'experience.write', EXPERIENCE_SUBJECT);
  const row = await loadExperience(ctx, id);
  await refuseStale(ctx.db.kysely, 'experiences', { id }, Number(row.version), input.version);
  const topicIds = await checkTopics(ctx.db.kysely, input.topicIds);
  const patch = { title: input.title, body: input.body, topic_ids: JSON.stringify(topicIds) };
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await saveVersioned(ctx, trx, 'experiences', { id }, patch, { expected: input.version });
    await recordAudit(ctx, { action: 'experience.update', subjectType: 'experience', subjectId: id, countyId: null, summary: { title: input.title, changed: Object.keys(diff(row, patch)) } }, trx);
  });
  return reloadExperience(ctx, id);
}

/** 发布 / 撤回经验交流 — published, every county's staff read it; withdrawn, it is a draft again. */
export async function setExperiencePublished(ctx: RequestContext, id: string, published: boolean, input: VersionOnlyInput): Promise<ExperienceView> {
  await authorize(ctx, 'experience.write', EXPERIENCE_SUBJECT);
  const row = await loadExperience(ctx, id);
  await refuseStale(ctx.db.kysely, 'experiences', { id }, Number(row.version), input?.version);
  if ((row.status === 'published') === published) throw conflict(published ? '该经验交流已发布' : '该经验交流尚未发布');
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const patch = published ? { status: 'published' as const, published_at: ctx.now.toISOString() } : { status: 'draft' as const, published_at: null };
    if (!(await saveVersioned(ctx, trx, 'experiences', { id }, patch, { expected: input?.version, guard: { status: row.status } }))) throw conflict('该经验交流的状态已变化，请刷新后重试');
    await recordAudit(ctx, { action: published ? 'experience.publish' : 'experience.unpublish', subjectType: 'experience', subjectId: id, countyId: null, summary: { title: row.title } }, trx);
  });
  return reloadExperience(ctx, id);
}
