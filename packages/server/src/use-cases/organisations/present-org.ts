import { type Actor, allowedActions, OBJECT_ACTIONS, ORG_CHILD_KINDS, ORG_KIND_LABELS, type OrgKind, type OrgView, type Subject } from '@shangliang/core';
import type { OrgRow } from '../../repositories/organisations.repository.js';

/** The policy subject of an organisation: the county it belongs to. */
export const orgSubject = (row: Pick<OrgRow, 'county_id'>): Subject => ({ type: 'organisation', scope: [row.county_id] });

/** Shapes an organisation for the API; `names` resolves parent and county names. */
export function presentOrg(actor: Actor, row: OrgRow, names: ReadonlyMap<string, OrgRow>): OrgView {
  let actions = allowedActions(actor, orgSubject(row), OBJECT_ACTIONS.organisation);
  if (ORG_CHILD_KINDS[row.kind as OrgKind]?.length === 0) actions = actions.filter((a) => a !== 'organisation.create');
  // The city itself is the root: it is never deactivated.
  if (row.parent_id === null) actions = actions.filter((a) => a !== 'organisation.deactivate');
  return {
    id: row.id,
    parentId: row.parent_id,
    parentName: row.parent_id ? (names.get(row.parent_id)?.name ?? null) : null,
    kind: row.kind as OrgKind,
    kindLabel: ORG_KIND_LABELS[row.kind as OrgKind] ?? row.kind,
    name: row.name,
    regionName: row.region_name,
    partyName: row.party_name,
    governmentName: row.government_name,
    contactPerson: row.contact_person,
    contactPhone: row.contact_phone,
    countyId: row.county_id,
    countyName: row.county_id ? (names.get(row.county_id)?.name ?? null) : null,
    sortOrder: row.sort_order,
    active: row.active === 1,
    version: row.version,
    actions,
  };
}
