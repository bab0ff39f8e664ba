import fs from 'node:fs';
import path from 'node:path';
import type { PublicContactPoint, PublicCounty, Regulation } from '@shangliang/core';
import type { Db } from '../../db/database.js';
import { SERVER_ROOT } from '../../package-root.js';

/** 各县（市、区） — active counties with the size of their tree; public data only. */
export async function publicCounties(db: Db): Promise<PublicCounty[]> {
  const counties = await db.kysely
    .selectFrom('organisations')
    .select(['id', 'name', 'region_name', 'party_name'])
    .where('kind', '=', 'county')
    .where('active', '=', 1)
    .orderBy('sort_order')
    .execute();
  const counts = await db.kysely
    .selectFrom('organisations')
    .select(['county_id', 'kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('kind', 'in', ['township', 'village', 'community'])
    .where('active', '=', 1)
    .groupBy(['county_id', 'kind'])
    .execute();
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
  const rows = await db.kysely
    .selectFrom('contact_points as c')
    .leftJoin('organisations as o', 'o.id', 'c.county_id')
    .select(['c.id', 'c.name', 'o.name as county_name', 'c.address'])
    .where('c.active', '=', 1)
    .orderBy('c.name')
    .execute();
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
