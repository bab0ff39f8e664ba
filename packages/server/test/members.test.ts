import type { ArchiveList, ArchiveView, CheckInResult, CheckinView, PointRulesView, TopicView } from '@shangliang/core';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approvedTopic, assignItem, consultingTopic, onlineRoom, step, topicWithOutcome } from './flow.js';
import { createTestApp, engines, type TestApp } from './harness.js';
import type { ErrorAnswer } from './support/answers.js';

const HOUR = 3_600_000;

describe.each(engines())('委员履职：签到、积分规则与履职档案（%s）', (engine) => {
  let t: TestApp;
  let office: string;
  let m1: string;
  let ids: Record<string, string>;
  beforeEach(async () => {
    t = await createTestApp(engine);
    office = await t.login('yaodu-office');
    m1 = await t.login('yaodu-member1');
    ids = Object.fromEntries(await Promise.all(['yaodu-member1', 'yaodu-member2', 'yaodu-member3', 'hongtong-member1'].map(async (u) => [u, await t.userId(u)])));
  });
  afterEach(async () => t.close());

  const participations = (userId: string) => t.db.kysely.selectFrom('participations').select(['kind', 'on_date', 'year', 'source_type']).where('user_id', '=', userId).orderBy('kind').execute();
  const research = async (title: string, date: string, memberIds: string[]): Promise<{ topicId: string; activityId: string }> => {
    const topic = await approvedTopic(t, title);
    const after = await step<TopicView>(t, office, 'POST', `/api/topics/${topic.id}/research-activities`, { date, place: '屯里镇', memberIds, findings: '实地查看了村道损坏情况。' }, 201);
    return { topicId: topic.id, activityId: after.researchActivities[0]!.id };
  };

  it('records participation from what the office enters: research, a recommendation and its adoption', async () => {
    await research('屯里镇村道修缮', '2026-11-20', [ids['yaodu-member1']!, ids['yaodu-member2']!]);
    const sent = await step<{ id: string }>(t, m1, 'POST', '/api/proposals', { source: 'member', category: 'livelihood', title: '关于增设社区老年食堂的建议', description: '老城区老年人就餐不便，建议在社区增设老年食堂。' }, 201);
    expect((await participations(ids['yaodu-member1']!)).map((p) => p.kind)).toEqual(['recommendation', 'research']);
    await step(t, office, 'POST', '/api/proposals/merge', { ids: [sent.id], topic: { title: '社区老年助餐', description: '社区老年助餐服务协商。', category: 'livelihood' } });
    const archive = await step<ArchiveView>(t, m1, 'GET', '/api/me/archive?year=2026');
    expect(archive.entries.map((e) => e.kind).sort()).toEqual(['recommendation', 'recommendation_adopted', 'research']);
    // Defaults: research 2, recommendation 2, adopted 5.
    expect(archive.score.total).toBe(9);
    expect(archive.score.requirements).toEqual([
      { key: 'activities', label: '参加活动', required: 3, actual: 1, met: false },
      { key: 'recommendations', label: '委员荐题', required: 1, actual: 1, met: true },
    ]);
    expect((await participations(ids['yaodu-member2']!)).map((p) => p.kind)).toEqual(['research']);
  });

  it('records a member’s online room, a follow-up, and the conversion of a suggestion of the topic they recommended', async () => {
    const { roomId } = await onlineRoom(t, '老旧小区加装电梯');
    await step(t, m1, 'POST', `/api/rooms/${roomId}/statements`, { text: '建议按楼栋征求意见，低层住户给予适当补偿。', idempotencyKey: 'members-room-1' }, 201);
    const { topicId, itemIds } = await topicWithOutcome(t, '乡村学校校车接送', ['增开校车线路']);
    const sent = await step<{ id: string }>(t, m1, 'POST', '/api/proposals', { source: 'member', category: 'livelihood', title: '关于开通乡村校车的建议', description: '金殿镇学生上学路远，建议开通校车。' }, 201);
    await step(t, office, 'POST', '/api/proposals/merge', { ids: [sent.id], topicId });
    await assignItem(t, itemIds[0]!, { leadDepartmentId: await t.orgId('尧都区交通运输局') });
    await step(t, office, 'POST', `/api/topics/${topicId}/follow-ups`, { kind: 'supervision', date: '2026-11-27', place: '金殿镇中心校', memberIds: [ids['yaodu-member2']], findings: '校车线路试运行。' }, 201);
    await step(t, office, 'POST', `/api/handling/items/${itemIds[0]}/conversion`, { conversion: 'decision', reference: '尧政办发〔2026〕12号' });
    expect((await participations(ids['yaodu-member1']!)).map((p) => p.kind)).toEqual(['recommendation', 'recommendation_adopted', 'room', 'suggestion_converted']);
    expect((await participations(ids['yaodu-member2']!)).map((p) => p.kind)).toEqual(['follow_up']);
    const archive = await step<ArchiveView>(t, m1, 'GET', '/api/me/archive?year=2026');
    // Defaults: recommendation 2, adopted 5, room 1, a conversion into a 党委政府决策 5.
    expect(archive.entries.find((e) => e.kind === 'suggestion_converted')).toMatchObject({ detail: '党委政府决策', points: 5 });
    expect(archive.score.total).toBe(13);
  });

  it('check-in: the office opens a code, a member checks in inside the window only, and the consultation counts once recorded', async () => {
    const topic = await consultingTopic(t, '城区停车难');
    const cid = topic.consultations[0]!.id;
    // The consultation starts 2026-11-25 09:00 Beijing time; the clock stands at 2026-11-28: move it back to the day before.
    t.clock.current = new Date('2026-11-24T01:00:00Z');
    const code = await step<CheckinView>(t, await t.login('yaodu-office'), 'POST', '/api/checkins', { activityType: 'consultation', activityId: cid });
    expect(code.code).toMatch(/^\d{6}$/);
    expect(code.path).toBe(`/console/checkin?code=${code.code}`);
    expect(await step<CheckinView>(t, await t.login('yaodu-office'), 'POST', '/api/checkins', { activityType: 'consultation', activityId: cid })).toMatchObject({ code: code.code });
    const early = await t.call<ErrorAnswer>(await t.login('yaodu-member1'), 'POST', '/api/checkin', { code: code.code });
    expect(early.status).toBe(409);
    expect(early.json.message).toContain('签到尚未开始');
    t.clock.current = new Date('2026-11-25T00:30:00Z');
    const member = await t.login('yaodu-member1');
    expect(await step<CheckInResult>(t, member, 'POST', '/api/checkin', { code: code.code })).toMatchObject({ already: false, topicTitle: '城区停车难' });
    expect(await step<CheckInResult>(t, member, 'POST', '/api/checkin', { code: code.code })).toMatchObject({ already: true });
    const hongtong = await t.login('hongtong-office');
    expect((await t.call(hongtong, 'POST', '/api/checkins', { activityType: 'consultation', activityId: cid })).status).toBe(403);
    expect((await t.call(hongtong, 'GET', `/api/checkins/consultation/${cid}`)).status).toBe(403);
    expect((await t.call(await t.login('yaodu-member1'), 'POST', '/api/checkins', { activityType: 'consultation', activityId: cid })).status).toBe(403);
    const other = await t.call<ErrorAnswer>(await t.login('hongtong-member1'), 'POST', '/api/checkin', { code: code.code });
    expect(other.status).toBe(403);
    expect((await t.call<ErrorAnswer>(member, 'POST', '/api/checkin', { code: '12ab' })).json.message).toContain('签到码为 6 位数字');
    const wrong = code.code === '000000' ? '000001' : '000000';
    expect((await t.call(member, 'POST', '/api/checkin', { code: wrong })).status).toBe(404);
    // Not counted until the consultation's record is entered.
    expect(await participations(ids['yaodu-member1']!)).toEqual([]);
    const officeNow = await t.login('yaodu-office');
    const seen = await step<TopicView>(t, officeNow, 'GET', `/api/topics/${topic.id}`);
    expect(seen.consultations[0]!.participants.find((p) => p.userId === ids['yaodu-member1'])).toMatchObject({ attended: true });
    await step(t, officeNow, 'POST', `/api/consultations/${cid}/record`, { attendedMemberIds: [ids['yaodu-member1']], opinions: [{ speaker: '刘芳', content: '建议错时开放机关停车场。' }], minutes: '会议记录……' });
    expect((await participations(ids['yaodu-member1']!)).map((p) => p.kind)).toEqual(['consultation', 'opinion']);
    t.clock.current = new Date('2026-11-25T06:00:00Z');
    const late = await t.call<ErrorAnswer>(await t.login('yaodu-member2'), 'POST', '/api/checkin', { code: code.code });
    expect(late.status).toBe(409);
    expect(late.json.message).toContain('签到已于');
  });

  it('the office corrects attendance, audited; another county cannot', async () => {
    const { activityId } = await research('乔李镇饮水安全', '2026-11-18', [ids['yaodu-member1']!]);
    const corrected = await step<TopicView>(t, office, 'PUT', `/api/attendance/research_activity/${activityId}`, { memberIds: [ids['yaodu-member3']], note: '刘芳因会议冲突未能到场，杨丽娟实际参加' });
    expect(corrected.researchActivities[0]!.members.map((m) => m.name)).toEqual(['杨丽娟']);
    expect(await participations(ids['yaodu-member1']!)).toEqual([]);
    expect((await participations(ids['yaodu-member3']!)).map((p) => p.kind)).toEqual(['research']);
    const audit = await t.db.kysely.selectFrom('audit_log').select(['summary']).where('action', '=', 'attendance.correct').execute();
    expect(audit[0]!.summary).toContain('增加 杨丽娟；去除 刘芳');
    const hongtong = await t.login('hongtong-office');
    expect((await t.call(hongtong, 'PUT', `/api/attendance/research_activity/${activityId}`, { memberIds: [], note: '越权更正' })).status).toBe(403);
    expect((await t.call(office, 'PUT', `/api/attendance/research_activity/${activityId}`, { memberIds: [ids['hongtong-member1']], note: '外县委员' })).status).toBe(400);
    expect((await t.call(office, 'PUT', `/api/attendance/research_activity/${activityId}`, { memberIds: [] })).status).toBe(400);
  });

  it('point rules: the county sets its year, caps apply, a closed year stays as it was when next year’s rules change', async () => {
    await research('2025年村道调研', '2025-06-10', [ids['yaodu-member1']!]);
    await research('2026年村道调研一', '2026-03-10', [ids['yaodu-member1']!]);
    await research('2026年村道调研二', '2026-04-10', [ids['yaodu-member1']!]);
    const rules = await step<PointRulesView>(t, office, 'GET', '/api/point-rules?year=2026');
    expect(rules).toMatchObject({ saved: false, closed: false, version: 0, actions: ['point_rules.update'] });
    const research3 = { ...rules.rules, rules: rules.rules.rules.map((r) => (r.kind === 'research' ? { ...r, points: 3, cap: 5 } : r)) };
    const saved = await step<PointRulesView>(t, office, 'PUT', '/api/point-rules', { countyId: await t.orgId('尧都区政协'), year: 2026, rules: research3, version: 0 });
    expect(saved).toMatchObject({ saved: true, version: 1 });
    expect((await t.call(office, 'PUT', '/api/point-rules', { countyId: await t.orgId('尧都区政协'), year: 2026, rules: research3, version: 0 })).status).toBe(409);
    expect((await step<ArchiveView>(t, m1, 'GET', '/api/me/archive?year=2026')).score.lines.find((l) => l.kind === 'research')).toMatchObject({ count: 2, raw: 6, cap: 5, points: 5 });
    // 2025 carries nothing over from 2026: the defaults apply until it is closed.
    const y2025 = await step<ArchiveView>(t, m1, 'GET', '/api/me/archive?year=2025');
    expect(y2025.score.total).toBe(2);
    expect((await t.call<ErrorAnswer>(office, 'POST', '/api/point-rules/close', { countyId: await t.orgId('尧都区政协'), year: 2026, version: 1 })).json.message).toBe('2026 年度尚未结束，不能结转');
    const closed = await step<PointRulesView>(t, office, 'POST', '/api/point-rules/close', { countyId: await t.orgId('尧都区政协'), year: 2025, version: 0 });
    expect(closed).toMatchObject({ closed: true, actions: [] });
    expect((await t.call(office, 'PUT', '/api/point-rules', { countyId: await t.orgId('尧都区政协'), year: 2025, rules: research3, version: closed.version })).status).toBe(409);
    const research10 = { ...rules.rules, rules: rules.rules.rules.map((r) => (r.kind === 'research' ? { ...r, points: 10, cap: null } : r)) };
    await step(t, office, 'PUT', '/api/point-rules', { countyId: await t.orgId('尧都区政协'), year: 2026, rules: research10, version: 1 });
    expect((await step<ArchiveView>(t, m1, 'GET', '/api/me/archive?year=2025')).score).toEqual(y2025.score);
    expect((await step<ArchiveView>(t, m1, 'GET', '/api/me/archive?year=2026')).score.total).toBe(20);
    const [activity2025] = await t.db.kysely.selectFrom('research_activities').select('id').where('date', '=', '2025-06-10').execute();
    expect((await t.call(office, 'PUT', `/api/attendance/research_activity/${activity2025!.id}`, { memberIds: [], note: '结转后更正' })).status).toBe(409);
    // Only the county's office changes its rules; the city reads them.
    const city = await t.login('city-office');
    expect((await t.call(city, 'GET', `/api/point-rules?year=2026&countyId=${await t.orgId('尧都区政协')}`)).status).toBe(200);
    expect((await t.call(city, 'PUT', '/api/point-rules', { countyId: await t.orgId('尧都区政协'), year: 2026, rules: research10, version: 2 })).status).toBe(403);
    expect((await t.call(await t.login('hongtong-office'), 'GET', `/api/point-rules?year=2026&countyId=${await t.orgId('尧都区政协')}`)).status).toBe(404);
    const bad = await t.call<ErrorAnswer>(office, 'PUT', '/api/point-rules', { countyId: await t.orgId('尧都区政协'), year: 2026, rules: { ...research10, rules: [{ kind: 'research', unit: '次', points: -1, cap: null }] }, version: 2 });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toContain('每单位分值不能为负数');
  });

  it('archives: the office lists, filters and exports its county; a member sees only their own; the city reads any', async () => {
    await research('村道调研', '2026-05-10', [ids['yaodu-member1']!, ids['yaodu-member2']!]);
    await research('饮水调研', '2026-06-10', [ids['yaodu-member1']!]);
    const list = await step<ArchiveList>(t, office, 'GET', '/api/archives?year=2026');
    expect(list.items[0]).toMatchObject({ member: { name: '刘芳' }, activities: 2, total: 4, meetsAll: false, missing: ['参加活动 2/3', '委员荐题 0/1'] });
    expect(list.total).toBe(5);
    expect(list.belowMinimum).toBe(5);
    expect(list.sectors).toContain('教育界');
    expect((await step<ArchiveList>(t, office, 'GET', `/api/archives?year=2026&sector=${encodeURIComponent('经济界')}`)).items.map((r) => r.member.name)).toEqual(['陈建军']);
    expect((await step<ArchiveList>(t, office, 'GET', '/api/archives?year=2026&sort=total_asc&pageSize=2')).items.map((r) => r.total)).toEqual([0, 0]);
    const res = await t.app.inject({ method: 'GET', url: '/api/archives/export.xlsx?year=2026', headers: { cookie: office } });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(6);
    expect(sheet.getRow(2).getCell(2).value).toBe('刘芳');
    expect((await t.call(m1, 'GET', `/api/members/${ids['yaodu-member2']}/archive?year=2026`)).status).toBe(404);
    expect((await t.call(m1, 'GET', '/api/archives?year=2026')).status).toBe(403);
    expect((await t.call(await t.login('hongtong-office'), 'GET', `/api/archives?year=2026&countyId=${await t.orgId('尧都区政协')}`)).status).toBe(403);
    expect((await t.call(await t.login('hongtong-office'), 'GET', `/api/members/${ids['yaodu-member1']}/archive?year=2026`)).status).toBe(404);
    const city = await t.login('city-office');
    expect((await step<ArchiveView>(t, city, 'GET', `/api/members/${ids['yaodu-member1']}/archive?year=2026`)).score.total).toBe(4);
    // The county's statistics score the same members: (4 + 2 + 0 + 0 + 0) / 5 points, all five below the minimums.
    const stats = await step<{ members: { active: number; averagePoints: number | null; belowMinimum: number | null } }>(t, office, 'GET', '/api/statistics?year=2026');
    expect(stats.members).toMatchObject({ active: 2, averagePoints: 1.2, belowMinimum: 5 });
    const wrong = await t.call<ErrorAnswer>(office, 'GET', '/api/archives?year=abc');
    expect(wrong.status).toBe(400);
    expect(wrong.json.message).toContain('年度');
  });
});
