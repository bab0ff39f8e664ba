import type { CreateThesaurusGroupInput, ThesaurusGroupView, UpdateThesaurusGroupInput } from '@shangliang/core';
import { newId } from '../../repositories/ids.js';
import { findThesaurusGroupByHead, insertThesaurusGroup, type ThesaurusGroupRow } from '../../repositories/thesaurus.repository.js';
import type { Executor } from '../../repositories/types.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authorize.js';
import type { RequestContext } from '../context.js';
import { invalid, notFound } from '../refusals.js';
import { refuseStale, saveVersioned } from '../save-versioned.js';
import { actorCounty, thesaurusSubject } from './list-thesaurus.js';
import { loadThesaurusGroup, reloadThesaurusGroup } from './thesaurus-group-access.js';

/** A group's fields as stored: the head, its other words (each once, the head left out), the topic phrase, locality. */
interface GroupFields {
  readonly head: string;
  readonly words: string[];
  readonly topic: string | null;
  readonly local: number | null;
}

/** Checks and normalises a group; a group that relates the head to nothing is refused (400, under `words`). */
function fieldsOf(input: CreateThesaurusGroupInput): GroupFields {
  const head = input.head.trim();
  const words = [...new Set(input.words.map((w) => w.trim()))].filter((w) => w !== head);
  if (!words.length) throw invalid('请至少填写一个与主词不同的近义词', [{ path: 'words', message: '请至少填写一个与主词不同的近义词' }]);
  return { head, words, topic: input.topic?.trim() || null, local: input.local === undefined ? null : input.local ? 1 : 0 };
}

/** Refuses a head the county already has in another group (one group per head; the same head as a shipped group is fine). */
async function checkHead(exec: Executor, countyId: string | null, head: string, self?: string): Promise<void> {
  const other = await findThesaurusGroupByHead(exec, countyId, head);
  if (other && other.id !== self) throw invalid(`已有主词为“${head}”的词组，请编辑该词组`, [{ path: 'head', message: `已有主词为“${head}”的词组` }]);
}

/** The audit summary of a group. */
const summaryOf = (f: GroupFields) => ({ head: f.head, words: f.words.join('、'), ...(f.topic ? { topic: f.topic } : {}) });

/**
 * 新增近义词组 — a group of the office's county (the city office: the city's). With the head of a shipped group it
 * adds its words to that group; the county's searches, similar proposals and grouping use it at once.
 */
export async function createThesaurusGroup(ctx: RequestContext, input: CreateThesaurusGroupInput): Promise<ThesaurusGroupView> {
  const countyId = actorCounty(ctx);
  await authorize(ctx, 'thesaurus.edit', thesaurusSubject(countyId));
  const f = fieldsOf(input);
  const id = newId();
  const now = ctx.now.toISOString();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await checkHead(trx, countyId, f.head);
    const by = ctx.user?.id ?? null;
    await insertThesaurusGroup(trx, { id, county_id: countyId, head: f.head, words: JSON.stringify(f.words), topic: f.topic, local: f.local, created_by: by, created_at: now, updated_by: by, updated_at: now });
    await recordAudit(ctx, { action: 'thesaurus.create', subjectType: 'thesaurus_group', subjectId: id, countyId, summary: summaryOf(f) }, trx);
  });
  ctx.thesauri?.invalidate(countyId);
  return reloadThesaurusGroup(ctx, id);
}

/** 修改近义词组 — the whole group again, only from the version the form was loaded at. */
export async function updateThesaurusGroup(ctx: RequestContext, id: string, input: UpdateThesaurusGroupInput): Promise<ThesaurusGroupView> {
  const row: ThesaurusGroupRow = await loadThesaurusGroup(ctx, id);
  await authorize(ctx, 'thesaurus.edit', thesaurusSubject(row.county_id));
  await refuseStale(ctx.db.kysely, 'thesaurus_groups', { id }, Number(row.version), input.version);
  const f = fieldsOf(input);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await checkHead(trx, row.county_id, f.head, id);
    if (!(await saveVersioned(ctx, trx, 'thesaurus_groups', { id }, { head: f.head, words: JSON.stringify(f.words), topic: f.topic, local: f.local }, { expected: input.version }))) throw notFound('近义词组');
    const before = { head: row.head, words: (JSON.parse(row.words) as string[]).join('、') };
    await recordAudit(ctx, { action: 'thesaurus.update', subjectType: 'thesaurus_group', subjectId: id, countyId: row.county_id, summary: { ...summaryOf(f), ...(before.head !== f.head ? { before: before.head } : {}), ...(before.words !== f.words.join('、') ? { wordsBefore: before.words } : {}) } }, trx);
  });
  ctx.thesauri?.invalidate(row.county_id);
  return reloadThesaurusGroup(ctx, id);
}
