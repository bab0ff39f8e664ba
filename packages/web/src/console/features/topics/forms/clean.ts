import dayjs, { type Dayjs } from 'dayjs';

/** A picked date as YYYY-MM-DD. */
export const day = (d: Dayjs | null | undefined): string | undefined => (d ? d.format('YYYY-MM-DD') : undefined);

/** Trims strings and drops empty ones, recursively through arrays and objects. */
export function clean(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value)) return value.map(clean).filter((v) => v !== undefined);
  if (value && typeof value === 'object' && !dayjs.isDayjs(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = clean(v);
      if (c !== undefined && c !== null) out[k] = c;
    }
    return out;
  }
  return value;
}
