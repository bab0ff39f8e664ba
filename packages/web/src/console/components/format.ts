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

/** Formats a date (YYYY-MM-DD) or timestamp as a date ('—' when empty). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const d = dayjs(value);
  return d.isValid() ? d.format('YYYY-MM-DD') : value;
}

/** Select options from a vocabulary's keys and labels. */
export function vocabOptions<K extends string>(keys: readonly K[], labels: Readonly<Record<K, string>>): { value: K; label: string }[] {
  return keys.map((k) => ({ value: k, label: labels[k] }));
}
