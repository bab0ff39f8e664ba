import type { AuditEntryView, Page, WorkbenchView } from '@shangliang/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, engines, type TestApp } from './harness.js';

describe.each(engines())('操作日志与工作台（%s）', (engine) => {
  let t: TestApp;
  // Each test: a day's trail — two townships created, one refused, one failed login.
  beforeEach(async () => {
    t = await createTestApp(engine);
    const yaodu = await t.login('yaodu-office');
    await t.call(yaodu, 'POST', '/api/orgs', { parentId: await t.orgId('尧都区政协'), kind: 'township', name: '河底乡' });
    await t.call(yaodu, 'POST', '/api/orgs', { parentId: await t.orgId('洪洞县政协'), kind: 'township', name: '越权乡' });
    const hongtong = await t.login('hongtong-office');
    await t.call(hongtong, 'POST', '/api/orgs', { parentId: await t.orgId('洪洞县政协'), kind: 'township', name: '龙马乡' });
    await t.call(null, 'POST', '/api/auth/login', { username: 'yaodu-office', password: 'bad' });
  });
  afterEach(async () => t.close());

  it('records writes, logins, failed logins and refusals with who, role, organisation, IP and time', async () => {
    const admin = await t.login('admin');
    const res = await t.call<Page<AuditEntryView>>(admin, 'GET', '/api/audit?pageSize=100');
    expect(res.status).toBe(200);
    const actions = res.json.items.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['auth.login', 'organisation.create', 'access.refused', 'auth.login_failed']));
    const create = res.json.items.find((e) => e.action === 'organisation.create' && e.username === 'yaodu-office');
    expect(create).toMatchObject({ role: 'county_office', roleLabel: '政协办公室', orgName: '尧都区政协', actionLabel: '新建组织', outcome: 'ok', ip: '127.0.0.1' });
    expect(create?.summary).toBe('名称：河底乡；类型：乡镇（街道）；上级：尧都区政协');
    const refused = res.json.items.find((e) => e.action === 'access.refused');
    expect(refused?.outcome).toBe('refused');
  });

  it('filters by action, user and outcome, newest first, paged', async () => {
    const admin = await t.login('admin');
    const res = await t.call<Page<AuditEntryView>>(admin, 'GET', '/api/audit?action=organisation.create&pageSize=1&page=1');
    expect(res.json.total).toBe(2);
    expect(res.json.items).toHaveLength(1);
    const failed = await t.call<Page<AuditEntryView>>(admin, 'GET', '/api/audit?outcome=failed&username=yaodu-office');
    expect(failed.json.items.every((e) => e.outcome === 'failed')).toBe(true);
    const today = await t.call<Page<AuditEntryView>>(admin, 'GET', '/api/audit?from=2026-11-28&to=2026-11-28');
    expect(today.json.total).toBeGreaterThan(0);
    const tomorrow = await t.call<Page<AuditEntryView>>(admin, 'GET', '/api/audit?from=2026-11-29');
    expect(tomorrow.json.total).toBe(0);
    expect((await t.call(admin, 'GET', '/api/audit?from=yesterday')).status).toBe(400);
  });

  it('a county office sees its county only; members see nothing', async () => {
    const office = await t.login('hongtong-office');
    const res = await t.call<Page<AuditEntryView>>(office, 'GET', '/api/audit?pageSize=100');
    const users = new Set(res.json.items.map((e) => e.username));
    expect(users.has('hongtong-office')).toBe(true);
    expect(users.has('yaodu-office')).toBe(false);
    expect((await t.call(await t.login('yaodu-member1'), 'GET', '/api/audit')).status).toBe(403);
  });

  it('has no route that edits or deletes entries', async () => {
    const admin = await t.login('admin');
    expect((await t.call(admin, 'DELETE', '/api/audit/1')).status).toBe(404);
    expect((await t.call(admin, 'PATCH', '/api/audit/1', { summary: 'x' })).status).toBe(404);
  });

  it('the workbench shows organisation, roles, counts and my recent activity', async () => {
    const office = await t.login('yaodu-office');
    const res = await t.call<WorkbenchView>(office, 'GET', '/api/workbench');
    expect(res.status).toBe(200);
    expect(res.json.organisation.name).toBe('尧都区政协');
    expect(res.json.user.menu).toEqual(['workbench', 'proposals', 'topics', 'plans', 'solicitations', 'handling', 'statistics', 'archives', 'point_rules', 'experiences', 'organisations', 'departments', 'venues', 'contact_points', 'users', 'audit', 'deliveries', 'thesaurus', 'notifications', 'password']);
    expect(res.json.counts.townships).toBeGreaterThanOrEqual(10);
    expect(res.json.counts.departments).toBe(12);
    expect(res.json.recentActivity.map((e) => e.actionLabel)).toEqual(expect.arrayContaining(['登录', '新建组织']));
    const member = await t.call<WorkbenchView>(await t.login('yaodu-member1'), 'GET', '/api/workbench');
    expect(member.json.user.menu).toEqual(['workbench', 'experiences', 'my_proposals', 'my_activities', 'checkin', 'my_archive', 'notifications', 'password']);
  });
});
