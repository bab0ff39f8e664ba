import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/client.js';
import type { PublicCounty } from '../../api/types.js';

/** The 17 county-level units (GET /api/public/counties), for filters and pickers. */
export function useCounties() {
  return useQuery({
    queryKey: ['public', 'counties'],
    queryFn: async () => (await apiGet<{ items: PublicCounty[] }>('/api/public/counties')).items,
    staleTime: 5 * 60_000,
  });
}

/** Select options of the counties. */
export function countyOptions(counties: readonly PublicCounty[] | undefined): { value: string; label: string }[] {
  return (counties ?? []).map((c) => ({ value: c.id, label: c.name }));
}
