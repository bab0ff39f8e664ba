import { useSearchParams } from 'react-router';

/** A list page's filters and page number. */
export interface ListFilters {
  /** A filter's value; undefined when it is not set. */
  get(key: string): string | undefined;
  /** Sets (or, with undefined or '', clears) filters; any change but the page's goes back to page 1. */
  set(changes: Readonly<Record<string, string | undefined>>): void;
  readonly page: number;
  setPage(page: number): void;
}

/**
 * The filters of a list page, kept in the address: a reload, the back button or a link from the
 * workbench (待初筛 → ?status=submitted) opens the list as it was. Replaces the history entry, so
 * that typing in a filter does not fill the back button.
 */
export function useListFilters(): ListFilters {
  const [params, setParams] = useSearchParams();
  const get = (key: string): string | undefined => params.get(key) || undefined;
  const set = (changes: Readonly<Record<string, string | undefined>>): void => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) (v ? next.set(k, v) : next.delete(k));
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };
  return { get, set, page: Number(get('page') ?? '1') || 1, setPage: (page) => set({ page: page > 1 ? String(page) : undefined }) };
}
