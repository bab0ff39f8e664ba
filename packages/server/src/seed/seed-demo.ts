import type { Insertable } from 'kysely';
import { hashPassword } from '../auth/password-hash.js';
import type { Db } from '../db/database.js';
import type { RoleAssignmentsTable, UsersTable } from '../db/schema.js';
import { newId } from '../repositories/ids.js';

/** The password of every demo account. */
export const DEMO_PASSWORD = 'Shangliang@2026';

interface DemoUser {
  readonly username: string;
  readonly displayName: string;
  readonly sector?: string;
  readonly committee?: string;
  readonly phone?: string;
  /** [role, organisation name, title?] */
  readonly roles: readonly (readonly [string, string, string?])[];
}

/** 演示账号 — the demo accounts named in the foundation issue. */
export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'admin', displayName: '系统管理员', roles: [['admin', '临汾市政协']] },
  { username: 'city-office', displayName: '王建华', roles: [['city_office', '临汾市政协']] },
  { username: 'yaodu-office', displayName: '李晓燕', phone: '13935711001', roles: [['county_office', '尧都区政协']] },
  { username: 'yaodu-chair', displayName: '张国强', roles: [['leader', '尧都区政协', '主席'], ['member', '临汾市政协']] },
  { username: 'yaodu-party', displayName: '赵志刚', roles: [['party_reviewer', '尧都区政协']] },
  { username: 'yaodu-member1', displayName: '刘芳', sector: '中共界', committee: '提案委员会', phone: '13935711011', roles: [['member', '尧都区政协']] },
  { username: 'yaodu-member2', displayName: '陈建军', sector: '经济界', committee: '经济委员会', roles: [['member', '尧都区政协']] },
  { username: 'yaodu-member3', displayName: '杨丽娟', sector: '教育界', committee: '教科卫体委员会', roles: [['member', '尧都区政协']] },
  { username: 'yaodu-member4', displayName: '郭卫东', sector: '农业界', committee: '农业和农村委员会', roles: [['member', '尧都区政协']] },
  { username: 'yaodu-member5', displayName: '马秀英', sector: '医药卫生界', committee: '社会和法制委员会', roles: [['member', '尧都区政协']] },
  { username: 'yaodu-dept-jt', displayName: '孙立新', phone: '13935711021', roles: [['dept_handler', '尧都区交通运输局']] },
  { username: 'hongtong-office', displayName: '韩春梅', roles: [['county_office', '洪洞县政协']] },
  { username: 'hongtong-member1', displayName: '贾志勇', sector: '工商联界', committee: '经济委员会', roles: [['member', '洪洞县政协']] },
  { username: 'huozhou-office', displayName: '冯玉兰', roles: [['county_office', '霍州市政协']] },
  // 往年与本年的调研、协商活动（履职档案、协商频次统计的演示数据）由以下账号参加或审议。
  { username: 'hongtong-chair', displayName: '王振华', roles: [['leader', '洪洞县政协', '主席']] },
  { username: 'hongtong-party', displayName: '李建军', roles: [['party_reviewer', '洪洞县政协']] },
  { username: 'hongtong-member2', displayName: '张秀梅', sector: '妇联界', committee: '社会和法制委员会', roles: [['member', '洪洞县政协']] },
  { username: 'hongtong-member3', displayName: '赵永刚', sector: '农业界', committee: '农业和农村委员会', roles: [['member', '洪洞县政协']] },
  { username: 'huozhou-chair', displayName: '武国栋', roles: [['leader', '霍州市政协', '主席']] },
  { username: 'huozhou-party', displayName: '田志明', roles: [['party_reviewer', '霍州市政协']] },
  { username: 'huozhou-member1', displayName: '吕红霞', sector: '教育界', committee: '教科卫体委员会', roles: [['member', '霍州市政协']] },
  { username: 'huozhou-member2', displayName: '霍建平', sector: '经济界', committee: '经济委员会', roles: [['member', '霍州市政协']] },
];

/** Venues of the demo data: [organisation, kind, name, address]. */
const DEMO_VENUES = [
  ['尧都区政协', 'member_room', '尧都区政协委员活动室', '尧都区鼓楼西街政协机关二楼', 40],
  ['屯里镇', 'member_station', '屯里镇政协委员工作站', '屯里镇人民政府院内', 30],
  ['乔李镇', 'member_station', '乔李镇政协委员工作站', '乔李镇便民服务中心三楼', 25],
  ['洪洞县政协', 'member_room', '洪洞县政协委员活动室', '洪洞县大槐树镇政协机关一楼', 50],
  ['广胜寺镇', 'member_station', '广胜寺镇政协委员工作站', '广胜寺镇文化站', 20],
  ['师庄乡', 'member_station', '师庄乡政协委员工作站', '霍州市师庄乡人民政府', 20],
] as const;

/**
 * Seeds the demo accounts and venues; accounts that exist already are left as they are, so the
 * CLI's seed-demo may run on a database that has some of them.
 */
export async function seedDemo(db: Db, at: Date = new Date()): Promise<string[]> {
  const now = at.toISOString();
  const orgs = new Map((await db.kysely.selectFrom('organisations').select(['id', 'name', 'county_id']).execute()).map((o) => [o.name, o]));
  const existing = new Set((await db.kysely.selectFrom('users').select('username').execute()).map((u) => u.username));
  const todo = DEMO_USERS.filter((u) => !existing.has(u.username));
  // Every demo account has the same published password, so one hash (one salt) serves them all.
  const hash = todo.length ? await hashPassword(DEMO_PASSWORD) : '';
  const users: Insertable<UsersTable>[] = [];
  const grants: Insertable<RoleAssignmentsTable>[] = [];
  todo.forEach((u) => {
    const id = newId();
    users.push({ id, username: u.username, display_name: u.displayName, phone: u.phone ?? null, sector: u.sector ?? null, committee: u.committee ?? null, password_hash: hash, must_change_password: 0, locked_until: null, active: 1, last_login_at: null, created_at: now, updated_at: now });
    for (const [position, [role, orgName, title]] of u.roles.entries()) {
      const org = orgs.get(orgName);
      if (!org) throw new Error(`demo seed: organisation ${orgName} is missing`);
      grants.push({ id: newId(), user_id: id, role, org_id: org.id, title: title ?? null, position, created_at: now });
    }
  });
  const haveVenues = (await db.kysely.selectFrom('venues').select('id').limit(1).execute()).length > 0;
  await db.kysely.transaction().execute(async (trx) => {
    if (users.length) {
      await trx.insertInto('users').values(users).execute();
      await trx.insertInto('role_assignments').values(grants).execute();
    }
    if (!haveVenues) {
      await trx
        .insertInto('venues')
        .values(
          DEMO_VENUES.map(([orgName, kind, name, address, capacity]) => {
            const org = orgs.get(orgName)!;
            return { id: newId(), org_id: org.id, county_id: org.county_id, kind, name, address, capacity, note: null, active: 1, created_at: now, updated_at: now };
          }),
        )
        .execute();
    }
  });
  return todo.map((u) => u.username);
}
