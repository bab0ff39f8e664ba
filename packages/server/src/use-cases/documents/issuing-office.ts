import { DEFAULT_ISSUER_SUFFIX, defaultPrefixes, type DocumentKind, DOCUMENT_KINDS, dayInShanghai, formatDocumentDate, shortNameOf } from '@shangliang/core';
import type { IssuingOffice } from '../../documents/document-context.js';
import { findCityOrg, findDocumentSettings } from '../../repositories/documents.repository.js';
import { findOrg } from '../../repositories/organisations.repository.js';
import type { Executor } from '../../repositories/types.js';
import { findUser } from '../../repositories/users.repository.js';
import type { RequestContext } from '../context.js';

/** A county's (or the city's) document settings: the saved ones, or the defaults from its name. */
export interface DocumentSettings {
  /** The CPPCC as the organisation tree names it, with the city in front: 临汾市尧都区政协. */
  readonly base: string;
  readonly issuerSuffix: string;
  readonly prefixes: Readonly<Record<DocumentKind, string>>;
  readonly version: number;
  /** How running text names the CPPCC, and its party committee, government and contact. */
  readonly cppcc: string;
  readonly party: string | null;
  readonly government: string | null;
  readonly contact: { readonly person: string; readonly phone: string | null } | null;
}

/** The settings of a county (null: the city) — its name from the organisation tree, the rest saved or derived. */
export async function documentSettingsOf(exec: Executor, countyId: string | null): Promise<DocumentSettings> {
  const [city, county, saved] = await Promise.all([findCityOrg(exec), countyId ? findOrg(exec, countyId) : Promise.resolve(undefined), findDocumentSettings(exec, countyId)]);
  const cityRegion = city?.region_name ?? '临汾市';
  const org = county ?? city;
  const cppcc = org?.name ?? '临汾市政协';
  // 尧都区政协 → 临汾市尧都区政协; the city's own name already carries 临汾市.
  const base = county ? `${cppcc.startsWith(cityRegion) ? '' : cityRegion}${cppcc}` : cppcc;
  const defaults = defaultPrefixes(shortNameOf(county?.region_name ?? county?.name ?? cityRegion));
  const stored = saved ? (JSON.parse(saved.prefixes) as Partial<Record<DocumentKind, string>>) : {};
  const prefixes = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, stored[k] ?? defaults[k]])) as Record<DocumentKind, string>;
  return {
    base,
    issuerSuffix: saved?.issuer_suffix ?? DEFAULT_ISSUER_SUFFIX,
    prefixes,
    version: saved?.version ?? 1,
    cppcc,
    party: org?.party_name ?? null,
    government: org?.government_name ?? null,
    contact: org?.contact_person ? { person: org.contact_person, phone: org.contact_phone ?? null } : null,
  };
}

/** The office issuing for a county today: its name, its level's bodies, and whom to call (the user issuing when the office names nobody). */
export async function issuingOfficeOf(ctx: RequestContext, settings: DocumentSettings): Promise<IssuingOffice> {
  const today = dayInShanghai(ctx.now);
  let contact = settings.contact;
  if (!contact && ctx.user) {
    const me = await findUser(ctx.db.kysely, ctx.user.id);
    if (me) contact = { person: me.display_name, phone: me.phone };
  }
  return { issuer: `${settings.base}${settings.issuerSuffix}`, cppcc: settings.cppcc, party: settings.party, government: settings.government, contact, today, date: formatDocumentDate(today) };
}
