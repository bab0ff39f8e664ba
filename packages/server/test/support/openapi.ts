import type { FastifyInstance } from 'fastify';

/** A JSON Schema as @fastify/swagger renders our zod schemas. */
export interface JsonSchema {
  readonly type?: string | string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly format?: string;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly items?: JsonSchema;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly default?: unknown;
}

/** One operation of the API as the OpenAPI description lists it. */
export interface Operation {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** The path with `{param}` placeholders, e.g. `/api/topics/{id}`. */
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly query: readonly { name: string; required: boolean; schema: JsonSchema }[];
  readonly body: JsonSchema | null;
  /** The body is multipart (an upload) rather than JSON. */
  readonly upload: boolean;
  /** The answer is a stream that stays open (server-sent events): it has no end to wait for. */
  readonly stream: boolean;
}

const UPLOADS = new Set(['POST /api/attachments', 'POST /api/handling/topics/{id}/import', 'POST /api/rooms/{id}/import-polis']);
const STREAMS = new Set(['GET /api/rooms/{id}/events']);

/** Every operation of the app's OpenAPI description. */
export function operationsOf(app: FastifyInstance): Operation[] {
  const doc = app.swagger() as { paths: Record<string, Record<string, { parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>> };
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(methods)) {
      const method = m.toUpperCase() as Operation['method'];
      const params = op.parameters ?? [];
      ops.push({
        method,
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: !!p.required, schema: p.schema })),
        body: op.requestBody?.content['application/json']?.schema ?? null,
        upload: UPLOADS.has(`${method} ${path}`),
        stream: STREAMS.has(`${method} ${path}`),
      });
    }
  }
  return ops;
}

const PATTERN_CANDIDATES = ['13800138000', '0357-2345678', '2026-11-20', '2026-11-25T09:00:00+08:00', '2026', 'A', 'a1', '尧政协发'];

function stringExample(s: JsonSchema): string {
  if (s.format === 'date') return '2026-11-20';
  if (s.format === 'date-time') return '2026-11-25T09:00:00+08:00';
  if (s.format === 'email') return 'office@example.cn';
  const min = s.minLength ?? 0;
  const max = s.maxLength ?? 200;
  if (s.pattern) {
    const re = new RegExp(s.pattern);
    const hit = PATTERN_CANDIDATES.find((c) => re.test(c) && c.length >= min && c.length <= max);
    if (hit) return hit;
  }
  let text = '东羊村道路修缮情况说明';
  while (text.length < min) text += '，现场查看并征求群众意见';
  return text.slice(0, Math.max(min, Math.min(max, text.length)));
}

/** A small value that the schema accepts: required properties only, the first enum value, minimum sizes. */
export function exampleOf(s: JsonSchema): unknown {
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return exampleOf(alternatives.find((a) => a.type !== 'null') ?? alternatives[0]!);
  if (s.allOf) return Object.assign({}, ...s.allOf.map((a) => exampleOf(a)));
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'string':
      return stringExample(s);
    case 'integer':
    case 'number':
      return Math.min(Math.max(s.minimum ?? 1, 1), s.maximum ?? Number.MAX_SAFE_INTEGER);
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => exampleOf(s.items ?? {}));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of s.required ?? []) out[key] = exampleOf(s.properties?.[key] ?? {});
      return out;
    }
    default:
      return s.properties ? exampleOf({ ...s, type: 'object' }) : null;
  }
}

/** Fills a `{param}` path with values. */
export const fillPath = (path: string, values: Readonly<Record<string, string>>): string =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? 'x'));
