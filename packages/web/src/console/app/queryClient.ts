import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.js';

/** The console's query client: no retries on answers the server meant (4xx). */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
    mutations: { retry: false },
  },
});
