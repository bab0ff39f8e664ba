const pad = (n: number): string => String(n).padStart(2, '0');

/** A moment in the reader's local time, e.g. 2026-12-03 09:00. */
export function when(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
