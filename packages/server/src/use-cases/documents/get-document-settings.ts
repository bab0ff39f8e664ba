import { DOCUMENT_KINDS, type DocumentKind, type DocumentSettingsView, formatDocumentNumber, dayInShanghai } from '@shangliang/core';
import { lastDocumentSeqs } from '../../repositories/documents.repository.js';
import type { RequestContext } from '../context.js';
import { AppError } from '../refusals.js';
import { authorize } from '../authorize.js';
import { documentSettingsOf } from './issuing-office.js';

/** The county whose settings the actor keeps: the county of the active organisation (null: the city). */
export function settingsCounty(ctx: RequestContext): string | null {
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  return ctx.user.countyId;
}

/** 公文设置 — the office's 发文机关 and 发文字号 prefixes, and the next number of each kind this year. */
export async function getDocumentSettings(ctx: RequestContext): Promise<DocumentSettingsView> {
  const countyId = settingsCounty(ctx);
  await authorize(ctx, 'document.configure', { type: 'organisation', scope: [countyId] });
  const db = ctx.db.kysely;
  const year = Number(dayInShanghai(ctx.now).slice(0, 4));
  const [settings, last] = await Promise.all([documentSettingsOf(db, countyId), lastDocumentSeqs(db, countyId, year)]);
  const nextSeqs = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, (last.get(k) ?? 0) + 1])) as Record<DocumentKind, number>;
  const nextNumbers = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, formatDocumentNumber(settings.prefixes[k], year, nextSeqs[k])])) as Record<DocumentKind, string>;
  return { countyId, base: settings.base, issuerSuffix: settings.issuerSuffix, issuer: `${settings.base}${settings.issuerSuffix}`, prefixes: { ...settings.prefixes }, nextNumbers, nextSeqs, version: settings.version };
}
