import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AssignInput,
  ConversionInput,
  EvaluateInput,
  FeedbackInput,
  HandlingSettings,
  ReviewInput,
  SuperviseInput,
  UpdateHandlingSettingsInput,
} from '@shangliang/core';
import { api, apiGet, apiPost, type Query } from '../../../api/client.js';
import type { HandlingItemDetail, HandlingItemPage, HandlingSummary, Org, Page } from '../../../api/types.js';

const enc = encodeURIComponent;

/** GET /api/handling/items (a department gets only its own). */
export function useHandlingItems(query: Query, enabled = true) {
  return useQuery({
    queryKey: ['handling', 'list', query],
    queryFn: () => apiGet<HandlingItemPage>('/api/handling/items', query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** GET /api/handling/items/:id. */
export function useHandlingItem(id: string | undefined) {
  return useQuery({
    queryKey: ['handling', 'item', id],
    queryFn: () => apiGet<HandlingItemDetail>(`/api/handling/items/${enc(id ?? '')}`),
    enabled: !!id,
  });
}

/** GET /api/handling/summary (offices). */
export function useHandlingSummary(enabled = true) {
  return useQuery({ queryKey: ['handling', 'summary'], queryFn: () => apiGet<HandlingSummary>('/api/handling/summary'), enabled });
}

/** The settings answer, with the version the settings form sends back. */
type VersionedSettings = HandlingSettings & { readonly version: number };

/** GET /api/handling/settings. */
export function useHandlingSettings(enabled = true) {
  return useQuery({ queryKey: ['handling', 'settings'], queryFn: () => apiGet<VersionedSettings>('/api/handling/settings'), enabled });
}

/** PUT /api/handling/settings. */
export function useSaveHandlingSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateHandlingSettingsInput) => api<VersionedSettings>('PUT', '/api/handling/settings', { body: input }),
    onSuccess: (s) => client.setQueryData(['handling', 'settings'], s),
  });
}

/** Departments an item can go to: those of its county, then the city's (市直部门). */
export function useAssignableDepartments(countyId: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: ['orgs', 'assignable', countyId ?? 'city'],
    enabled,
    staleTime: 60_000,
    queryFn: async () => {
      const [county, all] = await Promise.all([
        countyId ? apiGet<Page<Org>>('/api/orgs', { kind: 'department', countyId, pageSize: 100 }) : Promise.resolve({ items: [] as Org[] }),
        apiGet<Page<Org>>('/api/orgs', { kind: 'department', pageSize: 100 }),
      ]);
      return { county: county.items.filter((o) => o.active), city: all.items.filter((o) => o.active && !o.countyId) };
    },
  });
}

/** Every write on an item; each answers the item, which replaces the cached one, and refreshes lists. */
export function useItemMutations(id: string) {
  const client = useQueryClient();
  const refresh = async (item: HandlingItemDetail): Promise<void> => {
    client.setQueryData(['handling', 'item', item.id], item);
    await Promise.all(
      [['handling', 'list'], ['handling', 'summary'], ['workbench'], ['topics']].map((k) => client.invalidateQueries({ queryKey: k })),
    );
  };
  const m = <I,>(path: string) =>
    useMutation({ mutationFn: (input: I) => apiPost<HandlingItemDetail>(`/api/handling/items/${enc(id)}/${path}`, input), onSuccess: refresh });
  return {
    assign: m<AssignInput>('assign'),
    return: m<{ reason: string }>('return'),
    feedback: m<FeedbackInput>('feedback'),
    paperFeedback: m<FeedbackInput>('paper-feedback'),
    coOpinion: m<{ text: string }>('co-opinion'),
    review: m<ReviewInput>('review'),
    evaluate: m<EvaluateInput>('evaluate'),
    supervise: m<SuperviseInput>('supervise'),
    conversion: m<ConversionInput>('conversion'),
  };
}
