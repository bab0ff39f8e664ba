import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateContactPointInput, UpdateContactPointInput } from '@shangliang/core';
import { apiGet, apiPatch, apiPost } from '../../../api/client.js';
import type { ContactPoint } from '../../../api/types.js';

/** GET /api/contact-points (a short list: there are two in the regulation). */
export function useContactPoints() {
  return useQuery({
    queryKey: ['contact-points'],
    queryFn: async () =>
      (await apiGet<{ items: ContactPoint[] }>('/api/contact-points', { includeInactive: true })).items,
  });
}

/** Create, update, deactivate and activate contact points; `reload` fetches one afresh (after a version conflict). */
export function useContactPointMutations() {
  const client = useQueryClient();
  const refresh = (): Promise<void> => client.invalidateQueries({ queryKey: ['contact-points'] });
  const create = useMutation({
    mutationFn: (input: CreateContactPointInput) => apiPost<ContactPoint>('/api/contact-points', input),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateContactPointInput }) =>
      apiPatch<ContactPoint>(`/api/contact-points/${encodeURIComponent(id)}`, input),
    onSuccess: refresh,
  });
  const setActive = useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      apiPost<ContactPoint>(`/api/contact-points/${encodeURIComponent(id)}/${active ? 'activate' : 'deactivate'}`, {}),
    onSuccess: refresh,
  });
  const reload = async (id: string): Promise<ContactPoint> => {
    const fresh = await apiGet<ContactPoint>(`/api/contact-points/${encodeURIComponent(id)}`);
    await refresh();
    return fresh;
  };
  return { create, update, setActive, reload };
}
