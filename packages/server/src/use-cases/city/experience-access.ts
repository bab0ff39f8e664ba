import { allowedActions, can, EXPERIENCE_STATUS_LABELS, type ExperienceListItem, type ExperienceView, type LinkedTopic, OBJECT_ACTIONS, type Subject } from '@shangliang/core';
import { type ExperienceRow, findExperience, findLinkedTopics } from '../../repositories/experiences.repository.js';
import { findUserNames } from '../../repositories/users.repository.js';
import { authorizeRead, hiddenFrom } from '../authorize.js';
import type { RequestContext } from '../context.js';
import { notFound } from '../refusals.js';

/** 经验交流 are the city CPPCC's own writing, read by every county. */
export const EXPERIENCE_SUBJECT: Subject = { type: 'experience', scope: [null] };

/** Whether the reader sees drafts: only those who write the summaries. */
export const seesDrafts = (ctx: RequestContext): boolean => can(ctx.actor, 'experience.write', EXPERIENCE_SUBJECT).ok;

/** Loads a summary the reader may see; a draft is not found for anyone who does not write them (the refusal is audited). */
export async function loadExperience(ctx: RequestContext, id: string): Promise<ExperienceRow> {
  await authorizeRead(ctx, 'experience.read', EXPERIENCE_SUBJECT, '经验交流');
  const row = await findExperience(ctx.db.kysely, id);
  if (!row) throw notFound('经验交流');
  if (row.status !== 'published' && !seesDrafts(ctx)) throw hiddenFrom('经验交流', { action: 'experience.write', subjectType: 'experience', subjectId: id, countyId: null });
  return row;
}

/** The beginning of a summary's text, for lists. */
const excerptOf = (body: string): string => {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat;
};

/** Summaries as the API shows them, with their linked topics and the reader's actions. */
async function presentAll(ctx: RequestContext, rows: readonly ExperienceRow[]) {
  const topicIds = rows.map((r) => JSON.parse(r.topic_ids) as string[]);
  const topics = await findLinkedTopics(ctx.db.kysely, topicIds.flat());
  const authors = await findUserNames(ctx.db.kysely, rows.map((r) => r.created_by).filter((x): x is string => !!x));
  const actions = allowedActions(ctx.actor, EXPERIENCE_SUBJECT, OBJECT_ACTIONS.experience);
  return rows.map((r, i) => {
    const linked: LinkedTopic[] = topicIds[i]!.flatMap((tid) => {
      const t = topics.get(tid);
      return t ? [{ id: t.id, title: t.title, countyName: t.county_name, isCase: t.published_as_case === 1, readable: can(ctx.actor, 'topic.read', { type: 'topic', scope: [t.county_id] }).ok }] : [];
    });
    return {
      id: r.id,
      title: r.title,
      status: r.status,
      statusLabel: EXPERIENCE_STATUS_LABELS[r.status],
      publishedAt: r.published_at,
      authorName: r.created_by ? (authors.get(r.created_by) ?? null) : null,
      updatedAt: r.updated_at,
      topics: linked,
      version: Number(r.version),
      actions,
      body: r.body,
    };
  });
}

/** One summary, whole. */
export async function presentExperience(ctx: RequestContext, row: ExperienceRow): Promise<ExperienceView> {
  return (await presentAll(ctx, [row]))[0]!;
}

/** Summaries for a list: their beginning instead of the whole text. */
export async function presentExperienceItems(ctx: RequestContext, rows: readonly ExperienceRow[]): Promise<ExperienceListItem[]> {
  return (await presentAll(ctx, rows)).map(({ body, ...rest }) => ({ ...rest, excerpt: excerptOf(body) }));
}
