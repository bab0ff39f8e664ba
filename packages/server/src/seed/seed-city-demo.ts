import { createExperienceSchema, createVisitSchema, dayInShanghai } from '@shangliang/core';
import { hashPassword } from '../auth/password-hash.js';
import type { Db } from '../db/database.js';
import { newId } from '../repositories/ids.js';
import { recordVisit } from '../use-cases/city/record-visit.js';
import { createExperience, setExperiencePublished } from '../use-cases/city/write-experience.js';
import { DEMO_PASSWORD } from './seed-demo.js';
import { seedContexts } from './seed-context.js';

const DAY = 86_400_000;

/** A second 市政协委员 for the city's visits (张国强, yaodu-chair, is the first). */
const CITY_MEMBER = { username: 'city-member1', displayName: '周明远', sector: '农业界', committee: '农业和农村委员会' } as const;

/** The 市政协委员 account of the demo, added once. */
async function ensureCityMember(db: Db, now: string): Promise<void> {
  const k = db.kysely;
  if (await k.selectFrom('users').select('id').where('username', '=', CITY_MEMBER.username).executeTakeFirst()) return;
  const city = await k.selectFrom('organisations').select('id').where('kind', '=', 'city').executeTakeFirstOrThrow();
  const id = newId();
  await k.transaction().execute(async (trx) => {
    await trx.insertInto('users').values({ id, username: CITY_MEMBER.username, display_name: CITY_MEMBER.displayName, phone: null, sector: CITY_MEMBER.sector, committee: CITY_MEMBER.committee, password_hash: await hashPassword(DEMO_PASSWORD), must_change_password: 0, locked_until: null, active: 1, last_login_at: null, created_at: now, updated_at: now }).execute();
    await trx.insertInto('role_assignments').values({ id: newId(), user_id: id, role: 'member', org_id: city.id, title: null, position: 0, created_at: now }).execute();
  });
}

/**
 * 演示市政协：a symposium of the city CPPCC at 冯南垣 (霍州市师庄乡) led by 张国强 with 周明远, whom they met
 * and what they heard — both members earn a 'visit' participation — and two published 经验交流 drawn from
 * 尧都区's 典型案例 (校车, 老年助餐). Through the use cases, as the city office, after the demo topics.
 */
export async function seedCityDemo(db: Db, now: Date = new Date()): Promise<void> {
  const k = db.kysely;
  await ensureCityMember(db, now.toISOString());
  const as = await seedContexts(db, ['city-office']);
  const point = await k.selectFrom('contact_points').select('id').where('name', 'like', '冯南垣%').executeTakeFirst();
  const members = await k.selectFrom('users').select(['id', 'username']).where('username', 'in', ['yaodu-chair', CITY_MEMBER.username]).execute();
  const idOf = (username: string) => members.find((m) => m.username === username)?.id ?? fail(`demo account ${username} is missing`);
  if (point) {
    const visitDay = new Date(now.getTime() - 24 * DAY);
    await recordVisit(as('city-office', new Date(visitDay.getTime() + 2 * DAY)), point.id, createVisitSchema.parse({
      date: dayInShanghai(visitDay),
      kind: 'symposium',
      title: '农村养老服务和人居环境整治专题座谈',
      leaderId: idOf('yaodu-chair'),
      memberIds: [idOf(CITY_MEMBER.username)],
      met: '冯南垣村党支部书记、村委会主任，师庄乡分管副乡长，村民代表 9 人（其中 70 岁以上老人 3 人）',
      opinions: [
        '1. 村里 60 岁以上老人占三成多，子女多在外务工，希望村里的日间照料中心能开伙，解决老人中午吃饭问题。',
        '2. 村内主街排水沟年久失修，雨季路面积水，希望纳入明年乡村建设项目。',
        '3. 垃圾收集点离部分农户较远，建议增设分类收集点并固定清运时间。',
        '4. 村民对“有事来商量”议事会认可度高，希望市县政协委员每季度来村里听一次意见。',
      ].join('\n'),
    }));
  }
  const topicOf = async (prefix: string) => (await k.selectFrom('topics').select('id').where('title', 'like', `${prefix}%`).executeTakeFirst())?.id;
  const bus = await topicOf('保障农村学生上下学交通安全');
  const meals = await topicOf('完善城乡老年助餐服务');
  const summaries = [
    {
      daysAgo: 20,
      title: '尧都区：“有事来商量”让农村学生上学路更安心',
      body: '尧都区政协把农村学生上下学交通安全列为年度协商议题，坚持“不调研不协商”，委员随车体验校车线路，走访学校、家长和运营企业，摸清了偏远村学生上学远、接送难、安全隐患多的问题。\n\n协商中采取会议协商与网络协商相结合的方式，教育、交通运输、公安交警等部门负责同志现场回应，网络议事厅汇集群众意见，形成“离校五公里以上学生全部纳入校车服务”“城乡公交开通学生专线”等共识。\n\n建议交办后，区政协跟踪问效，对办理结果不满意的一条建议退回重新办理，并组织民主评议。目前新增校车 12 辆、开通线路 9 条，覆盖学生 1460 人。\n\n经验启示：选题要贴近群众急难愁盼；调研要深入一线；协商要让部门当面回应、群众网上参与；成果要一抓到底、跟踪问效。',
      topicIds: [bus],
    },
    {
      daysAgo: 8,
      title: '以协商促落实：城乡老年助餐服务的尧都实践',
      body: '尧都区政协围绕区委点题的老年助餐服务开展专题协商。调研中委员走访城区助餐点和农村幸福食堂，梳理出助餐点布局不均、运营补贴不足、农村配送难等问题。\n\n协商形成的建议经区长批示，由民政局牵头制定城乡老年助餐实施方案，财政局明确运营补贴标准。区政协对批示落实事项逐项跟踪，建议全部办结。\n\n经验启示：党委政府点题、政协协商、领导批示、部门落实，形成了“点题—协商—批示—落实—评议”的工作闭环，可在各县（市、区）推广。',
      topicIds: [meals],
    },
  ];
  for (const s of summaries) {
    const at = new Date(now.getTime() - s.daysAgo * DAY);
    const draft = await createExperience(as('city-office', at), createExperienceSchema.parse({ title: s.title, body: s.body, topicIds: s.topicIds.filter((x): x is string => !!x) }));
    await setExperiencePublished(as('city-office', new Date(at.getTime() + 3_600_000)), draft.id, true, { version: draft.version });
  }
}

function fail(message: string): never {
  throw new Error(message);
}
