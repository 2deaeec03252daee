import type { IsoInstant } from '../../domain';
import type { Versioned } from './stores';

/**
 * Something a report wants to raise at the next conversation, in their own words. It is added for
 * the manager they have at that moment (`managerId`): a later manager does not see what was meant
 * for the one before.
 */
export interface AgendaItem {
  id: string;
  reportId: string;
  managerId: string;
  text: string;
  addedAt: IsoInstant;
}

/** The report's agenda for the next conversation; they alone add and remove items. */
export interface AgendaStore {
  /** Oldest first. */
  listForReport(reportId: string): Promise<Versioned<AgendaItem>[]>;
  create(item: AgendaItem): Promise<Versioned<AgendaItem>>;
  /** Fails with `not-found` when the report has no such item. */
  remove(reportId: string, itemId: string): Promise<void>;
  /** Erasure. */
  removeAll(reportId: string): Promise<void>;
}
