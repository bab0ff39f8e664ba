import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateProposalInput, CreateSolicitationInput, MergeProposalsInput, ScreenProposalsInput } from '@shangliang/core';
import { apiGet, apiPost, type Query } from '../../../api/client.js';
import type { Proposal, ProposalPage, Solicitation, Topic } from '../../../api/types.js';

/** GET /api/proposals (the pool, or `mine=true` for a member's own). */
export function useProposals(query: Query, enabled = true) {
  return useQuery({
    queryKey: ['proposals', 'list', query],
    queryFn: () => apiGet<ProposalPage>('/api/proposals', query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** GET /api/proposals/:id. */
export function useProposal(id: string | undefined) {
  return useQuery({
    queryKey: ['proposals', 'one', id],
    queryFn: () => apiGet<Proposal>(`/api/proposals/${encodeURIComponent(id ?? '')}`),
    enabled: !!id,
  });
}

/** 荐题 / 点题, 初筛 and 合并立题; each refreshes proposals, topics and the workbench. */
export function useProposalMutations() {
  const client = useQueryClient();
  const refresh = async (): Promise<void> => {
    await Promise.all(['proposals', 'topics', 'workbench', 'plans'].map((k) => client.invalidateQueries({ queryKey: [k] })));
  };
  const create = useMutation({ mutationFn: (input: CreateProposalInput) => apiPost<Proposal>('/api/proposals', input), onSuccess: refresh });
  const screen = useMutation({
    mutationFn: (input: ScreenProposalsInput) => apiPost<{ items: Proposal[] }>('/api/proposals/screen', input),
    onSuccess: refresh,
  });
  const merge = useMutation({ mutationFn: (input: MergeProposalsInput) => apiPost<Topic>('/api/proposals/merge', input), onSuccess: refresh });
  return { create, screen, merge };
}

/** Lists answer `{items}`; accept a bare array too. */
function itemsOf<T>(answer: { items: readonly T[] } | readonly T[]): T[] {
  return Array.isArray(answer) ? [...(answer as readonly T[])] : [...(answer as { items: readonly T[] }).items];
}

/** GET /api/solicitations (office). */
export function useSolicitations(enabled = true) {
  return useQuery({
    queryKey: ['solicitations'],
    queryFn: async () => itemsOf(await apiGet<{ items: Solicitation[] } | Solicitation[]>('/api/solicitations', { pageSize: 100 })),
    enabled,
  });
}

/** POST /api/solicitations. */
export function useCreateSolicitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSolicitationInput) => apiPost<Solicitation>('/api/solicitations', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['solicitations'] }),
  });
}
