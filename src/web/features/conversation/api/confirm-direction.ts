import type {
  CareerApiClient,
  ProfileRecord,
} from '../../../../adapters/career-api/career-api-client';
import { saveDirection } from '../../../data/save-direction';

/** The profile keeps at most this much of the direction (the API's limit). */
const DIRECTION_MAX = 2_000;

/**
 * What phase 2 ("Where do you want to go?") produced, as the person's direction to confirm:
 * their words as written in the shared notes, trimmed; nothing when the phase has no notes.
 */
export function proposedDirection(whereToGoNotes: string): string | undefined {
  const text = whereToGoNotes.trim().slice(0, DIRECTION_MAX).trim();
  return text === '' ? undefined : text;
}

/**
 * The manager confirms it: it becomes the recorded direction (what the overview and the report
 * page show), the transitions kept as they were, on the profile version read (ETag).
 */
export function confirmDirection(
  api: CareerApiClient,
  reportId: string,
  text: string,
  base: ProfileRecord | null,
): Promise<ProfileRecord> {
  return saveDirection(api, reportId, { text, base });
}
