import type { ParticipationKind, ParticipationSource } from '@shangliang/core';
import type { Insertable } from 'kysely';
import type { ParticipationsTable } from '../db/schema-members.js';
import { newId } from './ids.js';
import type { Executor } from './types.js';

/** One participation as its source describes it; the id and year are filled in here. */
export type ParticipationDraft = Omit<Insertable<ParticipationsTable>, 'id' | 'year' | 'source_type' | 'source_id'>;

/** Where participations come from: one source record. */
export interface ParticipationSourceRef {
  readonly type: ParticipationSource;
  readonly id: string;
}

/**
 * Replaces the participations of one source with the given ones (in the caller's transaction), so an
 * edited attendance list, a withdrawn proposal or a corrected date leaves no stale rows behind.
 */
export async function replaceParticipations(db: Executor, source: ParticipationSourceRef, drafts: readonly ParticipationDraft[], kinds?: readonly ParticipationKind[]): Promise<void> {
  let del = db.deleteFrom('participations').where('source_type', '=', source.type).where('source_id', '=', source.id);
  if (kinds) del = del.where('kind', 'in', kinds);
  await del.execute();
  const seen = new Set<string>();
  const rows = drafts.filter((d) => {
    const key = `${d.kind}:${d.user_id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('participations')
      .values(rows.slice(i, i + 200).map((d) => ({ ...d, id: newId(), year: Number(d.on_date.slice(0, 4)), source_type: source.type, source_id: source.id })))
      .execute();
  }
}

/** A member's participations in one scope's year, in date order. */
export function listMemberParticipations(db: Executor, userId: string, countyId: string | null, year: number) {
  return db
    .selectFrom('participations')
    .select(['id', 'county_id', 'kind', 'on_date', 'source_type', 'source_id', 'topic_id', 'units', 'detail'])
    .where('user_id', '=', userId)
    .where('year', '=', year)
    .where((eb) => (countyId === null ? eb('county_id', 'is', null) : eb('county_id', '=', countyId)))
    .orderBy('on_date')
    .orderBy('id')
    .execute();
}

/** Per member, kind and detail (a conversion's kind) of one scope's year: how many participations and units, from participation_tallies (0027). */
export async function sumParticipationsByMember(db: Executor, countyId: string | null, year: number): Promise<{ user_id: string; kind: ParticipationKind; detail: string | null; n: number; units: number }[]> {
  const rows = await db
    .selectFrom('participation_tallies')
    .where('county_id', '=', countyId ?? '')
    .where('year', '=', year)
    .where('n', '>', 0)
    .select(['user_id', 'kind', 'detail', 'n', 'units'])
    .execute();
  return rows.map((r) => ({ user_id: r.user_id, kind: r.kind, detail: r.detail === '' ? null : r.detail, n: Number(r.n), units: Number(r.units) }));
}

/** Whether a source has any participation recorded yet. */
export async function hasParticipation(db: Executor, source: ParticipationSourceRef): Promise<boolean> {
  return !!(await db.selectFrom('participations').select('id').where('source_type', '=', source.type).where('source_id', '=', source.id).limit(1).executeTakeFirst());
}
