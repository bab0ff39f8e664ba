import type { DeliveryView, NotificationPage, NotificationSettingsView, Page } from '@shangliang/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignItem, residentProposal, topicWithOutcome } from './flow.js';
import { createTestApp, engines, type TestApp } from './harness.js';
import type { ErrorAnswer } from './support/answers.js';
import { mailText, startSmsGateway, startSmtp } from './support/messaging.js';

type Smtp = Awaited<ReturnType<typeof startSmtp>>;
type Gateway = Awaited<ReturnType<typeof startSmsGateway>>;

describe.each(engines())('消息通知：站内、邮件、短信（%s）', (engine) => {
  let t: TestApp;
  let smtp: Smtp;
  let sms: Gateway;
  let jt: string;
  beforeEach(async () => {
    smtp = await startSmtp();
    sms = await startSmsGateway();
    t = await createTestApp(engine, { app: { notifications: { mail: { url: smtp.url, from: '尧都区政协 <zx@yaodu.example>' }, sms: { provider: 'http', url: sms.url, token: 'gw-token', sign: '【尧都政协】', templates: { item_assigned: 'SMS_0001' } }, publicUrl: 'https://zx.example.cn' } } });
    jt = await t.orgId('尧都区交通运输局');
    // The department's handler has an e-mail and a phone on the account.
    await t.db.kysely.updateTable('users').set({ email: 'jt@yaodu.example', phone: '13935710001' }).where('username', '=', 'yaodu-dept-jt').execute();
  });
  afterEach(async () => {
    await t.close();
    await smtp.close();
    await sms.close();
  });

  const bell = async (cookie: string) => (await t.call<NotificationPage>(cookie, 'GET', '/api/notifications')).json;

  it('交办 reaches the lead department in the bell, by e-mail and by SMS, once', async () => {
    const { itemIds: [id] } = await topicWithOutcome(t, '师庄乡村级道路养护', ['建立村道日常养护长效机制']);
    await assignItem(t, id!, { leadDepartmentId: jt, dueOn: '2027-02-26' });
    const dept = await t.login('yaodu-dept-jt');
    const mine = await bell(dept);
    expect(mine.unread).toBe(1);
    expect(mine.items[0]).toMatchObject({ kind: 'item_assigned', kindLabel: '建议交办', title: '【交办】“师庄乡村级道路养护”第 1 条建议', link: `/console/handling/items/${id}`, readAt: null });
    expect(mine.items[0]!.body).toContain('办理期限至 2027-02-26');
    // Nothing leaves before the worker runs; then each channel once.
    expect([smtp.mails.length, sms.messages.length]).toEqual([0, 0]);
    expect(await t.app.notifications.deliverNow()).toEqual({ sent: 2, retried: 0, failed: 0 });
    expect(await t.app.notifications.deliverNow()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.to).toEqual(['jt@yaodu.example']);
    expect(smtp.mails[0]!.from).toBe('zx@yaodu.example');
    const text = mailText(smtp.mails[0]!.raw);
    expect(text).toContain('已交由贵单位办理，办理期限至 2027-02-26');
    expect(text).toContain(`https://zx.example.cn/console/handling/items/${id}`);
    expect(sms.messages).toEqual([expect.objectContaining({ phone: '13935710001', sign: '【尧都政协】', templateId: 'SMS_0001', authorization: 'Bearer gw-token' })]);
    expect(sms.messages[0]!.content).toMatch(/^【尧都政协】“师庄乡村级道路养护”第 1 条建议已交由贵单位办理/);
    // The office that assigned it is not told of its own act; the office sees the log.
    const office = await t.login('yaodu-office');
    expect((await bell(office)).unread).toBe(0);
    const log = await t.call<Page<DeliveryView>>(office, 'GET', '/api/notifications/deliveries');
    expect(log.json.items.map((d) => [d.channel, d.state, d.address])).toEqual(expect.arrayContaining([['email', 'sent', 'jt@yaodu.example'], ['sms', 'sent', '139****0001']]));
  });

  it('the bell: unread count, mark one read, mark all read; another account\'s notification is not found', async () => {
    const { itemIds } = await topicWithOutcome(t, '校车接送路线调整', ['增设东羊村停靠点', '错峰发车']);
    for (const id of itemIds) await assignItem(t, id, { leadDepartmentId: jt });
    const dept = await t.login('yaodu-dept-jt');
    const mine = await bell(dept);
    expect(mine.unread).toBe(2);
    expect((await t.call(dept, 'GET', '/api/notifications/unread-count')).json).toEqual({ unread: 2 });
    expect((await t.call(dept, 'POST', `/api/notifications/${mine.items[0]!.id}/read`, {})).json).toEqual({ unread: 1 });
    expect((await t.call<NotificationPage>(dept, 'GET', '/api/notifications?unread=true')).json.items).toHaveLength(1);
    const other = await t.call<ErrorAnswer>(await t.login('yaodu-office'), 'POST', `/api/notifications/${mine.items[1]!.id}/read`, {});
    expect([other.status, other.json.message]).toEqual([404, '消息不存在或无权查看']);
    expect((await t.call(dept, 'POST', '/api/notifications/read-all', {})).json).toEqual({ unread: 0 });
    expect((await t.call(null, 'GET', '/api/notifications')).status).toBe(401);
  });

  it('preferences: a handler who turns SMS off for 交办 gets mail only; a bad e-mail is a 400 in Chinese', async () => {
    const dept = await t.login('yaodu-dept-jt');
    const before = (await t.call<NotificationSettingsView>(dept, 'GET', '/api/me/notification-settings')).json;
    expect(before).toMatchObject({ email: 'jt@yaodu.example', phone: '139****0001', available: { email: true, sms: true } });
    expect(before.kinds.find((k) => k.kind === 'item_assigned')).toMatchObject({ label: '建议交办', channels: ['in_app', 'email', 'sms'] });
    const bad = await t.call<ErrorAnswer>(dept, 'PUT', '/api/me/notification-settings', { email: 'jt@', kinds: {} });
    expect([bad.status, bad.json.message]).toEqual([400, '请求内容不符合要求：电子邮箱格式不正确']);
    const saved = await t.call<NotificationSettingsView>(dept, 'PUT', '/api/me/notification-settings', { email: 'jt2@yaodu.example', kinds: { item_assigned: ['email'] } });
    expect(saved.status).toBe(200);
    expect(saved.json.kinds.find((k) => k.kind === 'item_assigned')!.channels).toEqual(['in_app', 'email']);
    const { itemIds: [id] } = await topicWithOutcome(t, '农村饮水安全', ['更换老化供水管网']);
    await assignItem(t, id!, { leadDepartmentId: jt });
    await t.app.notifications.deliverNow();
    expect(smtp.mails.map((m) => m.to[0])).toEqual(['jt2@yaodu.example']);
    expect(sms.messages).toEqual([]);
    expect((await bell(dept)).unread).toBe(1);
  });

  it('a gateway failure is retried with backoff and recorded; the office resends a failed one; another county sees none of the log', async () => {
    const { itemIds: [id] } = await topicWithOutcome(t, '背街小巷路灯', ['更换损坏路灯']);
    sms.failNext(100);
    await assignItem(t, id!, { leadDepartmentId: jt });
    expect(await t.app.notifications.deliverNow()).toEqual({ sent: 1, retried: 1, failed: 0 });
    // Sessions idle out as the clock moves on: the office signs in for each look.
    const row = async () => (await t.call<Page<DeliveryView>>(await t.login('yaodu-office'), 'GET', '/api/notifications/deliveries?channel=sms')).json.items[0]!;
    expect(await row()).toMatchObject({ state: 'pending', attempts: 1, lastError: expect.stringContaining('短信网关返回 500') });
    // Not before the wait: 1 min, 5 min, 30 min, 2 h, 6 h; after the sixth attempt it fails for good.
    expect((await t.app.notifications.deliverNow()).retried).toBe(0);
    for (const wait of [1, 5, 30, 120, 360]) {
      t.clock.advance(wait * 60_000);
      await t.app.notifications.deliverNow();
    }
    const failed = await row();
    expect(failed).toMatchObject({ state: 'failed', stateLabel: '发送失败', attempts: 6, actions: ['notification.resend'] });
    expect(sms.messages).toEqual([]);
    const hongtong = await t.login('hongtong-office');
    expect((await t.call<Page<DeliveryView>>(hongtong, 'GET', '/api/notifications/deliveries')).json.total).toBe(0);
    expect((await t.call(hongtong, 'POST', `/api/notifications/deliveries/${failed.id}/resend`, {})).status).toBe(404);
    expect((await t.call(await t.login('yaodu-dept-jt'), 'GET', '/api/notifications/deliveries')).status).toBe(403);
    sms.failNext(0);
    const office2 = await t.login('yaodu-office');
    expect((await t.call<DeliveryView>(office2, 'POST', `/api/notifications/deliveries/${failed.id}/resend`, {})).json).toMatchObject({ state: 'pending', attempts: 0 });
    await t.app.notifications.deliverNow();
    expect(sms.messages).toHaveLength(1);
  });

  it('a resident who left a phone and agreed gets an SMS with the 查询码 when the proposal is screened; one who did not, none', async () => {
    const yes = await residentProposal(t, { smsConsent: true, idempotencyKey: 'key-sms-yes-0001' });
    const no = await residentProposal(t, { phone: '13812340000', idempotencyKey: 'key-sms-no-00001' });
    const office = await t.login('yaodu-office');
    expect((await t.call(office, 'POST', '/api/proposals/screen', { ids: [yes.id, no.id], decision: 'accept' })).status).toBe(200);
    await t.app.notifications.deliverNow();
    expect(sms.messages.map((m) => m.phone)).toEqual(['13812345678']);
    expect(sms.messages[0]!.content).toContain(`查询码 ${yes.code}`);
    expect(sms.messages[0]!.content).toContain('已通过初筛');
  });

  it('a consultation invites its members and departments; its room opening reaches the invited members', async () => {
    const { approvedTopic, reportResearch } = await import('./flow.js');
    const topic = await approvedTopic(t, '城中村停车难');
    await reportResearch(t, topic.id, '城中村停车难');
    const office = await t.login('yaodu-office');
    const m1 = await t.userId('yaodu-member1');
    const res = await t.call(office, 'POST', `/api/topics/${topic.id}/consultations`, { form: 'meeting', level: 'county', startsAt: '2026-12-10T09:30:00+08:00', venueText: '区政协三楼会议室', memberIds: [m1], departments: [{ orgId: jt }], companionRoom: true });
    expect(res.status).toBe(201);
    const member = (await bell(await t.login('yaodu-member1'))).items;
    expect(member.map((n) => n.kind).sort()).toEqual(['consultation_invited', 'room_opened']);
    const invite = member.find((n) => n.kind === 'consultation_invited')!;
    expect(invite.body).toBe('定于 2026年12月10日 09:30 在区政协三楼会议室就“城中村停车难”开展协商，敬请准时参加。');
    expect(invite.link).toBe(`/console/topics/${topic.id}`);
    const dept = (await bell(await t.login('yaodu-dept-jt'))).items;
    expect(dept.map((n) => n.kind)).toEqual(['consultation_invited']);
    // The member took part (invited), so the topic's later stage changes reach them too.
    expect(member.every((n) => n.kind !== 'topic_stage')).toBe(true);
  });
});
