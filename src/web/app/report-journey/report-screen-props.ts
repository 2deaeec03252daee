import type { TimeZoneId } from '../../../domain';

/** What every screen about one report is given by the router. */
export interface ReportScreenProps {
  reportId: string;
  /** The manager's zone: "today", due dates and times are read in it. */
  zone: TimeZoneId;
}
