import ExcelJS from 'exceljs';
import type { CityDashboardView, CountyStatisticsView, StatisticsThresholdsView } from '@shangliang/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, engines, type TestApp } from './harness.js';
import { huozhouFixture } from './statistics-fixture.js';
import type { ErrorAnswer } from './support/answers.js';

const n = (rows: readonly { key: string; n: number }[], key: string) => rows.find((r) => r.key === key)?.n;

describe.each(engines())('协商频次统计（%s）', (engine) => {
  let t: TestApp;
  afterEach(async () => t?.close());
  const app = async () => (t = await createTestApp(engine));

  it('counts a county’s year against the hand-computed fixture', async () => {
    await app();
    const f = await huozhouFixture(t);
    const res = await t.call<CountyStatisticsView>(await t.login('huozhou-office'), 'GET', '/api/statistics?year=2026');
    expect(res.status).toBe(200);
    const s = res.json;
    expect(s.county).toEqual({ id: f.countyId, name: '霍州市' });
    expect(s.period).toMatchObject({ label: '2026年', from: '2026-01-01', to: '2027-01-01' });
    // 2 research + 2 consultations held + 1 follow-up.
    expect(s.activities.total).toBe(5);
    expect(s.activities.byKind.map((r) => r.n)).toEqual([2, 2, 1]);
    expect([n(s.activities.byForm, 'meeting'), n(s.activities.byForm, 'online'), n(s.activities.byForm, 'onsite')]).toEqual([1, 0, 1]);
    expect([n(s.activities.byLevel, 'county'), n(s.activities.byLevel, 'township')]).toEqual([1, 1]);
    expect(s.activities.joint).toBe(1);
    expect(s.activities.plan).toEqual({ plans: 1, planned: 2, done: 1, share: 0.5 });
    expect(s.leaders).toEqual({ consultations: 2, attended: 1, share: 0.5 });
    // 师庄乡 had a consultation at its own station and one at 冯南垣村's: the other 6 of 7 townships are flagged.
    expect([s.places.townships, s.places.townshipsWithout, s.places.villages, s.places.villagesWithout]).toEqual([7, 6, 15, 14]);
    expect(s.places.rows.find((r) => r.name === '师庄乡')).toMatchObject({ consultations: 2, flagged: false });
    expect(s.places.rows.find((r) => r.name === '冯南垣村')).toMatchObject({ consultations: 1, flagged: false, parentName: '师庄乡' });
    expect(s.places.rows.find((r) => r.name === '白龙镇')).toMatchObject({ consultations: 0, flagged: true });
    expect(s.topics.topics).toBe(2);
    expect([n(s.topics.bySource, 'member'), n(s.topics.bySource, 'public'), n(s.topics.bySource, 'assigned'), n(s.topics.bySource, 'none')]).toEqual([1, 1, 0, 1]);
    expect([n(s.topics.byState, 'handling'), n(s.topics.byState, 'consulting')]).toEqual([1, 1]);
    expect(s.topics.proposals).toMatchObject({ received: 3, excluded: 1, merged: 2 });
    expect(n(s.topics.proposals.byReason, 'private_dispute')).toBe(1);
    const h = s.handling;
    // I1–I4 assigned in 2026 (I2's current round on 06-12); only I1 is answered in its round, on time after 57 days;
    // I2 and I4 are unanswered past due: 1 of 3 on time.
    expect([h.assigned, h.answered, h.onTime, h.overdueNow, h.onTimeRate, h.averageDaysToAnswer]).toEqual([4, 1, 1, 2, 0.3333, 57]);
    expect([h.rehandledItems, h.rehandlingRounds]).toEqual([1, 1]);
    expect([n(h.byResultClass, 'A'), n(h.byResultClass, 'B')]).toEqual([1, 0]);
    expect([n(h.byRating, 'satisfied'), n(h.byRating, 'unsatisfied')]).toEqual([1, 1]);
    expect(n(h.byConversion, 'decision')).toBe(1);
    expect(h.departments).toEqual([
      { departmentId: f.deptA, name: '霍州市交通运输局', items: 2, answered: 1, onTime: 1, onTimeRate: 0.5, overdueNow: 1, supervisions: 0 },
      { departmentId: f.deptB, name: '霍州市教育局', items: 2, answered: 0, onTime: 0, onTimeRate: 0, overdueNow: 1, supervisions: 1 },
    ]);
    expect(s.support).toEqual([{ departmentId: f.deptA, name: '霍州市交通运输局', byKind: expect.any(Array), total: 2 }]);
    expect(n(s.support[0]!.byKind, 'venue')).toBe(1);
    expect(s.members).toMatchObject({ active: 2, participations: 4 });
  });

  it('narrows to a quarter or a month, but flags places over the whole year', async () => {
    await app();
    await huozhouFixture(t);
    const cookie = await t.login('huozhou-office');
    const q1 = (await t.call<CountyStatisticsView>(cookie, 'GET', '/api/statistics?year=2026&quarter=1')).json;
    // Q1: research 01-05 and 02-10, C1 on 03-01; proposals and both topics of 2026 were created in Q1.
    expect(q1.activities.byKind.map((r) => r.n)).toEqual([2, 1, 0]);
    expect(q1.leaders).toEqual({ consultations: 1, attended: 1, share: 1 });
    expect(q1.places.townshipsWithout).toBe(6);
    expect(q1.members).toMatchObject({ active: 1, participations: 1 });
    const may = (await t.call<CountyStatisticsView>(cookie, 'GET', '/api/statistics?year=2026&month=5')).json;
    expect(may.period.label).toBe('2026年5月');
    expect(may.activities.total).toBe(1);
    expect(may.handling.assigned).toBe(0);
  });

  it('a county reads only its own statistics; members, departments and residents are refused', async () => {
    await app();
    const f = await huozhouFixture(t);
    const yaodu = await t.orgId('尧都区政协');
    const huozhou = await t.login('huozhou-office');
    const other = await t.call<ErrorAnswer>(huozhou, 'GET', `/api/statistics?year=2026&countyId=${yaodu}`);
    expect(other.status).toBe(403);
    expect(other.json.message).toMatch(/无权/);
    expect((await t.call(huozhou, 'GET', `/api/statistics/export.xlsx?year=2026&countyId=${yaodu}`)).status).toBe(403);
    expect((await t.call(huozhou, 'GET', '/api/statistics/city?year=2026')).status).toBe(403);
    expect((await t.call(huozhou, 'GET', '/api/statistics/thresholds')).status).toBe(403);
    for (const who of ['yaodu-member1', 'yaodu-dept-jt', 'yaodu-party']) {
      expect((await t.call(await t.login(who), 'GET', `/api/statistics?year=2026&countyId=${f.countyId}`)).status).toBe(403);
      expect((await t.call(await t.login(who), 'GET', '/api/statistics/city?year=2026')).status).toBe(403);
    }
    expect((await t.call(null, 'GET', '/api/statistics?year=2026')).status).toBe(401);
    const refused = await t.db.kysely.selectFrom('audit_log').select('summary').where('username', '=', 'huozhou-office').where('outcome', '=', 'refused').execute();
    expect(refused.length).toBeGreaterThanOrEqual(2);
  });

  it('the city office reads every county and the dashboard, but cannot change a county’s data', async () => {
    await app();
    const f = await huozhouFixture(t);
    const city = await t.login('city-office');
    const s = await t.call<CountyStatisticsView>(city, 'GET', `/api/statistics?year=2026&countyId=${f.countyId}`);
    expect(s.status).toBe(200);
    expect(s.json.activities.total).toBe(5);
    const d = await t.call<CityDashboardView>(city, 'GET', '/api/statistics/city?year=2026');
    expect(d.status).toBe(200);
    expect(d.json.counties).toHaveLength(17);
    expect(d.json.canSetThresholds).toBe(true);
    const huozhou = d.json.counties.find((c) => c.countyId === f.countyId)!;
    expect(huozhou).toMatchObject({ name: '霍州市', activities: 5, research: 2, consultations: 2, followUps: 1, leaderShare: 0.5, townships: 7, townshipsWithout: 6, onTimeRate: 0.3333, overdueNow: 2, membersActive: 2 });
    // The default minimum is 6 activities and 30 %: 霍州 is below the first; a county with nothing is below both.
    expect(huozhou.flags).toEqual(['few_activities']);
    expect(d.json.counties.find((c) => c.name === '古县')!.flags).toEqual(['few_activities', 'low_leader_share']);
    // Nothing has come due in 古县: no on-time rate (not 0 %).
    expect(d.json.counties.find((c) => c.name === '古县')!.onTimeRate).toBeNull();
    const topic = await t.call<ErrorAnswer>(city, 'PATCH', `/api/topics/${f.topicIds[1]}`, { title: '市政协改的标题', version: 1 });
    expect(topic.status).toBe(403);
    expect((await t.db.kysely.selectFrom('topics').select('title').where('id', '=', f.topicIds[1]!).executeTakeFirstOrThrow()).title).toBe('农村饮水安全');
    const xlsx = await t.app.inject({ method: 'GET', url: '/api/statistics/city/export.xlsx?year=2026', headers: { cookie: city } });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('全市协商统计')!;
    const row = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === '霍州市')!;
    expect([row.getCell(2).value, row.getCell(12).value]).toEqual([5, '年度协商活动次数低于最低要求']);
  });

  it('exports a county’s statistics as a workbook', async () => {
    await app();
    await huozhouFixture(t);
    const res = await t.app.inject({ method: 'GET', url: '/api/statistics/export.xlsx?year=2026', headers: { cookie: await t.login('huozhou-office') } });
    expect(res.statusCode).toBe(200);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('霍州市-2026年-协商统计.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['协商频次', '基层协商覆盖', '议题与选题', '建议办理', '部门支持', '委员履职']);
    const total = book.getWorksheet('协商频次')!.getRow(3);
    expect([total.getCell(1).value, total.getCell(2).value]).toEqual(['活动合计', 5]);
  });

  it('only the city office sets the thresholds, from the version it loaded, and the flags follow', async () => {
    await app();
    const f = await huozhouFixture(t);
    const city = await t.login('city-office');
    const before = await t.call<StatisticsThresholdsView>(city, 'GET', '/api/statistics/thresholds');
    expect(before.json).toEqual({ minActivities: 6, minLeaderShare: 0.3, version: 1 });
    for (const who of ['huozhou-office', 'admin', 'yaodu-member1']) {
      const res = await t.call<ErrorAnswer>(await t.login(who), 'PUT', '/api/statistics/thresholds', { minActivities: 1, minLeaderShare: 0, version: 1 });
      expect(res.status).toBe(403);
    }
    const bad = await t.call<ErrorAnswer>(city, 'PUT', '/api/statistics/thresholds', { minActivities: 5, minLeaderShare: 2, version: 1 });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toContain('最低比例不能超过 100%');
    const saved = await t.call<StatisticsThresholdsView>(city, 'PUT', '/api/statistics/thresholds', { minActivities: 5, minLeaderShare: 0.6, version: 1 });
    expect(saved.json).toEqual({ minActivities: 5, minLeaderShare: 0.6, version: 2 });
    expect((await t.call(city, 'PUT', '/api/statistics/thresholds', { minActivities: 4, minLeaderShare: 0.6, version: 1 })).status).toBe(409);
    const d = await t.call<CityDashboardView>(city, 'GET', '/api/statistics/city?year=2026');
    expect(d.json.counties.find((c) => c.countyId === f.countyId)!.flags).toEqual(['low_leader_share']);
    const audit = await t.db.kysely.selectFrom('audit_log').select('summary').where('action', '=', 'statistics.thresholds').execute();
    expect(audit).toHaveLength(1);
    // The city's handling settings share the scope and keep their own version.
    const settings = await t.call<{ version: number }>(city, 'GET', '/api/handling/settings');
    expect(settings.json.version).toBe(1);
    expect((await t.call(city, 'PUT', '/api/handling/settings', { deadlineDays: 60, returnWindowDays: 7, version: 1 })).status).toBe(200);
    expect((await t.call<StatisticsThresholdsView>(city, 'GET', '/api/statistics/thresholds')).json.version).toBe(2);
  });

  it('refuses bad input with a Chinese 4xx, never a 500', async () => {
    await app();
    const cookie = await t.login('city-office');
    const township = await t.orgId('师庄乡');
    const cases: [string, number, RegExp][] = [
      ['/api/statistics?year=abc', 400, /年份应为数字/],
      ['/api/statistics?year=2026&quarter=5', 400, /季度应为 1 至 4/],
      ['/api/statistics?year=2026&month=13', 400, /月份应为 1 至 12/],
      ['/api/statistics?year=2026&quarter=1&month=2', 400, /季度和月份只能选择其一/],
      ['/api/statistics?year=1999', 400, /年份不能早于/],
      ['/api/statistics?year=2026&foo=1', 400, /查询参数/],
      ['/api/statistics?year=2026&countyId=nope', 404, /不存在/],
      [`/api/statistics?year=2026&countyId=${township}`, 404, /不存在/],
      ['/api/statistics/city?year=abc', 400, /年份应为数字/],
      ['/api/statistics/export.xlsx?year=2026&quarter=0', 400, /季度/],
    ];
    for (const [url, status, message] of cases) {
      const res = await t.call<ErrorAnswer>(cookie, 'GET', url);
      expect([url, res.status]).toEqual([url, status]);
      expect(res.json.message).toMatch(message);
    }
  });
});
