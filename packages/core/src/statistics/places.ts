/** A township (乡镇、街道), village or community of the organisation tree. */
export interface PlaceOrg {
  readonly id: string;
  readonly parentId: string | null;
  readonly kind: 'township' | 'village' | 'community';
  readonly name: string;
}

/** A place with its consultations of the year and whether it is flagged for having none. */
export interface PlaceCount {
  readonly id: string;
  readonly name: string;
  readonly kind: PlaceOrg['kind'];
  readonly parentName: string | null;
  readonly consultations: number;
  readonly flagged: boolean;
}

/** The places of a county with their flags, and how many townships and villages have none. */
export interface PlaceCoverage {
  readonly townships: number;
  readonly townshipsWithout: number;
  readonly villages: number;
  readonly villagesWithout: number;
  readonly rows: PlaceCount[];
}

/**
 * 基层协商覆盖: each township counts the consultations held at its own venues and at those of its villages
 * and communities (one held in a village is the township's activity too); a village counts its own. A place
 * with none in the year is flagged. Rows list each township followed by its villages.
 */
export function placeCoverage(orgs: readonly PlaceOrg[], consultationsAt: ReadonlyMap<string, number>): PlaceCoverage {
  const townships = orgs.filter((o) => o.kind === 'township');
  const villagesOf = new Map<string, PlaceOrg[]>();
  for (const o of orgs) if (o.kind !== 'township' && o.parentId) villagesOf.set(o.parentId, [...(villagesOf.get(o.parentId) ?? []), o]);
  const own = (id: string) => consultationsAt.get(id) ?? 0;
  const rows: PlaceCount[] = [];
  for (const t of townships) {
    const villages = villagesOf.get(t.id) ?? [];
    const n = own(t.id) + villages.reduce((s, v) => s + own(v.id), 0);
    rows.push({ id: t.id, name: t.name, kind: t.kind, parentName: null, consultations: n, flagged: n === 0 });
    for (const v of villages) rows.push({ id: v.id, name: v.name, kind: v.kind, parentName: t.name, consultations: own(v.id), flagged: own(v.id) === 0 });
  }
  const villageRows = rows.filter((r) => r.kind !== 'township');
  return {
    townships: townships.length,
    townshipsWithout: rows.filter((r) => r.kind === 'township' && r.flagged).length,
    villages: villageRows.length,
    villagesWithout: villageRows.filter((r) => r.flagged).length,
    rows,
  };
}
