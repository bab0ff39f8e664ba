import type { ExperienceListItem, ExperienceStatus, ExperienceView } from '@shangliang/core';
import { findExperience, listExperiences } from '../../repositories/experiences.repository.js';
import type { PageRequest } from '../../repositories/paging.js';
import type { Page } from '../../repositories/types.js';
import { authorize } from '../authorize.js';
import type { RequestContext } from '../context.js';
import { notFound } from '../refusals.js';
import { EXPERIENCE_SUBJECT, loadExperience, presentExperience, presentExperienceItems, seesDrafts } from './experience-access.js';

/** 经验交流列表 — the published summaries, newest first; the city office sees its drafts too (first). */
export async function listExperiencesOf(ctx: RequestContext, filter: { status?: ExperienceStatus | undefined; q?: string | undefined }, page: PageRequest): Promise<Page<ExperienceListItem>> {
  await authorize(ctx, 'experience.read', EXPERIENCE_SUBJECT);
  const visible: ExperienceStatus[] = seesDrafts(ctx) ? ['draft', 'published'] : ['published'];
  const statuses = filter.status ? visible.filter((s) => s === filter.status) : visible;
  if (!statuses.length) return { items: [], total: 0, ...page };
  const { rows, total } = await listExperiences(ctx.db.kysely, { statuses, q: filter.q }, page);
  return { items: await presentExperienceItems(ctx, rows), total, ...page };
}

/** One summary. */
export async function getExperience(ctx: RequestContext, id: string): Promise<ExperienceView> {
  return presentExperience(ctx, await loadExperience(ctx, id));
}

/** One summary just written (its writer sees drafts). */
export async function reloadExperience(ctx: RequestContext, id: string): Promise<ExperienceView> {
  const row = await findExperience(ctx.db.kysely, id);
  if (!row) throw notFound('经验交流');
  return presentExperience(ctx, row);
}
