import type { AttachmentView, ProposalView } from '@shangliang/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, engines, type TestApp } from './harness.js';
import type { ErrorAnswer } from './support/answers.js';

/** A multipart/form-data body with one file, as a browser sends it. */
function multipart(filename: string, type: string, content: Buffer): { body: Buffer; contentType: string } {
  const boundary = '----shangliang' + Math.random().toString(16).slice(2);
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { body: Buffer.concat([head, content, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe.each(engines())('附件（%s）', (engine) => {
  let t: TestApp;
  let member: string;
  const photo = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('东羊村道路照片')]);
  /** Uploads one file as a browser does; `T` is the answer expected (the attachment, or ErrorAnswer). */
  const upload = async <T = AttachmentView>(cookie: string, filename: string, type: string, content: Buffer, csrf = true): Promise<{ status: number; json: T }> => {
    const { body, contentType } = multipart(filename, type, content);
    const res = await t.app.inject({ method: 'POST', url: '/api/attachments', headers: { cookie, 'content-type': contentType, ...(csrf ? { 'x-shangliang-request': '1' } : {}) }, payload: body });
    return { status: res.statusCode, json: res.json<T>() };
  };
  beforeEach(async () => {
    t = await createTestApp(engine);
    member = await t.login('yaodu-member1');
  });
  afterEach(async () => t.close());

  it('a member attaches a photo to a recommendation; the office downloads the same bytes; other counties cannot', async () => {
    const up = await upload(member, '东羊村路面.png', 'image/png', photo);
    expect(up.status).toBe(201);
    expect(up.json).toMatchObject({ filename: '东羊村路面.png', mime: 'image/png', size: photo.length });
    const p = await t.call<ProposalView>(member, 'POST', '/api/proposals', { source: 'member', category: 'livelihood', title: '东羊村通村道路破损', description: '道路破损严重，附现场照片。请尽快修缮。', attachmentIds: [up.json.id] });
    expect(p.status).toBe(201);
    expect(p.json.attachments.map((a) => a.filename)).toEqual(['东羊村路面.png']);
    const office = await t.login('yaodu-office');
    const file = await t.app.inject({ method: 'GET', url: up.json.url, headers: { cookie: office } });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(file.rawPayload, photo)).toBe(0);
    expect(String(file.headers['content-disposition'])).toContain(encodeURIComponent('东羊村路面.png'));
    const other = await t.app.inject({ method: 'GET', url: up.json.url, headers: { cookie: await t.login('hongtong-office') } });
    expect(other.statusCode).toBe(404);
    const reuse = await t.call<ErrorAnswer>(member, 'POST', '/api/proposals', { source: 'member', category: 'livelihood', title: '重复使用附件', description: '尝试把别的建议的附件再用一次。', attachmentIds: [up.json.id] });
    expect(reuse.status).toBe(400);
    expect(reuse.json.message).toMatch(/附件/);
  });

  it('refuses other file types, oversize files and uploads without the request header', async () => {
    expect((await upload(member, '东羊村路面.png', 'image/png', photo)).status).toBe(201);
    const exe = await upload<ErrorAnswer>(member, 'setup.exe', 'application/octet-stream', Buffer.from('MZ'));
    expect(exe.status).toBe(400);
    expect(exe.json.message).toMatch(/仅支持/);
    const big = await upload<ErrorAnswer>(member, '大图.jpg', 'image/jpeg', Buffer.alloc(10 * 1024 * 1024 + 10, 1));
    expect(big.status).toBe(413);
    expect(big.json.message).toMatch(/10 MB/);
    const csrf = await upload<ErrorAnswer>(member, 'a.png', 'image/png', photo, false);
    expect(csrf.status).toBe(403);
    expect(csrf.json.error).toBe('CSRF_REJECTED');
    const stored = await t.db.kysely.selectFrom('attachments').select('filename').execute();
    expect(stored.map((s) => s.filename)).toEqual(['东羊村路面.png']);
  });

  it('an unlinked upload is visible to its uploader only', async () => {
    const up = await upload(member, '调研记录.pdf', 'application/pdf', Buffer.from('%PDF-1.4 test'));
    expect((await t.app.inject({ method: 'GET', url: up.json.url, headers: { cookie: member } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: up.json.url, headers: { cookie: await t.login('yaodu-member2') } })).statusCode).toBe(404);
  });
});
