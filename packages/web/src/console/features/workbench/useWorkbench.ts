import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../api/client.js';
import type { Workbench } from '../../../api/types.js';

/** GET /api/workbench: the user's organisation, counts and recent activity. */
export function useWorkbench() {
  return useQuery({ queryKey: ['workbench'], queryFn: () => apiGet<Workbench>('/api/workbench') });
}
