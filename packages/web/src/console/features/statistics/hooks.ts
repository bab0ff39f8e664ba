import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CityDashboardView, CountyStatisticsView, StatisticsThresholdsInput, StatisticsThresholdsView } from '@shangliang/core';
import { api, apiGet, apiUrl, type Query } from '../../../api/client.js';

/** GET /api/statistics — a county's statistics for a period. */
export function useCountyStatistics(query: Query) {
  return useQuery({ queryKey: ['statistics', 'county', query], queryFn: () => apiGet<CountyStatisticsView>('/api/statistics', query), placeholderData: keepPreviousData });
}

/** GET /api/statistics/city — the 17 counties of a year. */
export function useCityDashboard(year: number) {
  return useQuery({ queryKey: ['statistics', 'city', year], queryFn: () => apiGet<CityDashboardView>('/api/statistics/city', { year }), placeholderData: keepPreviousData });
}

/** PUT /api/statistics/thresholds — the city office's minimums; the dashboard reloads with the new flags. */
export function useSetThresholds() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: StatisticsThresholdsInput) => api<StatisticsThresholdsView>('PUT', '/api/statistics/thresholds', { body: input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['statistics'] }),
  });
}

/** The address of a statistics workbook. */
export const exportUrl = (path: '/api/statistics/export.xlsx' | '/api/statistics/city/export.xlsx', query: Query): string => apiUrl(path, query);

/** The years offered by the period pickers: this one and the four before it. */
export function yearOptions(): { value: number; label: string }[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 5 }, (_, i) => ({ value: now - i, label: `${now - i}年` }));
}

/** A share as a percentage text; — where there is none (nothing has come due). */
export const pct = (x: number | null): string => (x === null ? '—' : `${(Math.round(x * 1000) / 10).toFixed(1)}%`);

/** Sorts rates with the missing ones last. */
export const byRate = (a: number | null, b: number | null): number => (a ?? -1) - (b ?? -1);
