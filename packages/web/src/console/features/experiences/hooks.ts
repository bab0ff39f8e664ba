import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateExperienceInput, UpdateExperienceInput } from '@shangliang/core';
import { api, apiGet, apiPost } from '../../../api/client.js';
import type { Experience, ExperienceListItem, Page } from '../../../api/types.js';

/** One page of 经验交流. */
export const EXPERIENCE_PAGE_SIZE = 20;

/** GET /api/experiences — published summaries (and the city office's drafts), newest first. */
export function useExperiences(filter: { page: number; q?: string | undefined; status?: string | undefined }) {
  return useQuery({
    queryKey: ['experiences', filter],
    queryFn: () => apiGet<Page<ExperienceListItem>>('/api/experiences', { ...filter, pageSize: EXPERIENCE_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/experiences/:id. */
export function useExperience(id: string) {
  return useQuery({ queryKey: ['experiences', 'one', id], queryFn: () => apiGet<Experience>(`/api/experiences/${encodeURIComponent(id)}`) });
}

/** Topics of any county for the 关联议题 picker (the city office reads every county). */
export function useTopicSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['topics', 'pick', q],
    queryFn: async () => (await apiGet<{ items: { id: string; title: string; countyName: string | null; stateLabel: string }[] }>('/api/topics', { q: q || undefined, pageSize: 20 })).items,
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** Write, edit, publish and withdraw summaries; `reload` fetches one afresh (after a version conflict). */
export function useExperienceMutations() {
  const client = useQueryClient();
  const refresh = (): Promise<void> => client.invalidateQueries({ queryKey: ['experiences'] });
  const create = useMutation({ mutationFn: (input: CreateExperienceInput) => apiPost<Experience>('/api/experiences', input), onSuccess: refresh });
  const update = useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateExperienceInput }) => api<Experience>('PUT', `/api/experiences/${encodeURIComponent(id)}`, { body: input }),
    onSuccess: refresh,
  });
  const publish = useMutation({
    mutationFn: ({ id, published, version }: { id: string; published: boolean; version: number }) => apiPost<Experience>(`/api/experiences/${encodeURIComponent(id)}/${published ? 'publish' : 'unpublish'}`, { version }),
    onSuccess: refresh,
  });
  const reload = async (id: string): Promise<Experience> => {
    const fresh = await apiGet<Experience>(`/api/experiences/${encodeURIComponent(id)}`);
    await refresh();
    return fresh;
  };
  return { create, update, publish, reload };
}
