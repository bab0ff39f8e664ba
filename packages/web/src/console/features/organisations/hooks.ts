import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateOrgInput, UpdateOrgInput } from '@shangliang/core';
import { apiGet, apiPatch, apiPost, type Query } from '../../../api/client.js';
import type { Org, OrgNode, Page } from '../../../api/types.js';

/** GET /api/orgs/tree. */
export function useOrgTree() {
  return useQuery({
    queryKey: ['orgs', 'tree'],
    queryFn: async () => (await apiGet<{ items: OrgNode[] }>('/api/orgs/tree')).items,
  });
}

/** GET /api/orgs/:id (with the actions allowed on it). */
export function useOrg(id: string | undefined) {
  return useQuery({
    queryKey: ['orgs', 'one', id],
    queryFn: () => apiGet<Org>(`/api/orgs/${encodeURIComponent(id ?? '')}`),
    enabled: !!id,
  });
}

/** GET /api/orgs with filters (paged). */
export function useOrgList(query: Query, enabled = true) {
  return useQuery({
    queryKey: ['orgs', 'list', query],
    queryFn: () => apiGet<Page<Org>>('/api/orgs', query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Create, update, deactivate and activate organisations; every change refreshes all organisation queries. `reload` fetches one afresh (after a version conflict). */
export function useOrgMutations() {
  const client = useQueryClient();
  const refresh = (): Promise<void> => client.invalidateQueries({ queryKey: ['orgs'] });
  const create = useMutation({
    mutationFn: (input: CreateOrgInput) => apiPost<Org>('/api/orgs', input),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateOrgInput }) =>
      apiPatch<Org>(`/api/orgs/${encodeURIComponent(id)}`, input),
    onSuccess: refresh,
  });
  const setActive = useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      apiPost<Org>(`/api/orgs/${encodeURIComponent(id)}/${active ? 'activate' : 'deactivate'}`, {}),
    onSuccess: refresh,
  });
  const reload = async (id: string): Promise<Org> => {
    const fresh = await apiGet<Org>(`/api/orgs/${encodeURIComponent(id)}`);
    await refresh();
    return fresh;
  };
  return { create, update, setActive, reload };
}
