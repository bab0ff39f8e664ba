import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateVenueInput, UpdateVenueInput } from '@shangliang/core';
import { apiGet, apiPatch, apiPost, type Query } from '../../../api/client.js';
import type { Page, Venue } from '../../../api/types.js';

/** GET /api/venues (paged, filtered). */
export function useVenues(query: Query) {
  return useQuery({
    queryKey: ['venues', query],
    queryFn: () => apiGet<Page<Venue>>('/api/venues', query),
    placeholderData: keepPreviousData,
  });
}

/** Create, update, deactivate and activate venues; `reload` fetches one afresh (after a version conflict). */
export function useVenueMutations() {
  const client = useQueryClient();
  const refresh = (): Promise<void> => client.invalidateQueries({ queryKey: ['venues'] });
  const create = useMutation({ mutationFn: (input: CreateVenueInput) => apiPost<Venue>('/api/venues', input), onSuccess: refresh });
  const update = useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateVenueInput }) =>
      apiPatch<Venue>(`/api/venues/${encodeURIComponent(id)}`, input),
    onSuccess: refresh,
  });
  const setActive = useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      apiPost<Venue>(`/api/venues/${encodeURIComponent(id)}/${active ? 'activate' : 'deactivate'}`, {}),
    onSuccess: refresh,
  });
  const reload = async (id: string): Promise<Venue> => {
    const fresh = await apiGet<Venue>(`/api/venues/${encodeURIComponent(id)}`);
    await refresh();
    return fresh;
  };
  return { create, update, setActive, reload };
}
