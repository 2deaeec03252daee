/**
 * Scenario builders for unit tests: readable defaults that satisfy the rules, and overrides for
 * the one thing a test is about. E.g.
 *   aReportHistory().withHeldFull('2026-03-03', { id: 'q1' }).withContract(aContract(...)).build()
 */
import type {
  BookedEvent,
  Commitment,
  ContractTerms,
  ContractVersion,
  ConversationRecord,
  DevelopmentContract,
  Direction,
  IsoInstant,
  Party,
  Person,
  ReportHistory,
  ReviewItem,
  TransitionFlag,
  TriggerLog,
} from '../../src/domain';
import { Temporal } from '../../src/domain';

export const ZONE = 'Europe/London';
export const REPORT_ID = 'report-1';
export const MANAGER_ID = 'manager-1';

export const at = (iso: string): Temporal.Instant => Temporal.Instant.from(iso);

/** '2026-03-03' becomes 10:00 UTC that day; full instants pass through. */
export function toIso(dateOrInstant: string, time = '10:00:00'): IsoInstant {
  return dateOrInstant.includes('T') ? dateOrInstant : `${dateOrInstant}T${time}Z`;
}

export function plusMinutes(iso: IsoInstant, minutes: number): IsoInstant {
  return at(iso).add({ minutes }).toString({ smallestUnit: 'second' });
}

let counter = 0;
/** Unique within a test run; tests that care about ids pass their own. */
export const nextId = (prefix: string): string => `${prefix}-${String(++counter)}`;

const DEFAULT_ACTION: Record<Party, string> = {
  report: 'Write a design proposal for the billing service and present it at architecture review',
  manager: 'Introduce Alex to Priya, who leads platform architecture, and book the meeting',
};

export function aCommitment(overrides: Partial<Commitment> = {}): Commitment {
  const party = overrides.party ?? 'report';
  return {
    id: nextId('c'),
    party,
    kind: party === 'manager' ? 'introduction' : 'action',
    action: DEFAULT_ACTION[party],
    due: '2026-09-30',
    status: 'open',
    ...overrides,
  };
}

export const aManagerCommitment = (overrides: Partial<Commitment> = {}): Commitment =>
  aCommitment({ party: 'manager', ...overrides });

export function aReview(overrides: Partial<ReviewItem> = {}): ReviewItem {
  return {
    id: nextId('r'),
    month: '2026-09',
    aspect: 'Progress on the design proposal',
    ...overrides,
  };
}

/** Valid terms: one open commitment from each party, one review, an open question. */
export function someTerms(overrides: Partial<ContractTerms> = {}): ContractTerms {
  return {
    commitments: [aCommitment(), aManagerCommitment()],
    reviews: [aReview()],
    openQuestion: 'Whether a move into the platform team is realistic within a year',
    ...overrides,
  };
}

export function aVersion(overrides: Partial<ContractVersion> = {}): ContractVersion {
  return {
    ...someTerms(),
    version: 1,
    agreedAt: '2026-03-03T11:00:00Z',
    reason: 'initial',
    note: '',
    ...overrides,
  };
}

export function aContract(...versions: ContractVersion[]): DevelopmentContract {
  return {
    id: 'contract-1',
    reportId: REPORT_ID,
    managerId: MANAGER_ID,
    versions: versions.length > 0 ? versions : [aVersion()],
  };
}

export function anEvent(
  start: string,
  minutes = 60,
  overrides: Partial<BookedEvent> = {},
): BookedEvent {
  const startIso = toIso(start);
  return {
    eventId: nextId('event'),
    title: 'Career conversation',
    start: startIso,
    end: plusMinutes(startIso, minutes),
    ...overrides,
  };
}

export function aConversation(overrides: Partial<ConversationRecord> = {}): ConversationRecord {
  return {
    id: nextId('conv'),
    reportId: REPORT_ID,
    managerId: MANAGER_ID,
    kind: 'full',
    state: 'booked',
    rescheduleCount: 0,
    phasesReached: [],
    aspirationRecorded: false,
    sharedNotes: '',
    manualTicks: [],
    ...overrides,
  };
}

/** A full conversation held well: 60 dedicated minutes, all three phases, aspiration recorded. */
export function aHeldFull(
  date: string,
  overrides: Partial<ConversationRecord> = {},
): ConversationRecord {
  const event = anEvent(date);
  return aConversation({
    state: 'held',
    event,
    heldAt: event.start,
    phasesReached: ['where-now', 'where-to-go', 'close-the-gap'],
    aspirationRecorded: true,
    ...overrides,
  });
}

export function aBookedFull(
  date: string,
  overrides: Partial<ConversationRecord> = {},
): ConversationRecord {
  return aConversation({ state: 'booked', event: anEvent(date), ...overrides });
}

export function aPerson(overrides: Partial<Person> = {}): Person {
  return {
    id: REPORT_ID,
    displayName: 'Alex Rivera',
    mail: 'alex.rivera@contoso.example',
    ...overrides,
  };
}

class ReportHistoryBuilder {
  private report: Person = aPerson();
  private direction?: Direction;
  private readonly transitions: TransitionFlag[] = [];
  private readonly triggers: TriggerLog[] = [];
  private readonly conversations: ConversationRecord[] = [];
  private contract?: DevelopmentContract;

  withReport(overrides: Partial<Person>): this {
    this.report = aPerson(overrides);
    return this;
  }

  withDirection(text: string, recordedAt: IsoInstant = '2026-03-03T10:30:00Z'): this {
    this.direction = { text, recordedAt };
    return this;
  }

  withConversation(conversation: ConversationRecord): this {
    this.conversations.push(conversation);
    return this;
  }

  withHeldFull(date: string, overrides: Partial<ConversationRecord> = {}): this {
    return this.withConversation(aHeldFull(date, overrides));
  }

  withBookedFull(date: string, overrides: Partial<ConversationRecord> = {}): this {
    return this.withConversation(aBookedFull(date, overrides));
  }

  withContract(contract: DevelopmentContract): this {
    this.contract = contract;
    return this;
  }

  withTransition(flag: TransitionFlag): this {
    this.transitions.push(flag);
    return this;
  }

  withTrigger(log: TriggerLog): this {
    this.triggers.push(log);
    return this;
  }

  build(): ReportHistory {
    return {
      report: this.report,
      managerId: MANAGER_ID,
      ...(this.direction === undefined ? {} : { direction: this.direction }),
      transitions: [...this.transitions],
      triggers: [...this.triggers],
      conversations: [...this.conversations],
      ...(this.contract === undefined ? {} : { contract: this.contract }),
    };
  }
}

export const aReportHistory = (): ReportHistoryBuilder => new ReportHistoryBuilder();
