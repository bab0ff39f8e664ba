import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { recordAudit } from '../use-cases/audit/record-audit.js';
import { AppError, STATUS_OF, VersionConflict } from './errors.js';
import { toFieldErrors } from './validation-messages.js';

const PLACE: Record<string, string> = { body: '请求内容', querystring: '查询参数', params: '路径参数', headers: '请求头' };

/** Maps every error to `{error, message, fields?}` with a Chinese message; only real faults give 500. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(async (err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      if (err.refusal && request.ctx?.user) {
        const { action, ...subject } = err.refusal;
        await recordAudit(request.ctx, { action: 'access.refused', outcome: 'refused', ...subject, summary: { action, reason: err.message } });
      }
      const current = err instanceof VersionConflict ? { current: err.current } : {};
      return reply.status(STATUS_OF[err.kind]).send({ error: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}), ...current });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = toFieldErrors(
        err.validation.map((v) => ({
          ...(v.params as object),
          code: v.keyword,
          message: v.message ?? '',
          path: v.instancePath.split('/').filter(Boolean),
        })),
      );
      const where = PLACE[err.validationContext ?? 'body'] ?? '请求内容';
      return reply.status(400).send({ error: 'VALIDATION_FAILED', message: `${where}不符合要求：${fields[0]?.message ?? ''}`, fields });
    }
    const status = err.statusCode ?? 500;
    if (status === 413) return reply.status(413).send({ error: 'PAYLOAD_TOO_LARGE', message: '请求内容过大' });
    if (status === 415) return reply.status(415).send({ error: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的请求内容类型，请以 JSON 提交' });
    if (status === 429) return reply.status(429).send({ error: 'RATE_LIMITED', message: '操作过于频繁，请稍后再试' });
    if (status >= 400 && status < 500) {
      const message = err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? '请求内容不是有效的 JSON' : '请求格式不正确';
      return reply.status(status).send({ error: 'BAD_REQUEST', message });
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ error: 'INTERNAL', message: '服务器内部错误，请稍后重试或联系管理员' });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: 'NOT_FOUND', message: `未找到接口：${request.method} ${request.url.split('?')[0]}` }),
  );
}
