import type { BookingFormat, IsoInstant, TimeZoneId } from '../../../domain';
import { PHASE_IDS, phaseById, zoneName } from '../../../domain';
import type { DateFormat } from '../../shared/date-format';

/** "Session 1: Where are you now?" for a series; "The session (all three phases)" for one. */
export function sessionName(format: BookingFormat, index: number): string {
  const phase = PHASE_IDS[index];
  if (format === 'single-90' || phase === undefined) return 'The session (all three phases)';
  return `Session ${index + 1}: ${phaseById(phase).title}`;
}

/**
 * "Thu 4 Mar, 15:00–16:00" in the manager's zone and style, and the same time for the report in
 * their zone (still in the manager's style: it is the manager who reads it).
 */
export function bothTimes(
  session: { start: IsoInstant; end: IsoInstant },
  dates: DateFormat,
  reportZone: TimeZoneId,
  reportName: string,
): { mine: string; theirs: string | undefined } {
  const mine = dates.range(session.start, session.end);
  if (reportZone === dates.zone) return { mine, theirs: undefined };
  const theirs = dates.inZone(reportZone).range(session.start, session.end);
  return { mine, theirs: `${theirs} for ${reportName} (${zoneName(reportZone)})` };
}
