import type { BookingFormat, IsoInstant, TimeZoneId } from '../../../domain';
import { formatRange, PHASE_IDS, phaseById } from '../../../domain';

/** "Session 1: Where are you now?" for a series; "The session (all three phases)" for one. */
export function sessionName(format: BookingFormat, index: number): string {
  const phase = PHASE_IDS[index];
  if (format === 'single-90' || phase === undefined) return 'The session (all three phases)';
  return `Session ${index + 1}: ${phaseById(phase).title}`;
}

/** "Thu 4 Mar 15:00–16:00" in the manager's zone, and the same time for the report in theirs. */
export function bothTimes(
  session: { start: IsoInstant; end: IsoInstant },
  zone: TimeZoneId,
  reportZone: TimeZoneId,
  reportName: string,
): { mine: string; theirs: string | undefined } {
  const mine = formatRange(session.start, session.end, zone);
  const theirs = formatRange(session.start, session.end, reportZone);
  return {
    mine,
    theirs: reportZone === zone ? undefined : `${theirs} for ${reportName} (${reportZone})`,
  };
}
