import type { FastifySerializerCompiler } from 'fastify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { type ZodType, z } from 'zod';

/**
 * How answers are serialised. The zod response schemas always feed the OpenAPI document; `strict`
 * also checks every answer against its schema (tests: a presenter that drifts from its shape answers
 * 500 and fails), while `plain` only stringifies (production: checking big pages costs too much, and
 * a drift must not turn a working page into a 500). Both send the presenter's object as it is.
 */
export type ResponseValidation = 'strict' | 'plain';

const plain = (data: unknown): string => JSON.stringify(data);

/** The serializer compiler for a response validation mode. */
export function responseSerializer(mode: ResponseValidation): FastifySerializerCompiler<ZodType> {
  if (mode === 'plain') return () => plain;
  return ({ schema, method, url }) =>
    (data) => {
      const result = z.safeParse(schema, data);
      if (!result.success) {
        // Tests run with a silent logger: say which answer drifted and where.
        process.stderr.write(`response of ${method} ${url} does not match its schema:\n${z.prettifyError(result.error)}\n`);
        throw new ResponseSerializationError(method, url, { cause: result.error });
      }
      return plain(data);
    };
}
