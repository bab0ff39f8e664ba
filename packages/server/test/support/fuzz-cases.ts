import fc from 'fast-check';
import { exampleOf, fillPath, type Operation } from './openapi.js';

/** Who sends a fuzz case: demo users of 尧都区 of several roles, or nobody. */
export const FUZZ_ACTORS = ['yaodu-office', 'admin', 'yaodu-dept-jt', 'yaodu-member1', null] as const;

/** One generated request. */
export interface FuzzCase {
  readonly actor: (typeof FUZZ_ACTORS)[number];
  readonly url: string;
  readonly contentType: string | null;
  readonly payload: string | Buffer | undefined;
}

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
/** Text with a control character inside (NUL gave PostgreSQL errors): its own branch, so it comes up often. */
const controlText = fc.tuple(text, fc.constantFrom('\u0000', '\u0001', '\u0008', '\u001b', '\u007f'), text).map((p) => p.join(''));
const nastyValue = fc.constantFrom('', ' ', '%', '_', '..', '../../etc/passwd', "' or 1=1 --", 'null', 'undefined', '[]', '{}', '-1', '0', '1e308', '99999999999999999999', 'NaN', '2026-02-30', '9999-12-31T99:99:99Z', '尧都区'.repeat(30), 'x'.repeat(5000), '\u202e', '😀', '<script>alert(1)</script>');
const nasty = fc.oneof(nastyValue, controlText);
/** Any value a careless or hostile client could put in a JSON field. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  nasty,
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(2 ** 53, -(2 ** 31), 1e308, -0),
  fc.array(fc.oneof(text, fc.integer(), nasty), { maxLength: 5 }),
  fc.dictionary(text, fc.oneof(text, fc.integer()), { maxKeys: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A path or query parameter: a real value, a nasty one or anything. */
const param = (real: string | undefined) => fc.oneof(...(real ? [fc.constant(real), fc.constant(real), fc.constant(real)] : []), nasty, text);

/** Bodies: the valid example, the example with one field replaced or added, or anything at all. */
function bodyArb(op: Operation): fc.Arbitrary<{ contentType: string | null; payload: string | undefined }> {
  const example = (op.body ? exampleOf(op.body) : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(example), ...Object.keys(op.body?.properties ?? {})])];
  const json = (v: unknown) => ({ contentType: 'application/json', payload: JSON.stringify(v) });
  const mutated = keys.length
    ? fc.tuple(fc.constantFrom(...keys), junk).map(([k, v]) => json({ ...example, [k]: v }))
    : junk.map((v) => json(v));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(json(example)) },
    { weight: 5, arbitrary: mutated },
    { weight: 1, arbitrary: fc.tuple(text, junk).map(([k, v]) => json({ ...example, [k]: v })) },
    { weight: 1, arbitrary: junk.map(json) },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }).map((raw) => ({ contentType: 'application/json', payload: raw })) },
    { weight: 1, arbitrary: fc.constantFrom({ contentType: 'text/plain', payload: 'hello' }, { contentType: null, payload: undefined }, { contentType: 'application/json', payload: '' }) },
  );
}

/** Multipart bodies, well-formed and not. */
function uploadArb(): fc.Arbitrary<{ contentType: string | null; payload: Buffer }> {
  const boundary = 'fzBoundary42';
  const part = fc
    .record({ field: fc.constantFrom('file', 'note', ''), name: fc.oneof(fc.constantFrom('说明.txt', 'a.pdf', '办理表.xlsx', '', '../x.txt', 'a.exe'), text), type: fc.constantFrom('text/plain', 'application/pdf', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'image/png', ''), content: fc.oneof(text, fc.constant('')) })
    .map((p) => `--${boundary}\r\nContent-Disposition: form-data; name="${p.field}"; filename="${p.name}"\r\nContent-Type: ${p.type}\r\n\r\n${p.content}\r\n`);
  return fc
    .record({ parts: fc.array(part, { minLength: 0, maxLength: 3 }), close: fc.boolean(), cut: fc.nat(40), header: fc.constantFrom(`multipart/form-data; boundary=${boundary}`, 'multipart/form-data', 'multipart/form-data; boundary=', `multipart/form-data; boundary="${boundary}"`) })
    .map(({ parts, close, cut, header }) => {
      const body = parts.join('') + (close ? `--${boundary}--\r\n` : '');
      return { contentType: header, payload: Buffer.from(body.slice(0, Math.max(0, body.length - (close ? 0 : cut)))) };
    });
}

/** Requests for one operation: every actor, real and broken ids, broken queries and bodies. */
export function fuzzCases(op: Operation, realId: (path: string) => string | undefined): fc.Arbitrary<FuzzCase> {
  const pathArb = fc.tuple(...op.pathParams.map(() => param(realId(op.path)))).map((values) => fillPath(op.path, Object.fromEntries(op.pathParams.map((p, i) => [p, String(values[i])]))));
  const queryArb = fc.tuple(...op.query.map((q) => fc.option(param(q.schema ? String(exampleOf(q.schema) ?? '') : undefined), { nil: undefined }))).map((values) => {
    const pairs = op.query.map((q, i) => [q.name, values[i]] as const).filter(([, v]) => v !== undefined);
    return pairs.length ? `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&')}` : '';
  });
  const bodies = op.method === 'GET' ? fc.constant({ contentType: null, payload: undefined }) : op.upload ? uploadArb() : bodyArb(op);
  return fc.record({ actor: fc.constantFrom(...FUZZ_ACTORS), path: pathArb, query: queryArb, body: bodies }).map(({ actor, path, query, body }) => ({ actor, url: path + query, ...body }));
}
