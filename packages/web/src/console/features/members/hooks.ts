import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ArchiveList,
  ArchiveView,
  CheckinActivity,
  CheckInInput,
  CheckInResult,
  CheckinView,
  CloseYearInput,
  CorrectAttendanceInput,
  OpenCheckinInput,
  PointRulesView,
  SavePointRulesInput,
} from '@shangliang/core';
import { api, apiGet, apiPost, apiUrl, type Query } from '../../../api/client.js';
import type { Topic } from '../../../api/types.js';

const enc = encodeURIComponent;

/** This year and the four before it, newest first: the years a member or the office looks back on. */
export function recentYears(now = new Date()): number[] {
  const year = now.getFullYear();
  return [0, 1, 2, 3, 4].map((n) => year - n);
}

/** POST /api/checkins — opens an activity's 签到码, or shows the one already open. */
export function useOpenCheckin() {
  return useMutation({ mutationFn: (input: OpenCheckinInput) => apiPost<CheckinView>('/api/checkins', input) });
}

/** POST /api/checkin — a member checks in with the 6 digits. */
export function useCheckIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CheckInInput) => apiPost<CheckInResult>('/api/checkin', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['archives'] }),
  });
}

/** PUT /api/attendance/:type/:id — the office corrects who was present; the topic page shows the answer at once. */
export function useCorrectAttendance(topicId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ type, id, input }: { type: CheckinActivity; id: string; input: CorrectAttendanceInput }) => api<Topic>('PUT', `/api/attendance/${enc(type)}/${enc(id)}`, { body: input }),
    onSuccess: (topic) => {
      client.setQueryData(['topics', 'one', topicId], topic);
      void client.invalidateQueries({ queryKey: ['topics'] });
      void client.invalidateQueries({ queryKey: ['archives'] });
    },
  });
}

/** GET /api/me/archive — 我的履职 of a year. */
export const useMyArchive = (year: number) => useQuery({ queryKey: ['archives', 'me', year], queryFn: () => apiGet<ArchiveView>('/api/me/archive', { year }) });

/** GET /api/members/:userId/archive — one member's year, as the office sees it. */
export const useMemberArchive = (userId: string | undefined, year: number) =>
  useQuery({ queryKey: ['archives', 'member', userId, year], queryFn: () => apiGet<ArchiveView>(`/api/members/${enc(userId ?? '')}/archive`, { year }), enabled: !!userId });

/** GET /api/archives — the county's members of a year, filtered, sorted and paged. */
export const useArchives = (query: Query) =>
  useQuery({ queryKey: ['archives', 'list', query], queryFn: () => apiGet<ArchiveList>('/api/archives', query), placeholderData: keepPreviousData });

/** Where the county's archives of a year download as .xlsx. */
export const archivesExportUrl = (year: number, countyId?: string): string => apiUrl('/api/archives/export.xlsx', { year, countyId });

/** GET /api/point-rules — the county's rules of a year. */
export const usePointRules = (year: number) => useQuery({ queryKey: ['point-rules', year], queryFn: () => apiGet<PointRulesView>('/api/point-rules', { year }) });

/** PUT /api/point-rules and POST /api/point-rules/close (年度结转); both refresh the rules and the archives. */
export function usePointRuleMutations() {
  const client = useQueryClient();
  const refresh = (saved: PointRulesView) => {
    client.setQueryData(['point-rules', saved.year], saved);
    void client.invalidateQueries({ queryKey: ['archives'] });
  };
  return {
    save: useMutation({ mutationFn: (input: SavePointRulesInput) => api<PointRulesView>('PUT', '/api/point-rules', { body: input }), onSuccess: refresh }),
    close: useMutation({ mutationFn: (input: CloseYearInput) => apiPost<PointRulesView>('/api/point-rules/close', input), onSuccess: refresh }),
    reload: (year: number) => client.invalidateQueries({ queryKey: ['point-rules', year] }),
  };
}
