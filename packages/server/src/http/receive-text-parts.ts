import { Busboy, type BusboyInstance } from '@fastify/busboy';
import type { FastifyRequest } from 'fastify';
import { AppError, invalid } from './errors.js';

/**
 * Reads the named files of a multipart request into memory as UTF-8 text (small exports such as Pol.is's
 * CSV files). A missing, empty or oversized file, an unknown part or a malformed body ends in a 4xx.
 */
export async function receiveTextParts(request: FastifyRequest, names: readonly string[], maxBytes: number): Promise<Record<string, string>> {
  if (!(request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data')) throw invalid('请以 multipart/form-data 上传文件');
  const raw = request.raw;
  let parser: BusboyInstance;
  try {
    parser = Busboy({ headers: request.headers as { 'content-type': string }, limits: { fileSize: maxBytes, files: names.length, fields: 10, parts: names.length + 10 } });
  } catch {
    raw.resume();
    throw invalid('上传请求缺少分隔标记（boundary），请使用浏览器或标准客户端上传');
  }
  return new Promise<Record<string, string>>((resolve, reject) => {
    const chunks = new Map<string, Buffer[]>();
    let settled = false;
    const fail = (err: AppError) => {
      if (settled) return;
      settled = true;
      raw.unpipe(parser);
      raw.resume();
      reject(err);
    };
    parser.on('file', (field: string, stream: NodeJS.ReadableStream) => {
      if (!names.includes(field) || chunks.has(field)) {
        stream.resume();
        return fail(invalid(`上传内容中有无法识别的文件：${field}`, [{ path: field, message: '请按要求上传' }]));
      }
      const parts: Buffer[] = [];
      chunks.set(field, parts);
      stream.on('data', (c: Buffer) => parts.push(c));
      stream.on('limit', () => fail(new AppError('too_large', 'PAYLOAD_TOO_LARGE', `每个文件不能超过 ${Math.round(maxBytes / 1024 / 1024)} MB`)));
      stream.on('error', () => fail(invalid('上传内容不完整，请重新上传')));
    });
    parser.on('field', () => undefined);
    parser.on('filesLimit', () => fail(invalid(`最多上传 ${names.length} 个文件`)));
    parser.on('partsLimit', () => fail(invalid('上传内容包含的字段过多')));
    parser.on('error', () => fail(invalid('上传内容格式不正确，请重新选择文件上传')));
    raw.on('aborted', () => fail(invalid('上传内容不完整，请重新上传')));
    parser.on('finish', () => {
      if (settled) return;
      const out: Record<string, string> = {};
      for (const name of names) {
        const parts = chunks.get(name);
        const text = parts ? Buffer.concat(parts).toString('utf8').replace(/^\uFEFF/, '') : '';
        if (!text.trim()) return fail(invalid(`请上传 ${name} 文件`, [{ path: name, message: '缺少文件或文件为空' }]));
        out[name] = text;
      }
      settled = true;
      resolve(out);
    });
    raw.pipe(parser);
  });
}
