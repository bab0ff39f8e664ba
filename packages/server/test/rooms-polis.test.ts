import { parsePolisComments, parsePolisParticipantsVotes, parsePolisVotes, type PolisComment, type PolisVote, toPolisComments, toPolisVotes } from '@shangliang/core/polis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onlineRoom } from './flow.js';
import { createTestApp, engines, type TestApp } from './harness.js';

/** A multipart body with the named text files. */
function filesBody(files: Record<string, string>): { payload: Buffer; contentType: string } {
  const boundary = '----shangliang-polis';
  const parts = Object.entries(files).map(([name, text]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${name}.csv"\r\nContent-Type: text/csv\r\n\r\n${text}\r\n`);
  return { payload: Buffer.from(`${parts.join('')}--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A small Pol.is conversation: 20 voters in two camps over 8 comments, one comment moderated out. */
function conversation(): { comments: PolisComment[]; votes: PolisVote[] } {
  const at = '2026-11-20T02:00:00.000Z';
  const texts = ['公交线路应延伸到新区', '末班车时间应延后到十点', '票价不宜上涨', '应增加定制公交', '老年人乘车继续免费', '站点应设无障碍设施', '线路调整应先征求意见', '（无关广告）'];
  const comments = texts.map((text, i) => ({ externalId: String(i), authorExternalId: String(i % 3), text, moderated: (i === 7 ? -1 : 1) as -1 | 1, createdAt: at }));
  const votes: PolisVote[] = [];
  for (let p = 0; p < 20; p++) for (let c = 0; c < 7; c++) votes.push({ statementExternalId: String(c), voterExternalId: String(p), vote: (p < 10 === c < 4 ? 1 : -1) as 1 | -1, at });
  return { comments, votes };
}

describe.each(engines())('网络协商：Pol.is 导入导出（%s）', (engine) => {
  let t: TestApp;
  let office: string;
  let roomId: string;
  beforeEach(async () => {
    t = await createTestApp(engine);
    office = await t.login('yaodu-office');
    ({ roomId } = await onlineRoom(t, '城乡公交线路优化'));
  });
  afterEach(async () => t.close());

  const upload = (cookie: string | null, files: Record<string, string>) => {
    const { payload, contentType } = filesBody(files);
    return t.app.inject({ method: 'POST', url: `/api/rooms/${roomId}/import-polis`, headers: { ...(cookie ? { cookie } : {}), 'content-type': contentType, 'x-shangliang-request': '1' }, payload });
  };

  it('imports a Pol.is conversation and exports it back to the same files, with each participant’s group', async () => {
    const { comments, votes } = conversation();
    const res = await upload(office, { comments: toPolisComments(comments, votes), votes: toPolisVotes(votes) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ statements: 8, participants: 20, votes: 140 });
    const room = await t.call(null, 'GET', `/api/rooms/${roomId}`);
    expect(room.json.statements.map((s: { externalId: string }) => s.externalId)).not.toContain('7'); // moderated out stays hidden
    expect(room.json.statements.find((s: { externalId: string }) => s.externalId === '0')).toMatchObject({ agrees: 10, disagrees: 10 });
    // Importing the same files again adds nothing new.
    expect((await upload(office, { comments: toPolisComments(comments, votes), votes: toPolisVotes(votes) })).json()).toEqual({ statements: 0, participants: 0, votes: 140 });
    const get = async (file: string) => (await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}/export/${file}`, headers: { cookie: office } })).body;
    const back = parsePolisComments(await get('comments.csv'));
    expect(back.map((c) => [c.externalId, c.authorExternalId, c.text, c.moderated])).toEqual(comments.map((c) => [c.externalId, c.authorExternalId, c.text, c.moderated]));
    const sortVotes = (v: PolisVote[]) => v.map((x) => `${x.statementExternalId}/${x.voterExternalId}/${x.vote}`).sort();
    expect(sortVotes(parsePolisVotes(await get('votes.csv')))).toEqual(sortVotes(votes));
    await t.app.live.maps.settle();
    const pv = parsePolisParticipantsVotes(await get('participants-votes.csv'));
    const voters = pv.participants.filter((p) => Object.keys(p.votes).length > 0);
    expect(voters).toHaveLength(20);
    const groups = new Set(voters.map((p) => p.groupId));
    expect(groups.size).toBe(2);
    expect(new Set(voters.filter((p) => Number(p.participantExternalId) < 10).map((p) => p.groupId)).size).toBe(1);
  });

  it('refuses a bad file with its line, and an office of another county, before reading the upload', async () => {
    const { comments, votes } = conversation();
    const bad = await upload(office, { comments: toPolisComments(comments), votes: 'timestamp,datetime,comment-id,voter-id,vote\n1,x,0,1,2\n' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/votes\.csv 第 2 行/);
    expect((await upload(office, { comments: toPolisComments(comments) })).statusCode).toBe(400);
    expect((await upload(await t.login('hongtong-office'), { comments: toPolisComments(comments), votes: toPolisVotes(votes) })).statusCode).toBe(403);
    expect((await upload(null, { comments: toPolisComments(comments), votes: toPolisVotes(votes) })).statusCode).toBe(401);
    expect((await t.call(await t.login('yaodu-member1'), 'GET', `/api/rooms/${roomId}/export/votes.csv`)).status).toBe(403);
    expect((await t.call(office, 'GET', `/api/rooms/${roomId}/export/other.csv`)).status).toBe(400);
  });
});
