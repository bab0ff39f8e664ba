import { type ModerationQueueView, type OpinionMapView, ROOM_VERBS, type RoomVerb, type RoomView, type StatementView } from '@shangliang/core';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onlineRoom } from './flow.js';
import { multipartBody } from './support/fixtures.js';
import { createTestApp, engines, type TestApp } from './harness.js';
import type { ErrorAnswer } from './support/answers.js';

/** A resident of the portal: no account, known in the room by the cookie the first vote or statement sets. */
function resident(t: TestApp, roomId: string) {
  let cookie: string | null = null;
  return {
    async call<T>(method: string, url: string, body?: unknown) {
      const res = await t.call<T>(cookie, method, url, body);
      const set = ([] as string[]).concat((res.headers['set-cookie'] as string | string[] | undefined) ?? []).find((c) => c.startsWith('sl_room_'));
      if (set) cookie = set.split(';')[0]!;
      return res;
    },
    get cookie() {
      return cookie;
    },
    room: () => t.call<RoomView>(cookie, 'GET', `/api/rooms/${roomId}`),
  };
}

let n = 0;
const key = () => `test-key-${Date.now()}-${n++}`;

describe.each(engines())('网络协商：协商室、观点、投票、审核与部门回应（%s）', (engine) => {
  let t: TestApp;
  let office: string;
  let roomId: string;
  beforeEach(async () => {
    t = await createTestApp(engine);
    office = await t.login('yaodu-office');
    ({ roomId } = await onlineRoom(t, '老旧小区加装电梯'));
  });
  afterEach(async () => t.close());

  const post = (who: { call: <T>(m: string, u: string, b?: unknown) => Promise<{ status: number; json: T }> }, text: string) =>
    who.call<RoomView>('POST', `/api/rooms/${roomId}/statements`, { text, idempotencyKey: key() });

  it('a 网络协商 opens its room; a resident posts and votes without an account, once per statement, and may change the vote', async () => {
    const anne = resident(t, roomId);
    const first = await anne.room();
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ state: 'open', stateLabel: '进行中', audience: 'public', moderation: 'post', me: { participantId: null } });
    expect(first.json.actions).toEqual(expect.arrayContaining(['post', 'vote', 'report']));
    expect(first.json.actions).not.toContain('moderate');
    const posted = await post(anne, '建议由政府补贴一部分加装费用');
    expect(posted.status).toBe(201);
    expect(anne.cookie).toMatch(/^sl_room_/);
    const s = posted.json.statements.find((x) => x.mine)!;
    expect(s).toMatchObject({ authorName: '网友', status: 'shown', agrees: 0 });
    const bob = resident(t, roomId);
    const vote = (v: string) => bob.call<StatementView>('PUT', `/api/rooms/${roomId}/statements/${s.id}/vote`, { vote: v });
    expect((await vote('agree')).json).toMatchObject({ agrees: 1, myVote: 'agree' });
    expect((await vote('agree')).json).toMatchObject({ agrees: 1, disagrees: 0 });
    expect((await vote('disagree')).json).toMatchObject({ agrees: 0, disagrees: 1, myVote: 'disagree' });
    expect((await bob.room()).json.statements.find((x) => x.id === s.id)).toMatchObject({ myVote: 'disagree', mine: false });
    expect((await bob.room()).json.voteCount).toBe(1); // one vote, changed twice
    expect((await t.call<RoomView>(null, 'GET', `/api/rooms/${roomId}`)).json.statements.find((x) => x.id === s.id)!.myVote).toBeNull();
    // A double tap posts once.
    const again = { text: '电梯运行维护费用应由受益住户分摊', idempotencyKey: key() };
    await anne.call('POST', `/api/rooms/${roomId}/statements`, again);
    await anne.call('POST', `/api/rooms/${roomId}/statements`, again);
    expect((await anne.room()).json.statements.filter((x) => x.text === again.text)).toHaveLength(1);
    // The topic page shows the consultation's room.
    const topic = await t.call(office, 'GET', `/api/rooms/${roomId}`);
    expect(topic.json.consultationId).toBeTruthy();
  });

  it('先审后发 and the county words hold statements for review; hidden ones are never served publicly; every step is audited', async () => {
    const room = (await t.call<RoomView>(office, 'GET', `/api/rooms/${roomId}`)).json;
    const settings = { title: room.title, opensAt: room.opensAt, closesAt: room.closesAt, audience: 'public', moderation: 'pre', allowStatements: true, minVotes: 7, version: room.version };
    expect((await t.call<RoomView>(office, 'PUT', `/api/rooms/${roomId}`, settings)).json.moderationLabel).toBe('先审后发');
    expect((await t.call<ErrorAnswer>(office, 'PUT', `/api/rooms/${roomId}`, settings)).status).toBe(409); // stale version
    const backwards = await t.call<ErrorAnswer>(office, 'PUT', `/api/rooms/${roomId}`, { ...settings, closesAt: settings.opensAt, version: settings.version + 1 });
    expect([backwards.status, backwards.json.message]).toEqual([400, '结束时间应晚于开放时间']);
    // 背景材料: a file linked to a public room is for everyone to read, without signing in.
    const { payload, contentType } = multipartBody('加装电梯政策汇编.txt', 'text/plain', '尧都区既有住宅加装电梯办法（征求意见稿）');
    const up = await t.app.inject({ method: 'POST', url: '/api/attachments', headers: { cookie: office, 'content-type': contentType, 'x-shangliang-request': '1' }, payload });
    const withFile = await t.call<RoomView>(office, 'PUT', `/api/rooms/${roomId}`, { ...settings, attachmentIds: [up.json().id], version: settings.version + 1 });
    expect(withFile.json.attachments.map((a) => a.filename)).toEqual(['加装电梯政策汇编.txt']);
    const file = await t.app.inject({ method: 'GET', url: withFile.json.attachments[0]!.url });
    expect([file.statusCode, file.body]).toEqual([200, '尧都区既有住宅加装电梯办法（征求意见稿）']);
    settings.version += 2;
    const anne = resident(t, roomId);
    const mine = (await post(anne, '希望低楼层住户的意见也能被听到')).json.statements.find((x) => x.mine)!;
    expect(mine.status).toBe('pending');
    expect((await t.call<RoomView>(null, 'GET', `/api/rooms/${roomId}`)).json.statements.map((x) => x.id)).not.toContain(mine.id);
    const queue = await t.call<ModerationQueueView>(office, 'GET', `/api/rooms/${roomId}/moderation`);
    expect(queue.json.items.map((x) => x.id)).toContain(mine.id);
    expect((await t.call<StatementView>(office, 'POST', `/api/rooms/${roomId}/statements/${mine.id}/moderate`, { step: 'approve' })).json.status).toBe('shown');
    expect((await t.call<RoomView>(null, 'GET', `/api/rooms/${roomId}`)).json.statements.map((x) => x.id)).toContain(mine.id);
    // Hiding needs a reason, and takes the statement off every public page.
    expect((await t.call<ErrorAnswer>(office, 'POST', `/api/rooms/${roomId}/statements/${mine.id}/moderate`, { step: 'hide' })).status).toBe(400);
    expect((await t.call(office, 'POST', `/api/rooms/${roomId}/statements/${mine.id}/moderate`, { step: 'hide', reason: '与议题无关' })).status).toBe(200);
    expect((await t.call<RoomView>(null, 'GET', `/api/rooms/${roomId}`)).json.statements.map((x) => x.id)).not.toContain(mine.id);
    expect((await t.call(null, 'PUT', `/api/rooms/${roomId}/statements/${mine.id}/vote`, { vote: 'agree' })).status).toBe(404);
    // A word of the county's list holds a statement even in a 先发后审 room.
    await t.call(office, 'PUT', `/api/rooms/${roomId}`, { ...settings, moderation: 'post', version: settings.version });
    expect((await t.call(office, 'PUT', '/api/moderation-words', { words: ['骗子'] })).json.words).toEqual(['骗子']);
    const held = (await post(anne, '物业公司就是骗子')).json.statements.find((x) => x.text === '物业公司就是骗子')!;
    expect(held.status).toBe('pending');
    expect((await t.call<ModerationQueueView>(office, 'GET', `/api/rooms/${roomId}/moderation`)).json.items.find((x) => x.id === held.id)!.heldFor).toBe('骗子');
    const audit = await t.call(await t.login('admin'), 'GET', '/api/audit?pageSize=100');
    expect(audit.json.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['room.configure', 'room.moderate.approve', 'room.moderate.hide', 'room.words']));
  });

  it('who may: a resident cannot moderate, another county cannot, a department replies only as itself, a member cannot reply', async () => {
    const anne = resident(t, roomId);
    const s = (await post(anne, '加装电梯应优先考虑有老人的单元')).json.statements.find((x) => x.mine)!;
    expect((await anne.call('POST', `/api/rooms/${roomId}/statements/${s.id}/moderate`, { step: 'hide', reason: 'x' })).status).toBe(401);
    expect((await anne.call('GET', `/api/rooms/${roomId}/moderation`)).status).toBe(401);
    const hongtong = await t.login('hongtong-office');
    expect((await t.call(hongtong, 'POST', `/api/rooms/${roomId}/statements/${s.id}/moderate`, { step: 'hide', reason: '无关' })).status).toBe(403);
    expect((await t.call(hongtong, 'POST', `/api/rooms/${roomId}/close`, {})).status).toBe(403);
    expect((await t.call<RoomView>(hongtong, 'GET', `/api/rooms/${roomId}`)).json.actions).not.toContain('moderate');
    const member = await t.login('yaodu-member1');
    expect((await t.call(member, 'POST', `/api/rooms/${roomId}/statements/${s.id}/reply`, { text: '委员也想回应一下' })).status).toBe(403);
    const dept = await t.login('yaodu-dept-jt');
    expect((await t.call<RoomView>(dept, 'GET', `/api/rooms/${roomId}`)).json.actions).toContain('reply');
    const replied = await t.call<StatementView>(dept, 'POST', `/api/rooms/${roomId}/statements/${s.id}/reply`, { text: '我局将配合住建部门做好施工期间的交通组织。' });
    expect(replied.status).toBe(201);
    expect(replied.json.replies).toEqual([expect.objectContaining({ departmentName: '尧都区交通运输局' })]);
    // A vote answers the statement with its replies (read for that statement only).
    expect((await anne.call<StatementView>('PUT', `/api/rooms/${roomId}/statements/${s.id}/vote`, { vote: 'agree' })).json.replies.map((r) => r.departmentName)).toEqual(['尧都区交通运输局']);
    // A member's statement carries the badge.
    const mine = (await t.call<RoomView>(member, 'POST', `/api/rooms/${roomId}/statements`, { text: '建议区里出台统一的加装电梯指引', idempotencyKey: key() })).json;
    expect(mine.statements.find((x) => x.mine)).toMatchObject({ authorName: '刘芳', badge: 'member', badgeLabel: '委员' });
  });

  it('a closed room refuses writes; a members-only room is not shown to residents', async () => {
    const anne = resident(t, roomId);
    const s = (await post(anne, '施工期间要保障居民出行安全')).json.statements.find((x) => x.mine)!;
    const closed = await t.call<RoomView>(office, 'POST', `/api/rooms/${roomId}/close`, {});
    expect(closed.json).toMatchObject({ state: 'closed', stateLabel: '已结束' });
    expect(closed.json.actions).not.toContain('post');
    const late = await anne.call<ErrorAnswer>('PUT', `/api/rooms/${roomId}/statements/${s.id}/vote`, { vote: 'agree' });
    expect(late.status).toBe(409);
    expect(late.json.message).toMatch(/已结束/);
    expect((await post(anne, '还想补充一点意见')).status).toBe(409);
    const other = await onlineRoom(t, '农村饮水安全');
    const room = (await t.call<RoomView>(office, 'GET', `/api/rooms/${other.roomId}`)).json;
    await t.call(office, 'PUT', `/api/rooms/${other.roomId}`, { title: room.title, opensAt: room.opensAt, closesAt: room.closesAt, audience: 'members', moderation: 'post', allowStatements: true, minVotes: 7, version: room.version });
    expect((await t.call(null, 'GET', `/api/rooms/${other.roomId}`)).status).toBe(404);
    expect((await t.call(await t.login('hongtong-member1'), 'GET', `/api/rooms/${other.roomId}`)).status).toBe(404);
    expect((await t.call(await t.login('yaodu-member2'), 'GET', `/api/rooms/${other.roomId}`)).status).toBe(200);
    expect((await t.call(null, 'GET', '/api/rooms')).json.items.map((r: { id: string }) => r.id)).not.toContain(other.roomId);
  });

  it('the opinion map is computed in the background from the votes; the public map names nobody', async () => {
    const texts = ['政府补贴加装费用', '受益住户分摊维护费', '低楼层住户应获补偿', '加装前须全体住户同意', '三分之二住户同意即可', '引入社会资本参与', '优先老年人多的单元', '统一招标降低成本'];
    const seeds: string[] = [];
    for (const text of texts) seeds.push((await t.call<RoomView>(office, 'POST', `/api/rooms/${roomId}/statements`, { text, idempotencyKey: key(), seed: true })).json.statements.find((x) => x.text === text)!.id);
    // Two camps of six: the first agrees with the first half and disagrees with the second, the other the reverse.
    for (let p = 0; p < 12; p++) {
      const who = resident(t, roomId);
      for (let i = 0; i < seeds.length; i++) {
        const camp = p < 6 ? i < 4 : i >= 4;
        expect((await who.call('PUT', `/api/rooms/${roomId}/statements/${seeds[i]}/vote`, { vote: camp ? 'agree' : 'disagree' })).status).toBe(200);
      }
    }
    await t.app.live.maps.settle();
    const pub = (await t.call<OpinionMapView>(null, 'GET', `/api/rooms/${roomId}/opinion-map`)).json;
    expect(pub).toMatchObject({ participants: 12, counted: 12, statements: 8 });
    expect(pub.groups.map((g) => g.size).sort()).toEqual([6, 6]);
    expect(pub.groups.every((g) => g.members === undefined)).toBe(true);
    expect(pub.points).toHaveLength(12);
    const full = (await t.call<OpinionMapView>(office, 'GET', `/api/rooms/${roomId}/opinion-map`)).json;
    expect(full.groups.flatMap((g) => g.members ?? [])).toHaveLength(12);
    expect(full.groups.every((g) => g.representative.length > 0)).toBe(true);
    // 意见汇总: every shown statement with its tallies and the group it speaks for, and a sheet of the groups.
    const xlsx = await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}/summary.xlsx`, headers: { cookie: office } });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const rows = book.getWorksheet('观点汇总')!.getSheetValues().slice(2) as unknown[][];
    expect(rows).toHaveLength(8);
    expect(rows.map((r) => r[2]).sort()).toEqual([...texts].sort());
    expect(rows.every((r) => Number(r[3]) === 6 && Number(r[4]) === 6)).toBe(true);
    expect(rows.filter((r) => String(r[7] ?? '').includes('多数同意'))).not.toHaveLength(0);
    expect(book.getWorksheet('意见分组')!.rowCount).toBeGreaterThan(2);
    expect((await t.call(await t.login('yaodu-member1'), 'GET', `/api/rooms/${roomId}/summary.xlsx`)).status).toBe(403);
  });

  it('what a room offers each user is accepted, and what it does not offer is refused', async () => {
    const seed = (await t.call<RoomView>(office, 'POST', `/api/rooms/${roomId}/statements`, { text: '加装电梯应先听取低层住户意见', idempotencyKey: key(), seed: true })).json.statements[0]!;
    const request = (verb: RoomVerb, room: RoomView): [string, string, object?] => {
      const settings = { title: room.title, opensAt: room.opensAt, closesAt: room.closesAt, audience: room.audience, moderation: room.moderation, allowStatements: room.allowStatements, minVotes: room.minVotes, version: room.version };
      const on = `/api/rooms/${roomId}/statements/${seed.id}`;
      return {
        configure: ['PUT', `/api/rooms/${roomId}`, settings],
        seed: ['POST', `/api/rooms/${roomId}/statements`, { text: '议题观点：统一费用分摊标准', idempotencyKey: key(), seed: true }],
        close: ['POST', `/api/rooms/${roomId}/close`, {}],
        export: ['GET', `/api/rooms/${roomId}/export/comments.csv`],
        post: ['POST', `/api/rooms/${roomId}/statements`, { text: '我的观点：先试点再推广', idempotencyKey: key() }],
        vote: ['PUT', `${on}/vote`, { vote: 'agree' }],
        report: ['POST', `${on}/report`, {}],
        reply: ['POST', `${on}/reply`, { text: '我局将配合做好相关工作。' }],
        moderate: ['POST', `${on}/moderate`, { step: 'seed' }],
      }[verb] as [string, string, object?];
    };
    for (const username of [null, 'yaodu-member1', 'yaodu-dept-jt', 'hongtong-office', 'yaodu-office']) {
      const cookie = username ? await t.login(username) : null;
      for (const verb of ROOM_VERBS.filter((v) => v !== 'close')) {
        const room = (await t.call<RoomView>(cookie, 'GET', `/api/rooms/${roomId}`)).json;
        const [method, url, body] = request(verb, room);
        const res = await t.call(cookie, method, url, body);
        if (room.actions.includes(verb)) expect([username, verb, res.status < 300]).toEqual([username, verb, true]);
        else expect([username, verb, [401, 403, 409].includes(res.status)]).toEqual([username, verb, true]);
      }
    }
    // Closing is offered to the office only, and once closed nothing but export and moderation is offered or accepted.
    expect((await t.call<RoomView>(await t.login('yaodu-member1'), 'GET', `/api/rooms/${roomId}`)).json.actions).not.toContain('close');
    expect((await t.call(office, 'POST', `/api/rooms/${roomId}/close`, {})).status).toBe(200);
    const closed = (await t.call<RoomView>(office, 'GET', `/api/rooms/${roomId}`)).json;
    expect([...closed.actions].sort()).toEqual(['export', 'moderate']);
    for (const verb of ['configure', 'seed', 'post', 'vote'] as const) {
      const [method, url, body] = request(verb, closed);
      expect((await t.call(office, method, url, body)).status).toBe(409);
    }
  });
});

