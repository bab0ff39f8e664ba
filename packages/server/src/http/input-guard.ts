import { CONTROL_CHARACTER_MESSAGE, findControlCharacter } from '@shangliang/core';
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

const PLACE = { body: '请求内容', query: '查询参数', params: '路径参数' } as const;

/**
 * Refuses control characters in every body, query and path parameter of every route before it is
 * validated, so that no handler, schema or database ever sees one (a NUL gave PostgreSQL errors).
 */
export function installInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const key of ['params', 'query', 'body'] as const) {
      const found = findControlCharacter(request[key], key === 'body' ? 'text' : 'parameter');
      if (found) {
        const path = found.join('.');
        throw new AppError('invalid', 'VALIDATION_FAILED', `${PLACE[key]}不符合要求：${CONTROL_CHARACTER_MESSAGE}`, [{ path, message: CONTROL_CHARACTER_MESSAGE }]);
      }
    }
  });
}
