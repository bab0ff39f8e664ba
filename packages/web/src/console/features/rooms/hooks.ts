import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ModerateStatementInput, RoomSettingsInput } from '@shangliang/core';
import { api, apiGet, apiPost } from '../../../api/client.js';
import type { ModerationQueueView, OpinionMapView, RoomView, StatementView } from '../../../api/types.js';

const enc = encodeURIComponent;

/** GET /api/rooms/:id — as the office sees it. */
export const useRoom = (id: string | undefined) => useQuery({ queryKey: ['rooms', id], queryFn: () => apiGet<RoomView>(`/api/rooms/${enc(id ?? '')}`), enabled: !!id });

/** GET /api/rooms/:id/moderation — pending and reported statements (kept fresh while the page is open). */
export const useModerationQueue = (id: string | undefined, enabled: boolean) =>
  useQuery({ queryKey: ['rooms', id, 'moderation'], queryFn: () => apiGet<ModerationQueueView>(`/api/rooms/${enc(id ?? '')}/moderation`), enabled: !!id && enabled, refetchInterval: 15_000 });

/** GET /api/rooms/:id/opinion-map — with who is in each group, for the office. */
export const useOpinionMap = (id: string | undefined) => useQuery({ queryKey: ['rooms', id, 'map'], queryFn: () => apiGet<OpinionMapView>(`/api/rooms/${enc(id ?? '')}/opinion-map`), enabled: !!id });

/** Refreshes everything of the room after a change. */
function useRefresh(id: string) {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: ['rooms', id] });
}

/** POST /api/rooms/:id/statements/:sid/moderate. */
export function useModerate(id: string) {
  const refresh = useRefresh(id);
  return useMutation({ mutationFn: ({ sid, ...body }: ModerateStatementInput & { sid: string }) => apiPost<StatementView>(`/api/rooms/${enc(id)}/statements/${enc(sid)}/moderate`, body), onSuccess: refresh });
}

/** PUT /api/rooms/:id. */
export function useRoomSettings(id: string) {
  const refresh = useRefresh(id);
  return useMutation({ mutationFn: (body: RoomSettingsInput) => api<RoomView>('PUT', `/api/rooms/${enc(id)}`, { body }), onSuccess: refresh });
}

/** POST /api/rooms/:id/close. */
export function useCloseRoom(id: string) {
  const refresh = useRefresh(id);
  return useMutation({ mutationFn: () => apiPost<RoomView>(`/api/rooms/${enc(id)}/close`, {}), onSuccess: refresh });
}

/** POST /api/rooms/:id/statements — the office's seed statements. */
export function useSeedStatement(id: string) {
  const refresh = useRefresh(id);
  return useMutation({ mutationFn: (body: { text: string; idempotencyKey: string; seed: true }) => apiPost<RoomView>(`/api/rooms/${enc(id)}/statements`, body), onSuccess: refresh });
}
