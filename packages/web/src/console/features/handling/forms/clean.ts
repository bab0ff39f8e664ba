import dayjs from 'dayjs';

/** Trims strings and drops empty values (top level). */
export function clean(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string') {
      if (v.trim() !== '') out[k] = v.trim();
      continue;
    }
    if (dayjs.isDayjs(v)) {
      out[k] = v.format('YYYY-MM-DD');
      continue;
    }
    out[k] = v;
  }
  return out;
}

/** Required text fields left empty are sent as '' so that the core schema's own message (请填写…) shows under them. */
export const withBlank = (values: Record<string, unknown>, ...keys: string[]): Record<string, unknown> => {
  const out = { ...values };
  for (const k of keys) if (out[k] === undefined) out[k] = '';
  return out;
};
