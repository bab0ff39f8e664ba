import dayjs from 'dayjs';

/** Formats a timestamp as YYYY-MM-DD HH:mm ('—' when empty). */
export function formatTime(value: string | null | undefined): string {
  if (!value) return '—';
  const d = dayjs(value);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : '—';
}

/** Shows '—' for an empty value. */
export function orDash(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}
