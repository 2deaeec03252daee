import { useQueries } from '@tanstack/react-query';
import type { ContractVersion } from '../../../../domain';
import { useCareerApi } from '../../../data/career-api-context';
import { contractVersionsKey, useContractVersions } from '../../../data/use-report-data';

export interface ContractHistory {
  /** Every visible version as agreed, oldest first (those loaded so far). */
  versions: ContractVersion[];
  /** Versions agreed before the caller became the manager exist and are not shared (no count). */
  earlierHistory: boolean;
  /** How many visible versions there are in all. */
  total: number;
  isPending: boolean;
  error: unknown;
  refetch: () => void;
}

/**
 * Every version the manager may see, each read once and cached for good: an agreed version's
 * terms never change (only the current one gains done and scheduled marks, and that one is read
 * with the contract itself).
 */
export function useContractHistory(reportId: string): ContractHistory {
  const api = useCareerApi();
  const list = useContractVersions(reportId);
  const numbers = list.data?.versions.map((v) => v.version) ?? [];
  const versions = useQueries({
    queries: numbers.map((version) => ({
      queryKey: [...contractVersionsKey(reportId), version],
      queryFn: () => api.contractVersion(reportId, version),
      staleTime: Infinity,
    })),
  });
  const loaded = versions.flatMap((q) => (q.data ? [q.data] : []));
  const failed = versions.find((q) => q.error);
  return {
    versions: loaded.sort((a, b) => a.version - b.version),
    earlierHistory: list.data?.earlierHistory ?? false,
    total: numbers.length,
    isPending: list.isPending || versions.some((q) => q.isPending),
    error: list.error ?? failed?.error,
    refetch: () => {
      void list.refetch();
      for (const q of versions) if (q.error) void q.refetch();
    },
  };
}
