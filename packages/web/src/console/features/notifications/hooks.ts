import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationSettingsInput } from '@shangliang/core';
import { api, apiGet, apiPost, type Query } from '../../../api/client.js';
import type { Delivery, NotificationPage, NotificationSettings, Page } from '../../../api/types.js';

/** How often the bell asks for the unread count. */
const BELL_EVERY_MS = 30_000;

/** GET /api/notifications/unread-count — the bell's figure, refreshed every half minute. */
export function useUnreadCount() {
  return useQuery({ queryKey: ['notifications', 'unread'], queryFn: () => apiGet<{ unread: number }>('/api/notifications/unread-count'), refetchInterval: BELL_EVERY_MS, staleTime: 10_000 });
}

/** GET /api/notifications — a page of one's notifications. */
export function useNotifications(query: { page: number; pageSize: number; unread?: boolean }) {
  return useQuery({ queryKey: ['notifications', 'list', query], queryFn: () => apiGet<NotificationPage>('/api/notifications', { ...query, unread: query.unread ? 'true' : undefined }), placeholderData: keepPreviousData });
}

/** 标为已读: one notification (by id) or all of them ('all'). */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiPost<{ unread: number }>(id === 'all' ? '/api/notifications/read-all' : `/api/notifications/${encodeURIComponent(id)}/read`, {}),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

/** GET and PUT /api/me/notification-settings. */
export function useNotificationSettings() {
  const client = useQueryClient();
  const settings = useQuery({ queryKey: ['notification-settings'], queryFn: () => apiGet<NotificationSettings>('/api/me/notification-settings') });
  const save = useMutation({
    mutationFn: (input: NotificationSettingsInput) => api<NotificationSettings>('PUT', '/api/me/notification-settings', { body: input }),
    onSuccess: (data) => client.setQueryData(['notification-settings'], data),
  });
  return { settings, save };
}

/** GET /api/notifications/deliveries — the office's delivery log. */
export function useDeliveries(query: Query) {
  return useQuery({ queryKey: ['deliveries', query], queryFn: () => apiGet<Page<Delivery>>('/api/notifications/deliveries', query), placeholderData: keepPreviousData });
}

/** 重新发送 one delivery. */
export function useResend() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (id: string) => apiPost<Delivery>(`/api/notifications/deliveries/${encodeURIComponent(id)}/resend`, {}), onSuccess: () => client.invalidateQueries({ queryKey: ['deliveries'] }) });
}
