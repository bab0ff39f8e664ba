import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conflictMessage, secondEditor } from './editors.js';
import { createTestApp, engines, type TestApp } from './harness.js';

type Body = Record<string, unknown>;

/** One kind of editable record: how to get one, and two different edits of it. */
interface Editable {
  readonly name: string;
  /** County records are edited by two 尧都区 office users, city records by two city office users. */
  readonly level: 'county' | 'city';
  readonly method: 'PATCH' | 'PUT';
  /** Creates or finds a record with the first editor's session; answers its URL (GET and edit). */
  url(t: TestApp, cookie: string): Promise<string>;
  readonly first: Body;
  readonly second: Body;
}

const idOf = async (t: TestApp, cookie: string, url: string, body: Body): Promise<string> => {
  const res = await t.call(cookie, 'POST', url, body);
  if (res.status !== 201) throw new Error(`POST ${url} → ${res.status} ${JSON.stringify(res.json)}`);
  return res.json.id as string;
};

let serial = 0;
const EDITABLE: readonly Editable[] = [
  {
    name: '议题',
    level: 'county',
    method: 'PATCH',
    url: async (t, c) => `/api/topics/${await idOf(t, c, '/api/topics', { title: `老旧小区加装电梯问题${++serial}`, description: '老旧小区加装电梯的协商议题说明。', category: 'livelihood' })}`,
    first: { title: '老旧小区加装电梯（甲改）' },
    second: { title: '老旧小区加装电梯（乙改）' },
  },
  {
    name: '年度协商计划',
    level: 'county',
    method: 'PATCH',
    url: async (t, c) => `/api/plans/${await idOf(t, c, '/api/plans', { year: 2027, title: `2027年度协商计划（${++serial}）` })}`,
    first: { title: '2027年度“有事来商量”协商计划', reportedOn: '2027-01-08' },
    second: { reportedOn: '2027-01-10' },
  },
  {
    name: '活动场所',
    level: 'county',
    method: 'PATCH',
    url: async (t, c) => `/api/venues/${await idOf(t, c, '/api/venues', { orgId: await t.orgId('刘村镇'), kind: 'member_room', name: `刘村镇委员活动室${++serial}` })}`,
    first: { capacity: 30 },
    second: { capacity: 40 },
  },
  {
    name: '工作联系点',
    level: 'city',
    method: 'PATCH',
    url: async (t, c) => `/api/contact-points/${await idOf(t, c, '/api/contact-points', { name: `测试联系点${++serial}` })}`,
    first: { address: '师庄乡冯南垣村委会' },
    second: { address: '另一个地址' },
  },
  {
    name: '组织',
    level: 'county',
    method: 'PATCH',
    url: async (t, c) => `/api/orgs/${await idOf(t, c, '/api/orgs', { parentId: await t.orgId('尧都区政协'), kind: 'township', name: `测试镇${++serial}` })}`,
    first: { contactPerson: '王某' },
    second: { contactPerson: '赵某' },
  },
  {
    name: '用户',
    level: 'county',
    method: 'PATCH',
    url: async (t) => `/api/users/${await t.userId('yaodu-member5')}`,
    first: { committee: '经济委员会' },
    second: { committee: '文史委员会' },
  },
  {
    name: '办理期限设置',
    level: 'county',
    method: 'PUT',
    url: async () => '/api/handling/settings',
    first: { deadlineDays: 60, returnWindowDays: 5 },
    second: { deadlineDays: 30, returnWindowDays: 3 },
  },
];

describe.each(engines())('并发编辑与版本号 (%s)', (engine) => {
  let t: TestApp;
  /** [first to save, second to save] per level; the first is the created user 张三 / 周敏. */
  const editors: Record<'county' | 'city', { cookies: [string, string]; firstName: string }> = {} as never;

  beforeAll(async () => {
    t = await createTestApp(engine);
    editors.county = { cookies: [await secondEditor(t, 'yaodu-office2', '张三', 'county_office', '尧都区政协'), await t.login('yaodu-office')], firstName: '张三' };
    editors.city = { cookies: [await secondEditor(t, 'city-office2', '周敏', 'city_office', '临汾市政协'), await t.login('city-office')], firstName: '周敏' };
  });
  afterAll(async () => t?.close());

  it.each(EDITABLE.map((e) => [e.name, e] as const))('%s: the later save from the same version gets 409 naming who saved first', async (_, e) => {
    const { cookies: [first, second], firstName } = editors[e.level];
    const url = await e.url(t, first);
    const [a, b] = await Promise.all([t.call(first, 'GET', url), t.call(second, 'GET', url)]);
    expect(a.status).toBe(200);
    const loaded = a.json.version as number;
    expect(loaded).toBeGreaterThanOrEqual(1);
    expect(b.json.version).toBe(loaded);

    const saved = await t.call(first, e.method, url, { ...e.first, version: loaded });
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    expect(saved.json).toMatchObject({ ...e.first, version: loaded + 1 });

    const lost = await t.call(second, e.method, url, { ...e.second, version: loaded });
    expect(lost.status).toBe(409);
    expect(lost.json).toMatchObject({ error: 'VERSION_CONFLICT', message: conflictMessage(firstName), current: { version: loaded + 1, updatedBy: { displayName: firstName } } });
    expect(lost.json.current.updatedAt).toBe(t.clock.now().toISOString());

    const now = await t.call(second, 'GET', url);
    expect(now.json).toMatchObject({ ...e.first, version: loaded + 1 });
    // With the version of the reloaded record, the second editor's change goes through.
    expect((await t.call(second, e.method, url, { ...e.second, version: loaded + 1 })).json).toMatchObject({ ...e.second, version: loaded + 2 });
  });

  it.each(EDITABLE.map((e) => [e.name, e] as const))('%s: an edit without a version is refused with 400 and a Chinese message', async (_, e) => {
    const { cookies: [first] } = editors[e.level];
    const url = await e.url(t, first);
    const res = await t.call(first, e.method, url, e.first);
    expect(res.status).toBe(400);
    expect(res.json.message).toContain('缺少版本号，请刷新后重试');
    expect(res.json.fields).toContainEqual({ path: 'version', message: '缺少版本号，请刷新后重试' });
    expect((await t.call(first, e.method, url, { ...e.first, version: 0 })).status).toBe(400);
  });

  it.each(EDITABLE.map((e) => [e.name, e] as const))('%s: two saves of the same version sent at once: exactly one wins', async (_, e) => {
    const { cookies: [first, second] } = editors[e.level];
    const url = await e.url(t, first);
    const loaded = (await t.call(first, 'GET', url)).json.version as number;
    const results = await Promise.all([t.call(first, e.method, url, { ...e.first, version: loaded }), t.call(second, e.method, url, { ...e.second, version: loaded })]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!;
    const after = await t.call(first, 'GET', url);
    expect(after.json.version).toBe(loaded + 1);
    expect(after.json).toMatchObject(winner === results[0] ? e.first : e.second);
  });
});
