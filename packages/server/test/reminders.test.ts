import type { NotificationKind } from '@shangliang/core';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { type Db, openDatabase } from '../src/db/database.js';
import { notify } from '../src/notifications/notify.js';
import { claimDeliveries } from '../src/repositories/notifications.repository.js';
import { assignItem, topicWithOutcome } from './flow.js';
import { createTestApp, engines, type TestApp } from './harness.js';
import { startSmtp } from './support/messaging.js';

type Smtp = Awaited<ReturnType<typeof startSmtp>>;
const DAY = 86_400_000;
/** 08:00:30 Beijing time of a day (00:00:30 UTC). */
const eightAm = (day: string) => new Date(`${day}T00:00:30.000Z`);
const beijingDay = (at: string) => new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 10);
const dayAfter = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

describe.each(engines())('到期提醒与投递：不丢、不重（%s）', (engine) => {
  let t: TestApp;
  let smtp: Smtp;
  let jt: string;
  const others: { app: FastifyInstance; db: Db | null }[] = [];
  beforeEach(async () => {
    smtp = await startSmtp();
    t = await createTestApp(engine, { app: { notifications: { mail: { url: smtp.url, from: 'zx@yaodu.example' } } } });
    jt = await t.orgId('尧都区交通运输局');
    await t.db.kysely.updateTable('users').set({ email: 'jt@yaodu.example' }).where('username', '=', 'yaodu-dept-jt').execute();
  });
  afterEach(async () => {
    for (const o of others.splice(0)) {
      await o.app.close();
      await o.db?.close();
    }
    await t.close();
    await smtp.close();
  });

  /** A second app server on the same database (PostgreSQL: its own connection pool), with the same clock. */
  const secondServer = async (): Promise<FastifyInstance> => {
    const db = engine === 'postgres' ? openDatabase({ url: t.db.url!, sqliteFile: '' }) : null;
    const app = await buildApp({ db: db ?? t.db, now: t.clock.now, logLevel: 'silent', uploadsDir: t.uploadsDir, sweepEveryMs: 0, notifications: { mail: { url: smtp.url, from: 'zx@yaodu.example' }, deliverEveryMs: 0, scheduleEveryMs: 0, worker: 'server-b' } });
    await app.ready();
    others.push({ app, db });
    return app;
  };
  const reminders = async () =>
    t.db.kysely.selectFrom('notifications').select(['kind', 'subject_id', 'created_at', 'user_id']).where('kind', 'in', ['item_due_soon', 'item_due_tomorrow', 'item_overdue']).orderBy('created_at').execute();

  it('over a simulated month: 即将到期 once, 明日到期 once, 逾期 weekly; a downtime is caught up; an answered item stops; twice a day sends nothing twice', async () => {
    const { itemIds: [a, b, c] } = await topicWithOutcome(t, '师庄乡村级道路养护', ['修缮塌陷路段', '疏通排水沟', '完善校车停靠点']);
    await assignItem(t, a!, { leadDepartmentId: jt, dueOn: '2026-12-08' });
    await assignItem(t, b!, { leadDepartmentId: jt, dueOn: '2026-12-12' });
    await assignItem(t, c!, { leadDepartmentId: jt, dueOn: '2026-12-06' });
    const down = new Set(['2026-12-04', '2026-12-05', '2026-12-06']);
    const ranOn: string[] = [];
    for (let i = 1; i <= 30; i++) {
      const day = dayAfter('2026-11-28', i);
      if (day === '2026-12-03') {
        t.clock.current = new Date(`${day}T02:00:00Z`);
        const dept = await t.login('yaodu-dept-jt');
        expect((await t.call(dept, 'POST', `/api/handling/items/${c}/feedback`, { text: '校车停靠点已完善，已投入使用。', resultClass: 'A', responsible: '孙立新', contact: '13935711021' })).status).toBe(200);
      }
      if (down.has(day)) continue;
      // At 07:59 the day's run is not due: only a missed yesterday (after the downtime) is caught up.
      t.clock.current = new Date(eightAm(day).getTime() - 60_000);
      const early = await t.app.notifications.runSchedule();
      expect([early.day, early.ran]).toEqual([dayAfter(day, -1), i === 1 || down.has(dayAfter(day, -1))]);
      t.clock.current = eightAm(day);
      const run = await t.app.notifications.runSchedule();
      if (run.ran) ranOn.push(run.day);
      expect((await t.app.notifications.runSchedule()).ran).toBe(false);
    }
    expect(ranOn).toHaveLength(27);
    const deptUser = await t.userId('yaodu-dept-jt');
    const name = (id: string) => (id === a ? 'A' : id === b ? 'B' : 'C');
    const got = (await reminders()).filter((r) => r.user_id === deptUser).map((r) => `${beijingDay(r.created_at)} ${r.kind} ${name(r.subject_id)}`);
    expect(got).toEqual([
      '2026-11-29 item_due_soon C', // C is due 12-06: 7 days before
      '2026-12-01 item_due_soon A', // A is due 12-08
      '2026-12-07 item_due_soon B', // B is due 12-12: its 7th day before fell in the downtime, caught up at 07:59 on restart
      '2026-12-07 item_due_tomorrow A',
      '2026-12-09 item_overdue A', // C was answered on 12-03: nothing more for it
      '2026-12-11 item_due_tomorrow B',
      '2026-12-13 item_overdue B',
      '2026-12-16 item_overdue A',
      '2026-12-20 item_overdue B',
      '2026-12-23 item_overdue A',
      '2026-12-27 item_overdue B',
    ].map((line) => line.replace(/ +\/\/.*$/, '')));
    // 逾期 also reaches the county office's bell.
    expect((await reminders()).filter((r) => r.user_id !== deptUser).map((r) => r.kind)).toEqual(Array(6).fill('item_overdue'));
    // Each went to the department's bell and mailbox; nothing twice.
    await t.app.notifications.deliverNow();
    expect(smtp.mails.filter((m) => /X-Shangliang-Key:\s+remind:/.test(m.raw))).toHaveLength(11);
  });

  it('two app servers: the day\'s run is taken by exactly one, and every delivery is sent by exactly one worker', async () => {
    const { itemIds } = await topicWithOutcome(t, '校车接送路线调整', ['增设东羊村停靠点', '错峰发车', '更换老旧校车', '配备随车照管员']);
    for (const [i, id] of itemIds.entries()) await assignItem(t, id, { leadDepartmentId: jt, dueOn: dayAfter('2026-12-01', i) });
    const b = await secondServer();
    t.clock.current = eightAm('2026-11-29');
    const runs = await Promise.all([t.app.notifications.runSchedule(), b.notifications.runSchedule(), t.app.notifications.runSchedule(), b.notifications.runSchedule()]);
    expect(runs.filter((r) => r.ran)).toHaveLength(1);
    expect((await reminders()).map((r) => r.kind as NotificationKind)).toHaveLength(4);
    // 4 交办 mails and 4 reminders in the outbox; both servers' workers at once deliver each once.
    await Promise.all([t.app.notifications.deliverNow(), b.notifications.deliverNow(), t.app.notifications.deliverNow(), b.notifications.deliverNow()]);
    const keys = smtp.mails.map((m) => /X-Shangliang-Key:\s+(\S+)/.exec(m.raw)![1]!);
    expect(keys).toHaveLength(8);
    expect(new Set(keys).size).toBe(8);
  });

  it('a worker killed mid-delivery loses nothing: its deliveries are taken over after the lease, and sent once', async () => {
    const { itemIds: [id] } = await topicWithOutcome(t, '背街小巷路灯', ['更换损坏路灯']);
    await assignItem(t, id!, { leadDepartmentId: jt });
    // A worker takes the mail and the SMS (the handler's phone is on the account) and dies before sending them.
    const taken = await claimDeliveries(t.db.kysely, t.db.engine, { now: t.clock.now().toISOString(), leaseUntil: new Date(t.clock.now().getTime() + 120_000).toISOString(), worker: 'killed', limit: 10 });
    expect(taken.map((d) => d.channel).sort()).toEqual(['email', 'sms']);
    expect(await t.app.notifications.deliverNow()).toEqual({ sent: 0, retried: 0, failed: 0 });
    t.clock.advance(121_000);
    expect(await t.app.notifications.deliverNow()).toEqual({ sent: 2, retried: 0, failed: 0 });
    expect(await t.app.notifications.deliverNow()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.mails).toHaveLength(1);
    const row = await t.db.kysely.selectFrom('notification_deliveries').select(['state', 'attempts', 'worker']).where('channel', '=', 'email').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'sent', attempts: 2 });
    expect(row.worker).not.toBe('killed');
  });

  it('an event whose transaction rolls back sends nothing', async () => {
    const { itemIds: [id] } = await topicWithOutcome(t, '农村饮水安全', ['更换老化供水管网']);
    const item = await t.db.kysely.selectFrom('handling_items').select(['county_id']).where('suggestion_id', '=', id!).executeTakeFirstOrThrow();
    const before = await t.db.kysely.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await expect(
      t.db.kysely.transaction().execute(async (trx) => {
        await notify(trx, t.clock.now(), null, { kind: 'item_assigned', key: 'rollback-test', subject: { type: 'handling_item', id: id! }, link: null, facts: { topic: '农村饮水安全', seq: 1, dueOn: '2027-03-01' }, anchors: { countyId: item.county_id, item: { leadDeptId: jt, coDeptIds: [] } } });
        expect((await trx.selectFrom('notifications').select('id').where('dedup_key', 'like', 'rollback-test:%').execute()).length).toBe(1);
        throw new Error('交办失败，回滚');
      }),
    ).rejects.toThrow('交办失败，回滚');
    const after = await t.db.kysely.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect(await t.db.kysely.selectFrom('notification_deliveries').select('id').where('dedup_key', 'like', 'rollback-test:%').execute()).toEqual([]);
    expect(await t.app.notifications.deliverNow()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.mails).toHaveLength(0);
  });

  it('at start-up the server catches up the day it missed', async () => {
    const { itemIds: [id] } = await topicWithOutcome(t, '村级道路养护', ['修缮塌陷路段']);
    await assignItem(t, id!, { leadDepartmentId: jt, dueOn: '2026-12-01' });
    t.clock.current = new Date('2026-11-30T03:00:00Z'); // 11:00 Beijing: the 08:00 run was missed (server down)
    const db = engine === 'postgres' ? openDatabase({ url: t.db.url!, sqliteFile: '' }) : null;
    const app = await buildApp({ db: db ?? t.db, now: t.clock.now, logLevel: 'silent', uploadsDir: t.uploadsDir, sweepEveryMs: 0, notifications: { deliverEveryMs: 0, scheduleEveryMs: 3_600_000 } });
    others.push({ app, db });
    await app.ready();
    for (let i = 0; i < 50 && !(await reminders()).length; i++) await new Promise((r) => setTimeout(r, 100));
    expect((await reminders()).map((r) => r.kind)).toEqual(['item_due_tomorrow']);
  });
});
