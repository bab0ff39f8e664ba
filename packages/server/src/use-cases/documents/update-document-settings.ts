import { dayInShanghai, DOCUMENT_KIND_LABELS, type DocumentKind, type DocumentSettingsInput, type DocumentSettingsView } from '@shangliang/core';
import { insertDocumentSettings, lastDocumentSeqs, raiseDocumentSeq } from '../../repositories/documents.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import type { RequestContext } from '../context.js';
import { invalid } from '../refusals.js';
import { saveVersioned } from '../save-versioned.js';
import { getDocumentSettings } from './get-document-settings.js';
import { documentSettingsOf } from './issuing-office.js';

/**
 * 修改公文设置 — the 发文机关 suffix, the prefixes and this year's next numbers of the office's county, only from
 * the version the form was loaded at. Numbers already issued keep their prefix; a next number may only go up.
 */
export async function updateDocumentSettings(ctx: RequestContext, input: DocumentSettingsInput): Promise<DocumentSettingsView> {
  const before = await getDocumentSettings(ctx);
  const countyId = before.countyId;
  const now = ctx.now.toISOString();
  const year = Number(dayInShanghai(ctx.now).slice(0, 4));
  const raised = Object.entries(input.nextSeqs ?? {}).filter(([k, n]) => n !== before.nextSeqs[k as DocumentKind]) as [DocumentKind, number][];
  await ctx.db.kysely.transaction().execute(async (trx) => {
    // The defaults become a row first (at version 1), so that even the first save is a versioned update.
    const current = await documentSettingsOf(trx, countyId);
    await insertDocumentSettings(trx, countyId, { issuer_suffix: current.issuerSuffix, prefixes: JSON.stringify(current.prefixes) }, now, ctx.user?.id ?? null);
    await saveVersioned(ctx, trx, 'document_settings', { scope: countyId ?? '' }, { issuer_suffix: input.issuerSuffix, prefixes: JSON.stringify(input.prefixes) }, { expected: input.version });
    const last = await lastDocumentSeqs(trx, countyId, year);
    for (const [kind, next] of raised) {
      const issued = last.get(kind) ?? 0;
      if (next <= issued) throw invalid(`${DOCUMENT_KIND_LABELS[kind]}今年已编至 ${issued} 号，下一个编号须大于 ${issued}`, [{ path: `nextSeqs.${kind}`, message: `须大于 ${issued}` }]);
      await raiseDocumentSeq(trx, countyId, year, kind, next - 1);
    }
    const changed = Object.entries(input.prefixes).filter(([k, v]) => before.prefixes[k as DocumentKind] !== v).map(([k, v]) => `${before.prefixes[k as DocumentKind]} → ${v}`);
    const suffix = before.issuerSuffix !== input.issuerSuffix ? [`发文机关 ${before.issuer} → ${before.base}${input.issuerSuffix}`] : [];
    const seqs = raised.map(([k, n]) => `${DOCUMENT_KIND_LABELS[k]}下一个编号 ${before.nextSeqs[k]} → ${n}`);
    await recordAudit(ctx, { action: 'document.settings', subjectType: 'settings', countyId, summary: [...suffix, ...changed, ...seqs].join('；') || '未作修改' }, trx);
  });
  return getDocumentSettings(ctx);
}
