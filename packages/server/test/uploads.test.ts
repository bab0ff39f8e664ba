import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweep } from '../src/use-cases/housekeeping/sweep.js';
import { createTestApp, engines, type TestApp } from './harness.js';

/** Files under the uploads folder, recursively. */
const filesUnder = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name)) : [path.join(dir, d.name)]))
    : [];

/** Files of this process open under a folder (sockets and the database do not count). */
const openFilesUnder = (dir: string): string[] =>
  fs.readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = fs.readlinkSync(`/proc/self/fd/${fd}`);
      return target.startsWith(dir) ? [target] : [];
    } catch {
      return [];
    }
  });

const B = 'slBoundary7MA4YWxkTrZu0gW';
const filePart = (name: string, type: string, content: string) =>
  `--${B}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n${content}\r\n`;
const fieldPart = (name: string, value: string) => `--${B}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const end = `--${B}--\r\n`;

/** Sends a raw HTTP request over a socket and resolves with the status and JSON body (or rejects on timeout). */
function raw(port: number, head: string, body: string | Buffer, timeoutMs = 5000): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no answer'));
    }, timeoutMs);
    socket.on('data', (chunk) => {
      data += chunk.toString('utf8');
      const split = data.indexOf('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(data);
      if (split > 0 && length && Buffer.byteLength(data.slice(split + 4)) >= Number(length[1])) {
        clearTimeout(timer);
        socket.destroy();
        resolve({ status: Number(data.slice(9, 12)), json: JSON.parse(data.slice(split + 4)) });
      }
    });
    socket.on('error', reject);
    socket.write(head);
    socket.write(body);
  });
}

describe.each(engines())('上传的异常输入（%s）', (engine) => {
  let t: TestApp;
  let cookie: string;
  let port: number;
  let topicId: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    cookie = await t.login('yaodu-office');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
    topicId = (await t.db.kysely.selectFrom('topics').select('id').executeTakeFirst())?.id ?? 'none';
  });
  afterAll(async () => t.close());

  const post = (url: string, contentType: string, body: string) =>
    raw(port, `POST ${url} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\nX-Shangliang-Request: 1\r\nContent-Type: ${contentType}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`, body);

  const MALFORMED: [string, string, string][] = [
    ['a field before the file', `multipart/form-data; boundary=${B}`, fieldPart('note', '备注') + filePart('a.txt', 'text/plain', 'hello') + end],
    ['only fields', `multipart/form-data; boundary=${B}`, fieldPart('note', '备注') + end],
    ['no boundary', 'multipart/form-data', filePart('a.txt', 'text/plain', 'hello') + end],
    ['a body cut off mid-part', `multipart/form-data; boundary=${B}`, filePart('a.txt', 'text/plain', 'hello world').slice(0, -12)],
    ['two files', `multipart/form-data; boundary=${B}`, filePart('a.txt', 'text/plain', 'one') + filePart('b.txt', 'text/plain', 'two') + end],
    ['an empty file', `multipart/form-data; boundary=${B}`, filePart('a.txt', 'text/plain', '') + end],
    ['a refused type', `multipart/form-data; boundary=${B}`, filePart('a.exe', 'application/x-msdownload', 'MZ') + end],
    ['garbage', `multipart/form-data; boundary=${B}`, 'this is not multipart at all'],
  ];

  it.each(MALFORMED)('attachments: %s → 4xx in Chinese, nothing left open or on disk', async (_name, type, body) => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => post('/api/attachments', type, body)));
    for (const a of answers) {
      if (_name === 'a field before the file') {
        // A form field beside the file is allowed and ignored.
        expect(a.status).toBe(201);
        continue;
      }
      expect(a.status).toBeGreaterThanOrEqual(400);
      expect(a.status).toBeLessThan(500);
      expect(a.json.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(openFilesUnder(t.uploadsDir)).toEqual([]);
    const rows = await t.db.kysely.selectFrom('attachments').select(['storage_key']).execute();
    const stored = new Set(rows.map((r) => path.join(t.uploadsDir, r.storage_key)));
    expect(filesUnder(t.uploadsDir).filter((f) => !stored.has(f)).map((f) => path.relative(t.uploadsDir, f))).toEqual([]);
  });

  it.each(MALFORMED.filter(([n]) => n !== 'a field before the file' && n !== 'a refused type' && n !== 'an empty file'))('handling import: %s → 4xx, nothing left on disk', async (_name, type, body) => {
    const a = await post(`/api/handling/topics/${topicId}/import`, type, body.replaceAll('a.txt', 'sheet.xlsx'));
    expect(a.status).toBeGreaterThanOrEqual(400);
    expect(a.status).toBeLessThan(500);
    expect(a.json.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(filesUnder(path.join(t.uploadsDir, 'tmp'))).toEqual([]);
  });

  it('an upload is audited; one never attached is swept after a day, with its file', async () => {
    const ok = await post('/api/attachments', `multipart/form-data; boundary=${B}`, filePart('照片说明.txt', 'text/plain', '东羊村') + end);
    expect(ok.status).toBe(201);
    const row = await t.db.kysely.selectFrom('attachments').select('storage_key').where('id', '=', ok.json.id).executeTakeFirstOrThrow();
    const file = path.join(t.uploadsDir, row.storage_key);
    expect(fs.existsSync(file)).toBe(true);
    const audit = await t.db.kysely.selectFrom('audit_log').select(['username', 'summary']).where('action', '=', 'attachment.upload').where('subject_id', '=', ok.json.id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.username).toBe('yaodu-office');
    // A temporary file left by a crash mid-upload.
    const stray = path.join(t.uploadsDir, 'tmp', 'stray');
    fs.mkdirSync(path.dirname(stray), { recursive: true });
    fs.writeFileSync(stray, 'x');
    fs.utimesSync(stray, t.clock.now(), t.clock.now());
    expect((await sweep(t.db, t.uploadsDir, new Date(t.clock.now().getTime() + 23 * 3600_000))).unlinkedUploads).toBe(0);
    expect(fs.existsSync(file)).toBe(true);
    const swept = await sweep(t.db, t.uploadsDir, new Date(t.clock.now().getTime() + 25 * 3600_000));
    expect(swept.unlinkedUploads).toBeGreaterThanOrEqual(1);
    expect(swept.tempFiles).toBe(1);
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(stray)).toBe(false);
    expect(await t.db.kysely.selectFrom('attachments').select('id').where('id', '=', ok.json.id).executeTakeFirst()).toBeUndefined();
  });
});
