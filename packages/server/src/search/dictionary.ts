import type { Db } from '../db/database.js';
import { listDictionaryNames } from '../repositories/search-sources.repository.js';
import { addWords } from '../text/segment.js';

/** Strips a department's county prefix (尧都区交通运输局 → 交通运输局), as residents write it. */
const shortName = (name: string, counties: readonly string[]): string | null => {
  const county = counties.find((c) => name.startsWith(c) && name.length > c.length + 1);
  return county ? name.slice(county.length) : null;
};

/**
 * 用户词典 — our own names kept whole by the segmenter: the organisation tree (counties, townships, villages,
 * communities, departments with and without their county prefix) and the contact points. Loaded when the app
 * starts and again when an organisation is added or renamed.
 */
export async function loadPlaceWords(db: Db): Promise<number> {
  const { orgs, points } = await listDictionaryNames(db.kysely);
  const counties = orgs.filter((o) => o.kind === 'county').map((o) => o.name.replace(/政协$/, ''));
  const words = new Set<string>();
  for (const o of orgs) {
    const name = o.name.replace(/政协$/, '');
    if (name.length >= 2) words.add(name);
    const short = o.kind === 'department' ? shortName(name, counties) : null;
    if (short && short.length >= 2) words.add(short);
  }
  for (const p of points) for (const part of p.name.split(/[（）()·\s]+/)) if (part.length >= 2) words.add(part);
  addWords(words);
  return words.size;
}
