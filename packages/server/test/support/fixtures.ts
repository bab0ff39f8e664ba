import { randomUUID } from 'node:crypto';
import { insertRoom } from '../../src/repositories/rooms.repository.js';
import { seedHandlingDemo } from '../../src/seed/seed-handling-demo.js';
import { seedTopicsDemo } from '../../src/seed/seed-topics-demo.js';
import type { TestApp } from '../harness.js';

/** The demo year (topics, proposals, handling) on top of the harness's organisations and accounts. */
export async function seedDemoYear(t: TestApp): Promise<void> {
  await seedTopicsDemo(t.db, t.clock.now());
  await seedHandlingDemo(t.db, t.clock.now());
}

/** A multipart body with one file. */
export function multipartBody(filename: string, type: string, content: string): { payload: Buffer; contentType: string } {
  const boundary = 'slFixture7MA4YWxkTrZu0gW';
  const payload = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n${content}\r\n--${boundary}--\r\n`);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * For each route path with an `{id}`, the id of one 尧都区 record of the right kind (the first match by
 * prefix wins). Contact points are the city's, so 冯南垣 (霍州市) stands for them.
 */
/** Opens a members-only room on a topic of the county, as the office would after scheduling a 网络协商. */
async function membersRoom(t: TestApp, topicId: string, countyId: string): Promise<string> {
  const id = randomUUID();
  const at = t.clock.now().toISOString();
  await insertRoom(t.db.kysely, { id, topic_id: topicId, consultation_id: null, county_id: countyId, title: '委员网络议事', background: null, opens_at: at, closes_at: new Date(t.clock.now().getTime() + 7 * 86_400_000).toISOString(), closed_at: null, audience: 'members', moderation: 'post', allow_statements: 1, min_votes: 7, created_at: at, updated_at: at, updated_by: null });
  return id;
}

export async function yaoduRecordIds(t: TestApp): Promise<[prefix: string, id: string][]> {
  const k = t.db.kysely;
  const yaodu = await t.orgId('尧都区政协');
  const first = async (q: Promise<{ id: string } | undefined>, what: string): Promise<string> => {
    const row = await q;
    if (!row) throw new Error(`演示数据中没有${what}`);
    return row.id;
  };
  const member = await t.login('yaodu-member1');
  const { payload, contentType } = multipartBody('现场照片说明.txt', 'text/plain', '东羊村道路现场');
  const up = await t.app.inject({ method: 'POST', url: '/api/attachments', headers: { cookie: member, 'content-type': contentType, 'x-shangliang-request': '1' }, payload });
  const attachmentId = up.json().id as string;
  const rec = await t.call(member, 'POST', '/api/proposals', { source: 'member', category: 'livelihood', title: '东羊村通村道路破损', description: '道路破损严重，附现场照片。请尽快修缮。', attachmentIds: [attachmentId] });
  if (rec.status !== 201) throw new Error(`荐题失败 ${rec.status}`);
  const duancun = await first(k.selectFrom('contact_points').select('id').where('name', 'like', '段村%').executeTakeFirst(), '联系点段村');
  const itemTopic = await first(k.selectFrom('handling_items').select('topic_id as id').where('county_id', '=', yaodu).executeTakeFirst(), '尧都区办件');
  return [
    ['/api/handling/topics/{id}', itemTopic],
    ['/api/handling/items/{id}', await first(k.selectFrom('handling_items').select('suggestion_id as id').where('county_id', '=', yaodu).executeTakeFirst(), '尧都区办件')],
    ['/api/topics/{id}', itemTopic],
    ['/api/proposals/{id}', rec.json.id as string],
    ['/api/consultations/{id}', await first(k.selectFrom('consultations as c').innerJoin('topics as t', 't.id', 'c.topic_id').select('c.id').where('t.county_id', '=', yaodu).executeTakeFirst(), '尧都区协商活动')],
    ['/api/instruction-actions/{id}', await first(k.selectFrom('instruction_actions as a').innerJoin('instructions as i', 'i.id', 'a.instruction_id').innerJoin('topics as t', 't.id', 'i.topic_id').select('a.id').where('t.county_id', '=', yaodu).executeTakeFirst(), '尧都区批示落实事项')],
    ['/api/users/{id}', await t.userId('yaodu-member2')],
    ['/api/orgs/{id}', yaodu],
    ['/api/venues/{id}', await first(k.selectFrom('venues').select('id').where('county_id', '=', yaodu).executeTakeFirst(), '尧都区活动场所')],
    // The city's visits at 段村 (county not known: no county office reads them) and a draft 经验交流 (the city office's alone).
    ['/api/contact-points/{id}/visits', duancun],
    ['/api/contact-point-visits/{id}', await cityVisit(t, duancun)],
    ['/api/experiences/{id}', await draftExperience(t)],
    ['/api/contact-points/{id}', await first(k.selectFrom('contact_points').select('id').where('name', 'like', '冯南垣%').executeTakeFirst(), '联系点冯南垣')],
    ['/api/plans/{id}', await first(k.selectFrom('plans').select('id').where('county_id', '=', yaodu).executeTakeFirst(), '尧都区年度计划')],
    ['/api/attachments/{id}', attachmentId],
    // A members-only 网络协商 room: hidden from other counties (public rooms are for everyone).
    ['/api/rooms/{id}', await membersRoom(t, itemTopic, yaodu)],
    // A 公文 of a 尧都区 topic (its 协商建议), issued by the county office.
    ['/api/documents/{id}', await issuedDocument(t, itemTopic)],
    // A 尧都区 department's notification (its own only) and an e-mail or SMS of 尧都区's outbox (its office's log).
    ['/api/notifications/deliveries/{id}', await first(k.selectFrom('notification_deliveries').select('id').where('county_id', '=', yaodu).executeTakeFirst(), '尧都区发送记录')],
    // A 尧都区 近义词组, kept by its office.
    ['/api/thesaurus/groups/{id}', await thesaurusGroup(t)],
    ['/api/notifications/{id}', await first(k.selectFrom('notifications').select('id').where('user_id', '=', await t.userId('yaodu-dept-jt')).executeTakeFirst(), '尧都区承办单位的消息')],
  ];
}

/** A visit of the city office at a contact point, led by the city member 张国强 (yaodu-chair); answers its id. */
async function cityVisit(t: TestApp, contactPointId: string): Promise<string> {
  const office = await t.login('city-office');
  const body = { date: '2026-11-20', kind: 'research', title: '联系点调研', leaderId: await t.userId('yaodu-chair'), memberIds: [], met: '村干部和村民代表', opinions: '村民希望改善村内道路。' };
  const res = await t.call(office, 'POST', `/api/contact-points/${contactPointId}/visits`, body);
  if (res.status !== 201) throw new Error(`记录走访失败 ${res.status}`);
  return res.json.id as string;
}

/** Issues the 协商建议 of a 尧都区 topic with its prefilled fields, as the county office; answers the document's id. */
async function issuedDocument(t: TestApp, topicId: string): Promise<string> {
  const office = await t.login('yaodu-office');
  const preview = await t.call(office, 'GET', `/api/topics/${topicId}/documents/suggestions/preview`);
  const res = await t.call(office, 'POST', `/api/topics/${topicId}/documents/suggestions`, preview.json.fields);
  if (res.status !== 201) throw new Error(`印发公文失败 ${res.status}`);
  return res.json.id as string;
}

/** A 近义词组 of 尧都区, added by its office; answers its id. */
async function thesaurusGroup(t: TestApp): Promise<string> {
  const res = await t.call(await t.login('yaodu-office'), 'POST', '/api/thesaurus/groups', { head: '晒场', words: ['麦场', '打谷场'] });
  if (res.status !== 201) throw new Error(`新增近义词组失败 ${res.status}`);
  return res.json.id as string;
}

/** A draft 经验交流 of the city office; answers its id. */
async function draftExperience(t: TestApp): Promise<string> {
  const res = await t.call(await t.login('city-office'), 'POST', '/api/experiences', { title: '经验交流草稿', body: '这是一篇尚未发布的经验交流草稿，只有市政协办公室可以看到。', topicIds: [] });
  if (res.status !== 201) throw new Error(`撰写经验交流失败 ${res.status}`);
  return res.json.id as string;
}

/** The 尧都区 record id for a route path, or undefined when the path has no id we know. */
export const idFor = (ids: readonly [string, string][], path: string): string | undefined => ids.find(([prefix]) => path.startsWith(prefix))?.[1];
