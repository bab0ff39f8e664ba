import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateThesaurusGroupInput, ThesaurusGroupView, ThesaurusView, UpdateThesaurusGroupInput } from '@shangliang/core';
import { api, apiGet, apiPost } from '../../../api/client.js';

/** GET /api/thesaurus — the shipped groups and the county's own (the office's county when none is named). */
export function useThesaurus(countyId: string | undefined) {
  return useQuery({
    queryKey: ['thesaurus', countyId ?? null],
    queryFn: () => apiGet<ThesaurusView>('/api/thesaurus', { countyId }),
    placeholderData: keepPreviousData,
  });
}

/** Add, edit and delete the county's own groups; `reload` fetches the thesaurus afresh (after a version conflict). */
export function useThesaurusMutations() {
  const client = useQueryClient();
  const refresh = (): Promise<void> => client.invalidateQueries({ queryKey: ['thesaurus'] });
  const create = useMutation({ mutationFn: (input: CreateThesaurusGroupInput) => apiPost<ThesaurusGroupView>('/api/thesaurus/groups', input), onSuccess: refresh });
  const update = useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateThesaurusGroupInput }) => api<ThesaurusGroupView>('PUT', `/api/thesaurus/groups/${encodeURIComponent(id)}`, { body: input }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: ({ id, version }: { id: string; version: number | null }) => api<void>('DELETE', `/api/thesaurus/groups/${encodeURIComponent(id)}`, { body: version === null ? {} : { version } }),
    onSuccess: refresh,
  });
  /** The group as now saved, read with the whole thesaurus (there is no route for one group). */
  const reload = async (id: string): Promise<ThesaurusGroupView | undefined> => {
    await refresh();
    const views = client.getQueriesData<ThesaurusView>({ queryKey: ['thesaurus'] });
    return views.flatMap(([, v]) => v?.groups ?? []).find((g) => g.id === id);
  };
  return { create, update, remove, reload };
}
