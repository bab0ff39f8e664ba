import { match } from 'pinyin-pro';

/**
 * Whether a name matches what was typed: its characters, or its pinyin — whole (zhangsanmin), initials (zsm) or
 * mixed (zhangsm) — as staff type names on a phone keyboard.
 */
export function matchesName(name: string, typed: string): boolean {
  const q = typed.trim().toLowerCase();
  if (!q) return true;
  if (name.toLowerCase().includes(q)) return true;
  return /^[a-z]+$/.test(q) && match(name, q, { continuous: false }) !== null;
}

/** The `showSearch` of a Select of people, departments or places: by characters or pinyin of the option's label. */
export const PINYIN_SEARCH = {
  filterOption: (input: string, option?: { label?: unknown }) => matchesName(String(option?.label ?? ''), input),
} as const;
