import type { BookingPeople } from '../../../../app/my-365/booking';
import type { TimeZoneId, WorkingHours } from '../../../../domain';

/** What every booking operation on the screen shares: who, where, and whose hours. */
export interface BookingContext {
  reportId: string;
  people: BookingPeople;
  /** The manager's zone. */
  zone: TimeZoneId;
  workingHours: WorkingHours;
  /** Assumed for the report, in their zone. */
  reportHours: WorkingHours;
}
