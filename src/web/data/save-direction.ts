import { useQueryClient } from '@tanstack/react-query';
import type { CareerApiClient, ProfileRecord } from '../../adapters/career-api/career-api-client';
import { useCareerApi } from './career-api-context';
import { refreshesReport, useCareerMutation } from './career-mutation';
import { profileKey } from './use-report-data';

export interface SaveDirectionInput {
  /** The person's direction in their own words; empty clears it. */
  text: string;
  /** The profile the edit started from: its transitions are kept, its ETag guards the write. */
  base: ProfileRecord | null;
}

/** PUT profile with the direction changed and everything else as it was. */
export function saveDirection(
  api: CareerApiClient,
  reportId: string,
  { text, base }: SaveDirectionInput,
): Promise<ProfileRecord> {
  return api.saveProfile(
    reportId,
    {
      direction: text.trim(),
      transitions: (base?.transitions ?? []).map((t) => ({
        transition: t.transition,
        since: t.since,
      })),
    },
    base?.etag,
  );
}

export function useSaveDirection(reportId: string) {
  const api = useCareerApi();
  const queries = useQueryClient();
  return useCareerMutation({
    mutationFn: (input: SaveDirectionInput) => saveDirection(api, reportId, input),
    // Not awaited: the saved profile is shown from the answer at once.
    ...refreshesReport(reportId, true),
    onSaved: (saved) => {
      queries.setQueryData(profileKey(reportId), saved);
    },
  });
}
