import { useQuery } from '@tanstack/react-query';
import type { ContractVersion } from '../../../../domain';
import { useCareerApi } from '../../../data/career-api-context';
import { contractHistoryKey } from '../../../data/use-report-data';

export interface ContractHistory {
  /** Every visible version as agreed, oldest first. */
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
 * Every version the manager may see, with its terms, in one request: a contract with nine
 * versions is one call, not ten.
 */
export function useContractHistory(reportId: string): ContractHistory {
  const api = useCareerApi();
  const history = useQuery({
    queryKey: contractHistoryKey(reportId),
    queryFn: () => api.contractHistory(reportId),
  });
  const versions = [...(history.data?.versions ?? [])].sort((a, b) => a.version - b.version);
  return {
    versions,
    earlierHistory: history.data?.earlierHistory ?? false,
    total: versions.length,
    isPending: history.isPending,
    error: history.error,
    refetch: () => void history.refetch(),
  };
}
