import { useEffect, useState } from 'react';
import { apiGet } from '../api/client.js';
import { errorMessage } from '../api/api-error.js';

/** State of a public read: loading, loaded data, or a Chinese error message. */
export type Loadable<T> = { readonly status: 'loading' } | { readonly status: 'ok'; readonly data: T } | { readonly status: 'error'; readonly message: string };

const cache = new Map<string, unknown>();

/** Reads a public API path once per page view (cached while the page lives). */
export function usePublicData<T>(path: string): Loadable<T> {
  const [state, setState] = useState<Loadable<T>>(() =>
    cache.has(path) ? { status: 'ok', data: cache.get(path) as T } : { status: 'loading' },
  );
  useEffect(() => {
    if (cache.has(path)) return;
    let alive = true;
    apiGet<T>(path).then(
      (data) => {
        cache.set(path, data);
        if (alive) setState({ status: 'ok', data });
      },
      (error: unknown) => alive && setState({ status: 'error', message: errorMessage(error) }),
    );
    return () => {
      alive = false;
    };
  }, [path]);
  return state;
}
