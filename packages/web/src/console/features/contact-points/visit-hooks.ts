import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateVisitInput, UpdateVisitInput } from '@shangliang/core';
import { api, apiGet, apiPost } from '../../../api/client.js';
import type { CityMember, ContactPointPage, Visit } from '../../../api/types.js';

const pageKey = (id: string) => ['contact-points', id, 'page'] as const;

/** GET /api/contact-points/:id/page — the contact point, the consultations held there and the city's visits. */
export function useContactPointPage(id: string) {
  return useQuery({ queryKey: pageKey(id), queryFn: () => apiGet<ContactPointPage>(`/api/contact-points/${encodeURIComponent(id)}/page`) });
}

/** GET /api/city-members — the member accounts of the city, for the 记录走访 form. */
export function useCityMembers(enabled: boolean) {
  return useQuery({ queryKey: ['city-members'], queryFn: async () => (await apiGet<{ items: CityMember[] }>('/api/city-members')).items, enabled, staleTime: 60_000 });
}

/** Record, edit and delete the city's visits at one contact point; the page is reloaded after each. */
export function useVisitMutations(contactPointId: string) {
  const client = useQueryClient();
  const refresh = (): Promise<void> => client.invalidateQueries({ queryKey: pageKey(contactPointId) });
  const create = useMutation({
    mutationFn: (input: CreateVisitInput) => apiPost<Visit>(`/api/contact-points/${encodeURIComponent(contactPointId)}/visits`, input),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateVisitInput }) => api<Visit>('PUT', `/api/contact-point-visits/${encodeURIComponent(id)}`, { body: input }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => api<void>('DELETE', `/api/contact-point-visits/${encodeURIComponent(id)}`, { body: { version } }),
    onSuccess: refresh,
  });
  /** The visit afresh (after a version conflict). */
  const reload = async (id: string): Promise<Visit | undefined> => {
    await refresh();
    return client.getQueryData<ContactPointPage>(pageKey(contactPointId))?.visits?.find((v) => v.id === id);
  };
  return { create, update, remove, reload };
}
