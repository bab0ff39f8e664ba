import type { Executor } from './types.js';
import { containsText } from './types.js';

/** Where a contact point is: its village (or community) and the words its name and village go by. */
export interface PlaceOfPoint {
  readonly orgId: string | null;
  readonly countyId: string | null;
  /** Names that a consultation's free-text venue may give for the place (e.g. 冯南垣村, 冯南垣). */
  readonly names: readonly string[];
}

/**
 * Consultations held at a contact point, newest first (the caller keeps those the reader may see). A
 * consultation records no place of its own: only its venue — a venue record of an organisation, or free
 * text. So it is held at the contact point when its venue belongs to the contact point's village, or, in
 * the same county, its venue text names the village or the contact point.
 */
export function listConsultationsAt(db: Executor, place: PlaceOfPoint, limit = 50) {
  const names = place.names.filter((n) => n.length >= 2);
  return db
    .selectFrom('consultations as c')
    .innerJoin('topics as t', 't.id', 'c.topic_id')
    .leftJoin('venues as v', 'v.id', 'c.venue_id')
    .leftJoin('organisations as o', 'o.id', 'c.county_id')
    .select(['c.id', 'c.topic_id', 't.title as topic_title', 'o.name as county_name', 'c.county_id', 'c.form', 'c.status', 'c.starts_at', 'v.name as venue_name', 'c.venue_text'])
    .where((eb) => {
      const ors = [];
      if (place.orgId) ors.push(eb('v.org_id', '=', place.orgId));
      if (names.length && place.countyId) ors.push(eb.and([eb('c.county_id', '=', place.countyId), eb.or(names.map((n) => containsText('c.venue_text', n)(eb)))]));
      return ors.length ? eb.or(ors) : eb.lit(false);
    })
    .orderBy('c.starts_at', 'desc')
    .orderBy('c.id')
    .limit(limit)
    .execute();
}
