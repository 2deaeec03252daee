import type { DevelopmentContract } from '../../../src/domain/model/contract';
import type {
  ConversationRecord,
  ReportHistory,
  TransitionFlag,
  TriggerLog,
} from '../../../src/domain/model/conversation';
import type { ConversationKind, TriggerId } from '../../../src/domain/playbook/ids';
import { Temporal } from '../../../src/domain/time/temporal';

let sequence = 0;
const nextId = (prefix: string): string => {
  sequence += 1;
  return `${prefix}-${sequence}`;
};

export function held(kind: ConversationKind, heldAt: string): ConversationRecord {
  return conversation({ kind, state: 'held', heldAt });
}

export function booked(kind: ConversationKind, start: string, minutes = 60): ConversationRecord {
  const end = Temporal.Instant.from(start).add({ minutes }).toString();
  return conversation({
    kind,
    state: 'booked',
    event: { eventId: nextId('event'), title: 'Career conversation', start, end },
  });
}

export function conversation(overrides: Partial<ConversationRecord>): ConversationRecord {
  return {
    id: nextId('conversation'),
    reportId: 'report-1',
    managerId: 'manager-1',
    kind: 'full',
    state: 'held',
    rescheduleCount: 0,
    phasesReached: [],
    aspirationRecorded: false,
    sharedNotes: '',
    manualTicks: [],
    ...overrides,
  };
}

export function trigger(id: TriggerId, loggedAt: string, closedAt?: string): TriggerLog {
  return { id: nextId('trigger'), trigger: id, loggedAt, ...(closedAt ? { closedAt } : {}) };
}

export function contractAgreed(agreedAt: string): DevelopmentContract {
  return {
    id: 'contract-1',
    reportId: 'report-1',
    managerId: 'manager-1',
    versions: [
      {
        version: 1,
        agreedAt,
        reason: 'initial',
        note: '',
        commitments: [],
        reviews: [],
        openQuestion: '',
      },
    ],
  };
}

export function history(
  parts: {
    conversations?: ConversationRecord[];
    triggers?: TriggerLog[];
    transitions?: TransitionFlag[];
    contract?: DevelopmentContract;
  } = {},
): ReportHistory {
  return {
    report: { id: 'report-1', displayName: 'Sam Report', mail: 'sam@example.com' },
    managerId: 'manager-1',
    conversations: parts.conversations ?? [],
    triggers: parts.triggers ?? [],
    transitions: parts.transitions ?? [],
    ...(parts.contract ? { contract: parts.contract } : {}),
  };
}
