import { isPortError } from '../../app/ports/port-error';
import type { DateFormat } from './date-format';

/**
 * What a screen says above data it loaded earlier when a refresh failed. Microsoft 365 being slow
 * or throttling past the API's retries (the API answers 503 or 429) is worth waiting out, so the
 * screen keeps what it has and says how old it is rather than showing an error.
 */
export function staleDataNotice(error: unknown, loadedAt: number, format: DateFormat): string {
  const from = `Showing data from ${format.clock(new Date(loadedAt))}`;
  if (isPortError(error, 'unavailable') || isPortError(error, 'throttled'))
    return `${from}; Microsoft 365 is slow to answer.`;
  return isPortError(error) ? `${from}. ${error.message}` : `${from}.`;
}
