import { findVersionStamp } from '../../repositories/versioned.repository.js';
import { deleteThesaurusGroup as deleteGroupRow } from '../../repositories/thesaurus.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authorize.js';
import type { RequestContext } from '../context.js';
import { notFound, VersionConflict } from '../refusals.js';
import { refuseStale } from '../save-versioned.js';
import { thesaurusSubject } from './list-thesaurus.js';
import { loadThesaurusGroup } from './thesaurus-group-access.js';

/** 删除近义词组 — the county's own group goes (a shipped group it extended keeps its shipped words); only from the version given, when one is. */
export async function deleteThesaurusGroup(ctx: RequestContext, id: string, version?: number): Promise<void> {
  const row = await loadThesaurusGroup(ctx, id);
  await authorize(ctx, 'thesaurus.edit', thesaurusSubject(row.county_id));
  await refuseStale(ctx.db.kysely, 'thesaurus_groups', { id }, Number(row.version), version);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    if (!(await deleteGroupRow(trx, id, version))) {
      const current = await findVersionStamp(trx, 'thesaurus_groups', { id });
      if (!current) throw notFound('近义词组');
      throw new VersionConflict(current);
    }
    await recordAudit(ctx, { action: 'thesaurus.delete', subjectType: 'thesaurus_group', subjectId: id, countyId: row.county_id, summary: { head: row.head, words: (JSON.parse(row.words) as string[]).join('、') } }, trx);
  });
  ctx.thesauri?.invalidate(row.county_id);
}
