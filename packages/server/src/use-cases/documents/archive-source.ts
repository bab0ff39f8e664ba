import { dayInShanghai, type DocumentSourceQuery } from '@shangliang/core';
import { archiveDocument } from '../../documents/archive.js';
import type { RequestContext } from '../context.js';
import { memberArchive } from '../members/archives.js';
import type { DocumentSource } from './document-source.js';

/** A member's 履职档案 of a year (default: this year) in a county (default: the member's), as the source of its document. */
export async function archiveSource(ctx: RequestContext, userId: string, query: DocumentSourceQuery): Promise<DocumentSource> {
  const year = query.year ?? Number(dayInShanghai(ctx.now).slice(0, 4));
  const archive = await memberArchive(ctx, userId, year, query.countyId);
  return {
    subjectType: 'archive',
    subjectId: archive.member.id,
    countyId: archive.countyId,
    subject: { type: 'archive', scope: [archive.countyId], userId: archive.member.id },
    label: `${archive.member.name} ${year} 年度履职档案`,
    unavailable: { archive: null },
    part: { year },
    async prefill(_kind, office) {
      return archiveDocument(office, archive);
    },
  };
}
