import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUserInput, UpdateUserInput } from '@shangliang/core';
import { apiGet, apiPatch, apiPost, type Query } from '../../../api/client.js';
import type { Page, User } from '../../../api/types.js';

/** GET /api/users (paged, filtered). */
export function useUsers(query: Query) {
  return useQuery({
    queryKey: ['users', query],
    queryFn: () => apiGet<Page<User>>('/api/users', query),
    placeholderData: keepPreviousData,
  });
}

/** Create, update, reset the password of, deactivate, activate and unlock users; `reload` fetches one afresh (after a version conflict). */
export function useUserMutations() {
  const client = useQueryClient();
  const refresh = (): Promise<void> => client.invalidateQueries({ queryKey: ['users'] });
  const create = useMutation({ mutationFn: (input: CreateUserInput) => apiPost<User>('/api/users', input), onSuccess: refresh });
  const update = useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateUserInput }) =>
      apiPatch<User>(`/api/users/${encodeURIComponent(id)}`, input),
    onSuccess: refresh,
  });
  const resetPassword = useMutation({
    mutationFn: ({ id, newPassword }: { id: string; newPassword: string }) =>
      apiPost<void>(`/api/users/${encodeURIComponent(id)}/reset-password`, { newPassword }),
    onSuccess: refresh,
  });
  const setActive = useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      apiPost<User>(`/api/users/${encodeURIComponent(id)}/${active ? 'activate' : 'deactivate'}`, {}),
    onSuccess: refresh,
  });
  const unlock = useMutation({
    mutationFn: (id: string) => apiPost<User>(`/api/users/${encodeURIComponent(id)}/unlock`, {}),
    onSuccess: refresh,
  });
  const reload = async (id: string): Promise<User> => {
    const fresh = await apiGet<User>(`/api/users/${encodeURIComponent(id)}`);
    await refresh();
    return fresh;
  };
  return { create, update, resetPassword, setActive, unlock, reload };
}
