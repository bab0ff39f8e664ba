import type { Db } from '../db/database.js';
import { listThesaurusGroups, type ThesaurusGroupRow } from '../repositories/thesaurus.repository.js';
import { DOMAIN_GROUPS } from '../text/thesaurus-data.js';
import { buildThesaurus, type Thesaurus, type ThesaurusGroup } from '../text/thesaurus.js';

/** How long another server's edit may go unseen here: each server keeps its own copies, dropped on its own edits. */
const KEEP_MS = 60_000;
/** Copies kept at most (17 counties and the city; a request naming made-up counties cannot grow the map). */
const MAX_KEPT = 64;

/** A stored group as the thesaurus takes it (the head first among its words). */
export function groupOfRow(row: ThesaurusGroupRow): ThesaurusGroup {
  const words = JSON.parse(row.words) as string[];
  return { head: row.head, ...(row.topic ? { topic: row.topic } : {}), ...(row.local === null ? {} : { local: row.local === 1 }), words: [row.head, ...words] };
}

/** The thesaurus of a county (null: the city's own): the shipped groups extended by its own, read afresh. */
export async function loadCountyThesaurus(db: Db, countyId: string | null): Promise<Thesaurus> {
  const rows = await listThesaurusGroups(db.kysely, countyId);
  return buildThesaurus([...DOMAIN_GROUPS, ...rows.map(groupOfRow)]);
}

/**
 * 各县近义词表 — each county's thesaurus, built once and kept (a build scans every word of ~70 groups); an edit
 * through this server drops its county's copy at once, and every copy is rebuilt after a minute so that edits on
 * another server are seen too.
 */
export class CountyThesauri {
  private readonly kept = new Map<string, { readonly thesaurus: Promise<Thesaurus>; readonly at: number }>();

  constructor(
    private readonly db: Db,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The county's thesaurus (null: the city's). */
  of(countyId: string | null): Promise<Thesaurus> {
    const key = countyId ?? '';
    const hit = this.kept.get(key);
    if (hit && this.clock() - hit.at < KEEP_MS) return hit.thesaurus;
    const thesaurus = loadCountyThesaurus(this.db, countyId);
    this.kept.delete(key);
    if (this.kept.size >= MAX_KEPT) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(key, { thesaurus, at: this.clock() });
    // A failed read is not kept: the next request tries again.
    thesaurus.catch(() => {
      if (this.kept.get(key)?.thesaurus === thesaurus) this.kept.delete(key);
    });
    return thesaurus;
  }

  /** Drops the county's copy after its groups changed. */
  invalidate(countyId: string | null): void {
    this.kept.delete(countyId ?? '');
  }
}

/** The thesaurus of a county for a request: the app's kept copy, or read afresh where there is none (seeds, the command line). */
export function thesaurusFor(deps: { readonly db: Db; readonly thesauri?: CountyThesauri | undefined }, countyId: string | null): Promise<Thesaurus> {
  return deps.thesauri ? deps.thesauri.of(countyId) : loadCountyThesaurus(deps.db, countyId);
}
