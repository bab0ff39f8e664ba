import { useCallback, useEffect, useRef, useState } from 'react';
import { api, apiGet } from '../../../api/client.js';
import { errorMessage } from '../../../api/api-error.js';
import type { OpinionMapView, RoomView, StatementView, VoteChoice } from '../../../api/types.js';

type Loaded = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ok'; room: RoomView };

/** A fresh key per statement form, so that a double tap or a resend posts once. */
export const newKey = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;

/**
 * One room, kept current without reload: the page loads it once, then merges what the room's event stream
 * (GET /api/rooms/:id/events) sends — new statements, vote counts, replies, hidden statements — and
 * refetches the room or the map when they change as a whole.
 */
export function useRoom(roomId: string) {
  const [state, setState] = useState<Loaded>({ status: 'loading' });
  const [map, setMap] = useState<OpinionMapView | null>(null);
  const alive = useRef(true);

  const reload = useCallback(async () => {
    try {
      const room = await apiGet<RoomView>(`/api/rooms/${roomId}`);
      if (alive.current) setState({ status: 'ok', room });
    } catch (e) {
      if (alive.current) setState({ status: 'error', message: errorMessage(e) });
    }
  }, [roomId]);
  const reloadMap = useCallback(async () => {
    try {
      const next = await apiGet<OpinionMapView>(`/api/rooms/${roomId}/opinion-map`);
      if (alive.current) setMap(next);
    } catch {
      // The map is an extra: the room works without it.
    }
  }, [roomId]);

  const patch = useCallback((fn: (room: RoomView) => RoomView) => setState((s) => (s.status === 'ok' ? { status: 'ok', room: fn(s.room) } : s)), []);
  const upsert = useCallback(
    (s: StatementView) =>
      patch((room) => {
        const i = room.statements.findIndex((x) => x.id === s.id);
        if (i < 0) return { ...room, statements: [...room.statements, s] };
        const mine = room.statements[i]!;
        const statements = room.statements.slice();
        statements[i] = { ...s, myVote: s.myVote ?? mine.myVote, mine: mine.mine || s.mine };
        return { ...room, statements };
      }),
    [patch],
  );

  useEffect(() => {
    alive.current = true;
    void reload();
    void reloadMap();
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(`/api/rooms/${roomId}/events`);
    const on = (type: string, fn: (e: { statementId: string | null; data: unknown }) => void) =>
      source.addEventListener(type, (event) => fn(JSON.parse((event as MessageEvent<string>).data) as { statementId: string | null; data: unknown }));
    on('statement', (e) => upsert(e.data as StatementView));
    on('votes', (e) => patch((room) => ({ ...room, statements: room.statements.map((s) => (s.id === e.statementId ? { ...s, ...(e.data as Pick<StatementView, 'agrees' | 'disagrees' | 'passes'>) } : s)) })));
    on('reply', (e) => patch((room) => ({ ...room, statements: room.statements.map((s) => (s.id === e.statementId ? { ...s, replies: e.data as StatementView['replies'] } : s)) })));
    on('hidden', (e) => patch((room) => ({ ...room, statements: room.statements.filter((s) => s.id !== e.statementId || s.mine) })));
    on('room', () => void reload());
    on('map', () => void reloadMap());
    return () => {
      alive.current = false;
      source.close();
    };
  }, [roomId, reload, reloadMap, upsert, patch]);

  const vote = useCallback(
    async (statementId: string, choice: VoteChoice) => {
      const s = await api<StatementView>('PUT', `/api/rooms/${roomId}/statements/${statementId}/vote`, { body: { vote: choice } });
      upsert(s);
      return s;
    },
    [roomId, upsert],
  );
  const post = useCallback(
    async (text: string, nickname: string, idempotencyKey: string) => {
      const room = await api<RoomView>('POST', `/api/rooms/${roomId}/statements`, { body: { text, idempotencyKey, ...(nickname ? { nickname } : {}) } });
      if (alive.current) setState({ status: 'ok', room });
      return room;
    },
    [roomId],
  );
  const report = useCallback((statementId: string, reason?: string) => api('POST', `/api/rooms/${roomId}/statements/${statementId}/report`, { body: reason ? { reason } : {} }), [roomId]);

  const reply = useCallback(
    async (statementId: string, text: string) => {
      const s = await api<StatementView>('POST', `/api/rooms/${roomId}/statements/${statementId}/reply`, { body: { text } });
      upsert(s);
      return s;
    },
    [roomId, upsert],
  );

  return { state, map, vote, post, report, reply, reload };
}
