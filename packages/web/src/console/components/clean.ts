import dayjs, { type Dayjs } from 'dayjs';

/** How `clean` treats a field the user emptied. */
export interface CleanOptions {
  /**
   * Edit forms send an emptied field as '' (or a cleared value as null) so that the record loses it;
   * forms that create something leave it out, so the schema's default or "optional" applies.
   */
  readonly keepBlank?: boolean;
}

/**
 * Form values → a request body, through nested lists and objects: strings trimmed, picked dates as
 * YYYY-MM-DD, undefined left out; empty strings and nulls left out too unless `keepBlank`.
 */
export function clean(values: object, options?: CleanOptions): Record<string, unknown>;
/** The same for one value of any kind (a list, a string …). */
export function clean(value: unknown, options?: CleanOptions): unknown;
export function clean(value: unknown, options: CleanOptions = {}): unknown {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' && !options.keepBlank ? undefined : trimmed;
  }
  if (value === null) return options.keepBlank ? null : undefined;
  if (dayjs.isDayjs(value)) return value.format('YYYY-MM-DD');
  if (Array.isArray(value)) return value.map((v) => clean(v, options)).filter((v) => v !== undefined);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = clean(v, options);
      if (c !== undefined) out[k] = c;
    }
    return out;
  }
  return value;
}

/** Required fields left empty are sent as '' so that the core schema's own message (请填写…) shows under them. */
export function withBlank(values: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  const out = { ...values };
  for (const k of keys) if (out[k] === undefined) out[k] = '';
  return out;
}

/** A picked date as YYYY-MM-DD (for a body built by hand rather than through `clean`). */
export const day = (d: Dayjs | null | undefined): string | undefined => (d ? d.format('YYYY-MM-DD') : undefined);
