import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { isPortError, type PortErrorKind } from '../../../src/app/ports';
import type {
  Commitment,
  ContractVersion,
  ConversationRecord,
  DevelopmentContract,
  ReviewItem,
  TriggerLog,
} from '../../../src/domain';

/**
 * Records for the store contract suites: every optional field filled, ids unique per call so
 * suites can share one tenant, and text that tests escaping (quotes, newlines, non-Latin script).
 */

/** An id with an apostrophe, so every query proves it escapes OData string literals. */
export const uniqueId = (prefix: string): string => `${prefix}-o'brien-${randomUUID().slice(0, 8)}`;

export const TRICKY_TEXT = "Line one: “quotes” & <tags> 'single'\nLine two – 日本語 – émigré";

export function aFullCommitment(overrides: Partial<Commitment> = {}): Commitment {
  return {
    id: uniqueId('c'),
    party: 'report',
    kind: 'learning',
    action: `Complete the distributed systems course and share three lessons ${TRICKY_TEXT}`,
    due: '2026-09-30',
    status: 'open',
    ...overrides,
  };
}

/** One commitment of each shape: open, done, dropped with a reason, scheduled in the calendar. */
export function everyCommitmentShape(): Commitment[] {
  return [
    aFullCommitment(),
    aFullCommitment({
      party: 'manager',
      kind: 'introduction',
      action: 'Introduce Sam to the platform architect and book the first meeting',
      due: '2026-07-15',
      status: 'done',
      completedAt: '2026-07-10T09:30:00Z',
      scheduled: {
        via: 'calendar',
        ref: `AAMkAGI2T${'x'.repeat(120)}=`,
        at: '2026-06-01T08:00:00Z',
      },
    }),
    aFullCommitment({
      party: 'manager',
      kind: 'raise-profile',
      action: 'Find a forum where Sam presents the migration results',
      due: '2026-08-01',
      status: 'dropped',
      droppedReason: 'The forum was cancelled this quarter; we will pick another next time.',
    }),
    aFullCommitment({
      party: 'manager',
      kind: 'skill-feedback',
      action: 'Give specific feedback on design reviews after each of the next two',
      due: '2026-10-31',
      scheduled: {
        via: 'todo',
        ref: 'AQMkADAwATM0MDAAMS1iNTcwLWI2NTUtMDACLTAwCgBGAAAD',
        at: '2026-06-02T10:00:00Z',
      },
    }),
  ];
}

export function aReviewItem(overrides: Partial<ReviewItem> = {}): ReviewItem {
  return {
    id: uniqueId('r'),
    month: '2026-09',
    aspect: `Progress on the course ${TRICKY_TEXT}`,
    ...overrides,
  };
}

export function aFirstVersion(overrides: Partial<ContractVersion> = {}): ContractVersion {
  return {
    version: 1,
    agreedAt: '2026-06-01T14:00:00Z',
    reason: 'initial',
    note: '',
    openQuestion: `Whether a move into platform is realistic within a year ${TRICKY_TEXT}`,
    conversationId: uniqueId('conv'),
    commitments: everyCommitmentShape(),
    reviews: [
      aReviewItem(),
      aReviewItem({ month: '2026-12', aspect: 'Whether the introductions led anywhere' }),
    ],
    ...overrides,
  };
}

/** The next version: keeps the first commitment, changes the second's date, adds one. */
export function aRevision(
  previous: ContractVersion,
  overrides: Partial<ContractVersion> = {},
): ContractVersion {
  const [first, ...rest] = previous.commitments;
  return {
    version: previous.version + 1,
    agreedAt: '2026-09-01T14:00:00Z',
    reason: 'quarterly-update',
    note: `Quarterly update: new dates and one new commitment ${TRICKY_TEXT}`,
    openQuestion: 'Whether the platform team has room next year',
    commitments: [
      ...(first ? [first] : []),
      ...rest.map((c) => ({ ...c, due: '2026-12-15' })),
      aFullCommitment({ kind: 'behaviour', action: 'Ask for feedback after every design review' }),
    ],
    reviews: [aReviewItem({ month: '2026-11' })],
    ...overrides,
  };
}

export function aNewContract(overrides: Partial<DevelopmentContract> = {}): DevelopmentContract {
  return {
    id: uniqueId('contract'),
    reportId: uniqueId('report'),
    managerId: uniqueId('manager'),
    versions: [aFirstVersion()],
    ...overrides,
  };
}

export function aFullConversation(overrides: Partial<ConversationRecord> = {}): ConversationRecord {
  return {
    id: uniqueId('conversation'),
    reportId: uniqueId('report'),
    managerId: uniqueId('manager'),
    kind: 'ad-hoc',
    trigger: 'approached-by-another-organisation',
    state: 'held',
    event: {
      eventId: `AAMkAGI2T${'e'.repeat(140)}=`,
      title: `Career conversation ${TRICKY_TEXT}`,
      start: '2026-06-01T13:00:00Z',
      end: '2026-06-01T14:00:00Z',
      seriesId: 'AAMkAGI2TSeries=',
      joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${'j'.repeat(300)}%40thread.v2/0`,
      meetingThreads: [
        `19:meeting_${'j'.repeat(300)}@thread.v2`,
        '19:meeting_c2Vjb25k+/=@thread.v2',
        '19:meeting_dGhpcmQ-_@thread.v2',
      ],
      insideOneOnOne: true,
    },
    rescheduleCount: 2,
    heldAt: '2026-06-01T13:05:00Z',
    phasesReached: ['where-now', 'where-to-go'],
    aspirationRecorded: true,
    sharedNotes: `Shared notes ${TRICKY_TEXT}\n${'More notes. '.repeat(400)}`,
    prompt: {
      channel: 'mail',
      deliverAt: '2026-05-28T08:00:00Z',
      queuedAt: '2026-05-27T16:00:00Z',
      messageId: 'AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A-held-prompt',
      wording: `Think about what you want more of. ${TRICKY_TEXT}`,
      recalledAt: '2026-05-27T18:00:00Z',
    },
    contractVersion: 1,
    summarySentAt: '2026-06-02T09:00:00Z',
    previousCommitmentsReviewedAt: '2026-06-01T13:10:00Z',
    openedWithWhatsChangedAt: '2026-06-01T13:02:00Z',
    manualTicks: ['cleared-head', 'did-not-push-for-clarity'],
    ...overrides,
  };
}

/** Only the required fields: what the store must not invent. */
export function aBareConversation(overrides: Partial<ConversationRecord> = {}): ConversationRecord {
  return {
    id: uniqueId('conversation'),
    reportId: uniqueId('report'),
    managerId: uniqueId('manager'),
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

export function aTriggerLog(overrides: Partial<TriggerLog> = {}): TriggerLog {
  return {
    id: uniqueId('trigger'),
    trigger: 'drop-in-engagement',
    loggedAt: '2026-05-20T10:00:00Z',
    ...overrides,
  };
}

export async function expectPortError(
  promise: Promise<unknown>,
  kind: PortErrorKind,
): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isPortError(error, kind), `expected a PortError '${kind}', got ${String(error)}`).toBe(
    true,
  );
}

/** Runs both at once; exactly one must succeed and the other fail with `conflict`. */
export async function expectOneWinner<T>(a: Promise<T>, b: Promise<T>): Promise<T> {
  const results = await Promise.allSettled([a, b]);
  const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(1);
  expect(isPortError(lost[0], 'conflict'), `the loser failed with ${String(lost[0])}`).toBe(true);
  const [winner] = won;
  if (winner === undefined) throw new Error('no winner');
  return winner;
}
