import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useState, type ReactNode } from 'react';
import {
  createCareerApiClient,
  type CareerApiClient,
} from '../../adapters/career-api/career-api-client';
import { isPortError } from '../../app/ports/port-error';

const CareerApiContext = createContext<CareerApiClient | undefined>(undefined);

const MAX_RETRIES = 3;

/** 4xx answers (expired sign-in, no access, bad request) will not change by asking again. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (isPortError(error)) return error.kind === 'unavailable' || error.kind === 'throttled';
  return true;
}

/** 1 s, 2 s, 4 s ... capped, so a service coming back is found soon without hammering it. */
export function retryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 15_000);
}

export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Show what was read a moment ago at once; refresh in the background after that.
        staleTime: 60_000,
        gcTime: 30 * 60_000,
        retry: shouldRetry,
        retryDelay,
        refetchOnWindowFocus: true,
      },
    },
  });
}

export interface CareerApiProviderProps {
  /** The API's base URL (`careerApiBaseUrl`): the Functions app in Azure, same-origin /api locally. */
  baseUrl: string;
  getAccessToken: () => Promise<string>;
  children: ReactNode;
  /** Tests pass their own client. */
  client?: CareerApiClient;
  queryClient?: QueryClient;
}

/** One query cache and one API client for the signed-in session. */
export function CareerApiProvider({
  baseUrl,
  getAccessToken,
  children,
  client,
  queryClient,
}: CareerApiProviderProps) {
  const [api] = useState(() => client ?? createCareerApiClient({ baseUrl, getAccessToken }));
  const [queries] = useState(() => queryClient ?? createAppQueryClient());
  return (
    <QueryClientProvider client={queries}>
      <CareerApiContext.Provider value={api}>{children}</CareerApiContext.Provider>
    </QueryClientProvider>
  );
}

export function useCareerApi(): CareerApiClient {
  const api = useContext(CareerApiContext);
  if (!api) throw new Error('useCareerApi needs a CareerApiProvider above it.');
  return api;
}
