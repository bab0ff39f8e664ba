import fs from 'node:fs';
import path from 'node:path';
import type { PublicContactPoint, PublicCounty, Regulation } from '@shangliang/core';
import type { Db } from '../../db/database.js';
import { SERVER_ROOT } from '../../package-root.js';
import { countOrgsByCountyAndKind, listPublicContactPoints, listPublicCounties } from '../../repositories/public.repository.js';

/** 各县（市、区） — active counties with the size of their tree; public data only. */
export async function publicCounties(db: Db): Promise<PublicCounty[]> {
  const counties = await listPublicCounties(db.kysely);
  const counts = await countOrgsByCountyAndKind(db.kysely, ['township', 'village', 'community']);
  const count = (id: string, kinds: string[]) =>
    counts.filter((c) => c.county_id === id && kinds.includes(c.kind)).reduce((n, c) => n + Number(c.n), 0);
  return counties.map((c) => ({
    id: c.id,
    name: c.name,
    regionName: c.region_name,
    partyName: c.party_name,
    townshipCount: count(c.id, ['township']),
    villageCount: count(c.id, ['village', 'community']),
  }));
}

/** 工作联系点 — public names and places. */
export async function publicContactPoints(db: Db): Promise<PublicContactPoint[]> {
  const rows = await listPublicContactPoints(db.kysely);
  return rows.map((r) => ({ id: r.id, name: r.name, countyName: r.county_name, address: r.address }));
}

let cached: Regulation | undefined;

/** 临汾市政协“有事来商量”工作制度 — the text, split into paragraphs (the page header lines are dropped). */
export function regulation(): Regulation {
  if (cached) return cached;
  const file = path.join(SERVER_ROOT, 'data/regulation.txt');
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const start = lines.findIndex((l) => l.startsWith('第一条'));
  const title = lines.find((l) => l.includes('工作制度') && !l.startsWith('第')) ?? '临汾市政协“有事来商量”工作制度';
  cached = { title, source: '中国人民政治协商会议临汾市委员会 · 规章制度（2025年12月31日发布）', paragraphs: lines.slice(start) };
  return cached;
}
