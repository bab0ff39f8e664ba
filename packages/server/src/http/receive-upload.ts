import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Busboy, type BusboyFileStream, type BusboyInstance } from '@fastify/busboy';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { newId } from '../repositories/ids.js';
import { AppError, invalid } from './errors.js';

/** A file of a multipart request, written to a temporary file that the caller moves or removes. */
export interface ReceivedFile {
  readonly filename: string;
  readonly mimetype: string;
  readonly tempPath: string;
  readonly size: number;
  readonly sha256: string;
}

/** What a route accepts: the largest size, and a check of name and declared type before any byte is stored. */
export interface UploadRules {
  readonly maxBytes: number;
  /** Throws an AppError when the file's name or type is refused. */
  readonly accept: (filename: string, mimetype: string) => void;
}

/** The folder of files still being received or not yet stored; swept when older than a day. */
export const tempDirOf = (uploadsDir: string): string => path.join(uploadsDir, 'tmp');

/**
 * Lets multipart bodies through to the route unread: the route streams them with receiveUpload, which
 * owns every stream it opens (@fastify/multipart's handler answered some malformed bodies never).
 */
export function acceptMultipart(app: FastifyInstance): void {
  app.addContentTypeParser('multipart/form-data', (_request, _payload, done) => done(null));
}

/** Our message for whatever the multipart parser reports: a malformed upload is the client's fault. */
function uploadError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const message = (err as Error)?.message ?? '';
  if (/boundary/i.test(message)) return invalid('上传请求缺少分隔标记（boundary），请使用浏览器或标准客户端上传');
  if (/unexpected end|terminated early|aborted|premature/i.test(message)) return invalid('上传内容不完整，请重新上传');
  return invalid('上传内容格式不正确，请重新选择文件上传');
}

const cleanName = (name: string): string => path.basename(name || '').replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_').slice(0, 120);

/** One file being written: the stream it comes from and a promise of what was written. */
interface Writing {
  readonly abort: AbortController;
  readonly tempPath: string;
  readonly done: Promise<{ size: number; sha256: string }>;
  readonly closed: Promise<void>;
  readonly filename: string;
  readonly mimetype: string;
}

function startWriting(source: BusboyFileStream, tempPath: string, filename: string, mimetype: string): Writing {
  const hash = createHash('sha256');
  let size = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _enc, next) {
      hash.update(chunk);
      size += chunk.length;
      next(null, chunk);
    },
  });
  const target = fs.createWriteStream(tempPath, { flags: 'wx' });
  const closed = new Promise<void>((resolve) => target.once('close', () => resolve()));
  const abort = new AbortController();
  const done = pipeline(source, measure, target, { signal: abort.signal }).then(() => ({ size, sha256: hash.digest('hex') }));
  done.catch(() => undefined);
  return { abort, tempPath, done, closed, filename, mimetype };
}

/**
 * Receives the one file of a multipart request (other form fields are read and ignored) into a
 * temporary file. Every way a body can be malformed — no boundary, a cut-off part, a second file, too
 * large, a refused type — ends in a 4xx AppError with every stream closed and no file left on disk.
 */
export async function receiveUpload(request: FastifyRequest, uploadsDir: string, rules: UploadRules): Promise<ReceivedFile> {
  if (!(request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data')) throw invalid('请以 multipart/form-data 上传文件');
  const dir = tempDirOf(uploadsDir);
  await fs.promises.mkdir(dir, { recursive: true });
  const raw = request.raw;
  let parser: BusboyInstance;
  try {
    parser = Busboy({ headers: request.headers as { 'content-type': string }, limits: { fileSize: rules.maxBytes, files: 1, fields: 20, parts: 21, fieldSize: 4096, headerPairs: 50 } });
  } catch (err) {
    raw.resume();
    throw uploadError(err);
  }
  let writing: Writing | null = null;
  const outcome = new Promise<ReceivedFile>((resolve, reject) => {
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      raw.unpipe(parser);
      raw.resume(); // drain what the client still sends, so the answer reaches it
      const current = writing;
      void (async () => {
        if (current) {
          current.abort.abort();
          await current.done.catch(() => undefined);
          await current.closed;
          await fs.promises.rm(current.tempPath, { force: true });
        }
        reject(uploadError(err));
      })();
    };
    parser.on('file', (_field, stream, filename, _encoding, mimetype) => {
      stream.on('error', fail);
      if (writing || settled) {
        stream.resume();
        return;
      }
      const name = cleanName(filename);
      try {
        rules.accept(name, mimetype);
      } catch (err) {
        stream.resume();
        fail(err);
        return;
      }
      stream.on('limit', () => fail(new AppError('too_large', 'PAYLOAD_TOO_LARGE', `文件不能超过 ${Math.round(rules.maxBytes / 1024 / 1024)} MB`)));
      writing = startWriting(stream, path.join(dir, newId()), name, mimetype);
      writing.done.catch(fail);
    });
    parser.on('field', () => undefined);
    parser.on('filesLimit', () => fail(invalid('一次只能上传一个文件', [{ path: 'file', message: '只能上传一个文件' }])));
    parser.on('fieldsLimit', () => fail(invalid('上传内容包含的字段过多')));
    parser.on('partsLimit', () => fail(invalid('上传内容包含的字段过多')));
    parser.on('error', fail);
    raw.on('aborted', () => fail(new Error('aborted')));
    parser.on('finish', () => {
      const current = writing;
      if (!current) return fail(invalid('请选择要上传的文件', [{ path: 'file', message: '请选择文件' }]));
      current.done.then(
        ({ size, sha256 }) => {
          if (settled) return;
          if (size === 0) return fail(invalid('文件为空', [{ path: 'file', message: '文件为空' }]));
          settled = true;
          resolve({ filename: current.filename, mimetype: current.mimetype, tempPath: current.tempPath, size, sha256 });
        },
        fail,
      );
    });
    raw.pipe(parser);
  });
  return outcome;
}

/** Reads a received file into memory and removes it (for imports that parse the whole file). */
export async function takeBuffer(file: ReceivedFile): Promise<Buffer> {
  try {
    return await fs.promises.readFile(file.tempPath);
  } finally {
    await fs.promises.rm(file.tempPath, { force: true });
  }
}
