import type { Insertable } from 'kysely';
import type { Db } from '../db/database.js';
import type { OrganisationsTable } from '../db/schema.js';
import { newId } from '../repositories/ids.js';
import { CITY_DEPARTMENTS, LINFEN_COUNTIES } from './linfen-data.js';

/** Seeds 临汾市政协, the 17 county-level CPPCCs, townships and villages, departments and the two contact points. */
export async function seedOrganisations(db: Db, at: Date = new Date()): Promise<void> {
  const now = at.toISOString();
  const rows: Insertable<OrganisationsTable>[] = [];
  const add = (r: Omit<Insertable<OrganisationsTable>, 'id' | 'created_at' | 'updated_at' | 'active'> & { id?: string }) => {
    const id = r.id ?? newId();
    rows.push({ ...r, id, active: 1, created_at: now, updated_at: now });
    return id;
  };
  const cityId = add({ parent_id: null, kind: 'city', name: '临汾市政协', region_name: '临汾市', party_name: '临汾市委', government_name: '临汾市人民政府', county_id: null, sort_order: 0 });
  CITY_DEPARTMENTS.forEach((name, i) => add({ parent_id: cityId, kind: 'department', name, county_id: null, sort_order: i }));

  let huozhouVillage: string | null = null;
  for (const [i, c] of LINFEN_COUNTIES.entries()) {
    const countyId = newId();
    add({
      id: countyId,
      parent_id: cityId,
      kind: 'county',
      name: `${c.region}政协`,
      region_name: c.region,
      party_name: `${c.region}委`,
      government_name: `${c.region}人民政府`,
      county_id: countyId,
      sort_order: i + 1,
    });
    for (const [j, t] of (c.townships ?? []).entries()) {
      const street = t.name.endsWith('街道');
      const townshipId = add({ parent_id: countyId, kind: 'township', name: t.name, county_id: countyId, sort_order: j });
      for (const [k, v] of (t.villages ?? []).entries()) {
        const id = add({ parent_id: townshipId, kind: street || v.endsWith('社区') ? 'community' : 'village', name: v, county_id: countyId, sort_order: k });
        if (v === '冯南垣村') huozhouVillage = id;
      }
    }
    for (const [j, d] of (c.departments ?? []).entries()) {
      add({ parent_id: countyId, kind: 'department', name: `${c.region}${d}`, county_id: countyId, sort_order: j });
    }
  }

  await db.kysely.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 100) await trx.insertInto('organisations').values(rows.slice(i, i + 100)).execute();
    const huozhou = rows.find((r) => r.name === '霍州市政协')!;
    await trx
      .insertInto('contact_points')
      .values([
        { id: newId(), name: '冯南垣“有事来商量”工作联系点', county_id: huozhou.id as string, org_id: huozhouVillage, address: '霍州市师庄乡冯南垣村', note: '第四条(七)所列工作联系点', active: 1, created_at: now, updated_at: now },
        { id: newId(), name: '段村“有事来商量”工作联系点', county_id: null, org_id: null, address: null, note: '第四条(七)所列工作联系点；所属县（市、区）待补充', active: 1, created_at: now, updated_at: now },
      ])
      .execute();
  });
}
