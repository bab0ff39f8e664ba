import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { apiGet, apiPost } from '../../../api/client.js';
import type { Me } from '../../../api/types.js';

/** Query key of the signed-in user. */
export const ME_KEY = ['me'] as const;

/** The signed-in user (GET /api/auth/me); a 401 sends the browser to the login page. */
export function useMe(): UseQueryResult<Me> {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async () => (await apiGet<{ user: Me }>('/api/auth/me')).user,
    staleTime: 60_000,
  });
}

/** 登录. */
export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { username: string; password: string }) =>
      (await apiPost<{ user: Me }>('/api/auth/login', input)).user,
    onSuccess: (me) => {
      client.clear();
      client.setQueryData(ME_KEY, me);
    },
  });
}

/** 退出登录. */
export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<void>('/api/auth/logout', {}),
    onSettled: () => client.clear(),
  });
}

/** 切换组织: makes another of the user's organisations the active one and reloads everything. */
export function useSwitchOrg() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (orgId: string) => (await apiPost<{ user: Me }>('/api/auth/switch-org', { orgId })).user,
    onSuccess: async (me) => {
      client.setQueryData(ME_KEY, me);
      await client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
    },
  });
}

/** 修改密码. */
export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      apiPost<void>('/api/auth/change-password', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ME_KEY }),
  });
}

/** The roles the user holds in the active organisation (or all, when none matches). */
export function activeRoles(me: Me) {
  const here = me.roles.filter((r) => r.orgId === me.activeOrgId);
  return here.length > 0 ? here : me.roles;
}

