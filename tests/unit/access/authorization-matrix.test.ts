import { describe, expect, it } from 'vitest';
import { ACCESS_ACTIONS, DENY_REASONS, authorize } from '../../../src/domain/access';
import type {
  AccessAction,
  AccessRecord,
  AccessRequest,
  Decision,
  DecisionBasis,
  HistoryConsent,
} from '../../../src/domain/access';
import { Temporal } from '../../../src/domain';

/**
 * Every combination of who asks, how they relate to the subject, the consent on file, the record
 * touched and the time, for every action, checked against an oracle written from the issue's
 * rules as a table over the scenario's labels. The oracle never compares ids or instants: it
 * knows what each scenario was built to be.
 */

const SUBJECT = 'subject-report';
const CURRENT = 'manager-current';
const PREVIOUS = 'manager-previous';
const IDS = {
  self: SUBJECT,
  'current-manager': CURRENT,
  'returning-manager': CURRENT,
  'former-manager': PREVIOUS,
  peer: 'peer-of-report',
  'skip-level': 'manager-of-manager',
  stranger: 'someone-else',
} as const;
type CallerKind = keyof typeof IDS;
const CALLER_KINDS = Object.keys(IDS) as CallerKind[];

const CONSENTS = [
  'none',
  'live',
  'revoked',
  'not-yet-granted',
  'revocation-scheduled',
  'for-another-manager',
  'granted-again',
] as const;
type ConsentKind = (typeof CONSENTS)[number];
const LIVE_CONSENTS: readonly ConsentKind[] = ['live', 'revocation-scheduled', 'granted-again'];

const HOLDERS = ['caller-if-current', 'previous-manager', 'not-given'] as const;
const CREATED = ['not-given', 'before-since', 'at-since', 'after-since'] as const;
const PARTIES = ['not-given', 'report', 'manager'] as const;
interface RecordLabels {
  holder: (typeof HOLDERS)[number];
  created: (typeof CREATED)[number];
  party: (typeof PARTIES)[number];
}
const RECORDS: (RecordLabels | 'none')[] = [
  'none',
  ...HOLDERS.flatMap((holder) =>
    CREATED.flatMap((created) => PARTIES.map((party) => ({ holder, created, party }))),
  ),
];

const NOWS = ['2026-05-04T09:30:00Z', '2027-01-15T23:59:59Z'].map((s) => Temporal.Instant.from(s));

interface Scenario {
  kind: CallerKind;
  hrAdmin: boolean;
  consent: ConsentKind;
  sinceKnown: boolean;
  record: RecordLabels | 'none';
  action: AccessAction;
  now: Temporal.Instant;
}

// ---- building the request from the labels ----

/** Formatting instants is slow in the polyfill, so each time's strings are made once. */
interface TimeFacts {
  since: string;
  created: Record<RecordLabels['created'], string | undefined>;
  days: (n: number) => string;
}
const TIME_FACTS = new Map<Temporal.Instant, TimeFacts>(
  NOWS.map((now) => {
    const since = now.subtract({ hours: 24 * 90 });
    const at = (from: Temporal.Instant, n: number): string =>
      from.add({ hours: 24 * n }).toString();
    const facts: TimeFacts = {
      since: since.toString(),
      created: {
        'not-given': undefined,
        'before-since': at(since, -1),
        'at-since': since.toString(),
        'after-since': at(since, 1),
      },
      days: (n) => at(now, n),
    };
    return [now, facts];
  }),
);
const iso = (instant: Temporal.Instant): string => instant.toString();

function consentFor(kind: ConsentKind, callerId: string, time: TimeFacts): HistoryConsent[] {
  const grant = (managerId: string, from: number, to?: number): HistoryConsent => ({
    managerId,
    grantedAt: time.days(from),
    ...(to === undefined ? {} : { revokedAt: time.days(to) }),
  });
  switch (kind) {
    case 'none':
      return [];
    case 'live':
      return [grant(callerId, -10)];
    case 'revoked':
      return [grant(callerId, -20, -1)];
    case 'not-yet-granted':
      return [grant(callerId, 1)];
    case 'revocation-scheduled':
      return [grant(callerId, -20, 5)];
    case 'for-another-manager':
      return [grant('manager-unrelated', -10)];
    case 'granted-again':
      return [grant(callerId, -30, -20), grant(callerId, -5)];
  }
}
const consentCache = new Map<Temporal.Instant, Map<string, HistoryConsent[]>>();
function cachedConsent(
  kind: ConsentKind,
  callerId: string,
  now: Temporal.Instant,
): HistoryConsent[] {
  const byNow = consentCache.get(now) ?? new Map<string, HistoryConsent[]>();
  consentCache.set(now, byNow);
  const key = `${kind}|${callerId}`;
  let found = byNow.get(key);
  if (found === undefined) {
    found = consentFor(kind, callerId, timeFacts(now));
    byNow.set(key, found);
  }
  return found;
}

function timeFacts(now: Temporal.Instant): TimeFacts {
  const facts = TIME_FACTS.get(now);
  if (facts === undefined) throw new Error('scenario time not prepared');
  return facts;
}

function recordFor(labels: RecordLabels, time: TimeFacts): AccessRecord {
  const holder = { 'caller-if-current': CURRENT, 'previous-manager': PREVIOUS, 'not-given': '' }[
    labels.holder
  ];
  const createdAt = time.created[labels.created];
  return {
    id: 'record-1',
    ...(holder === '' ? {} : { heldByManagerId: holder }),
    ...(createdAt === undefined ? {} : { createdAt }),
    ...(labels.party === 'not-given' ? {} : { party: labels.party }),
  };
}

function requestFor(s: Scenario): AccessRequest {
  const callerId = IDS[s.kind];
  const time = timeFacts(s.now);
  return {
    caller: { userId: callerId, isHrAdmin: s.hrAdmin },
    action: s.action,
    subjectId: SUBJECT,
    relationship: {
      currentManagerId: CURRENT,
      formerManagerIds: s.kind === 'returning-manager' ? [PREVIOUS, CURRENT] : [PREVIOUS],
      historyConsent: cachedConsent(s.consent, callerId, s.now),
      ...(s.sinceKnown ? { managerSince: time.since } : {}),
    },
    ...(s.record === 'none' ? {} : { record: recordFor(s.record, time) }),
    now: s.now,
  };
}

// ---- the oracle ----

type SelfRule = 'yes' | 'no' | 'own-party' | 'hr';
type ManagerRule = 'read' | 'read-one' | 'write' | 'write-one' | 'create' | 'mark' | 'no' | 'hr';

/** [what the report may do about themself, what their current manager may do]. Nobody else: no. */
const EXPECTED: Record<AccessAction, [SelfRule, ManagerRule]> = {
  'contract.read-current': ['yes', 'read'],
  'contract.read-version': ['yes', 'read-one'],
  'contract.create-version': ['no', 'create'],
  'commitment.create': ['no', 'create'],
  'commitment.update': ['no', 'write-one'],
  'commitment.mark-done': ['own-party', 'mark'],
  'commitment.list-overdue': ['yes', 'read'],
  'conversation.read': ['yes', 'read-one'],
  'conversation.write': ['no', 'write'],
  'trigger.log': ['no', 'create'],
  'trigger.read': ['yes', 'read-one'],
  'trigger.close': ['no', 'write-one'],
  'team.overview': ['yes', 'no'],
  'profile.read': ['yes', 'read'],
  'profile.write': ['no', 'write'],
  'export.own-data': ['yes', 'no'],
  'audit.read-own': ['yes', 'no'],
  'consent.grant': ['yes', 'no'],
  'consent.revoke': ['yes', 'no'],
  'agenda.read': ['yes', 'read'],
  'agenda.add': ['yes', 'no'],
  'agenda.remove': ['yes', 'no'],
  // Only the current manager asks; only the report answers; nobody else sees the request.
  'history-request.ask': ['no', 'create'],
  'history-request.read': ['yes', 'read'],
  'history-request.answer': ['yes', 'no'],
  'aggregates.read': ['hr', 'hr'],
  'setup.health': ['hr', 'hr'],
  'security-log.read': ['hr', 'hr'],
  'erase.person': ['hr', 'hr'],
};

type Expected = { allowed: true; basis: DecisionBasis } | { allowed: false };
const yes = (basis: DecisionBasis): Expected => ({ allowed: true, basis });
const no: Expected = { allowed: false };

/** How old the record is for the current manager, read off the labels. */
function ageOf(labels: RecordLabels, sinceKnown: boolean): 'current' | 'history' | 'unknown' {
  if (labels.holder === 'previous-manager') return 'history';
  if (!sinceKnown) return labels.holder === 'caller-if-current' ? 'current' : 'unknown';
  if (labels.created === 'not-given') return 'unknown';
  return labels.created === 'before-since' ? 'history' : 'current';
}

function expectForManager(rule: ManagerRule, s: Scenario): Expected {
  if (rule === 'no') return no;
  if (rule === 'create') return yes('current-manager');
  const labels = s.record;
  if (labels === 'none') {
    return rule === 'read' || rule === 'write' ? yes('current-manager') : no;
  }
  if (rule === 'mark' && labels.party !== 'manager') return no;
  const age = ageOf(labels, s.sinceKnown);
  if (age === 'current') return yes('current-manager');
  if (age === 'unknown' || (rule !== 'read' && rule !== 'read-one')) return no;
  return LIVE_CONSENTS.includes(s.consent) ? yes('current-manager-with-consent') : no;
}

function expected(s: Scenario): Expected {
  const [selfRule, managerRule] = EXPECTED[s.action];
  if (selfRule === 'hr') {
    if (!s.hrAdmin) return no;
    return yes(s.action === 'aggregates.read' ? 'hr-aggregate' : 'hr-admin-operation');
  }
  if (s.kind === 'self') {
    if (selfRule === 'yes') return yes('self');
    if (selfRule === 'own-party') {
      return s.record !== 'none' && s.record.party === 'report' ? yes('self') : no;
    }
    return no;
  }
  if (s.kind === 'current-manager' || s.kind === 'returning-manager') {
    return expectForManager(managerRule, s);
  }
  return no;
}

function* scenarios(): Generator<Scenario> {
  for (const now of NOWS)
    for (const kind of CALLER_KINDS)
      for (const hrAdmin of [false, true])
        for (const consent of CONSENTS)
          for (const sinceKnown of [true, false])
            for (const record of RECORDS)
              for (const action of ACCESS_ACTIONS)
                yield { kind, hrAdmin, consent, sinceKnown, record, action, now };
}

function violationIn(s: Scenario, decision: Decision): string | undefined {
  const want = expected(s);
  const label = (): string => JSON.stringify({ ...s, now: iso(s.now) });
  if (want.allowed !== decision.allowed) {
    return `${label()}: expected ${want.allowed ? 'allow' : 'deny'}, got ${JSON.stringify(decision)}`;
  }
  if (want.allowed && decision.allowed && want.basis !== decision.basis) {
    return `${label()}: expected basis ${want.basis}, got ${decision.basis}`;
  }
  if (!decision.allowed) {
    const leaks = [SUBJECT, CURRENT, PREVIOUS].some((id) => decision.message.includes(id));
    if (!DENY_REASONS.includes(decision.reason) || decision.message.length === 0 || leaks) {
      return `${label()}: bad denial ${JSON.stringify(decision)}`;
    }
    const contentForFormer = s.kind === 'former-manager' && EXPECTED[s.action][1] !== 'no';
    if (
      contentForFormer &&
      EXPECTED[s.action][1] !== 'hr' &&
      decision.reason !== 'former-manager'
    ) {
      return `${label()}: a former manager should hear 'former-manager', got ${decision.reason}`;
    }
  }
  return undefined;
}

describe('authorization matrix', () => {
  // Around 300,000 cases: seconds, not milliseconds, so it gets its own time limit.
  it(
    'agrees with the oracle on every role, relationship, record, time and action',
    { timeout: 60_000 },
    () => {
      let cases = 0;
      const violations: string[] = [];
      const seen = { allowed: 0, denied: 0, withConsent: 0 };
      for (const s of scenarios()) {
        cases += 1;
        const decision = authorize(requestFor(s));
        if (decision.allowed) seen.allowed += 1;
        else seen.denied += 1;
        if (decision.allowed && decision.basis === 'current-manager-with-consent')
          seen.withConsent += 1;
        const violation = violationIn(s, decision);
        if (violation !== undefined) violations.push(violation);
      }
      console.info(
        `authorization matrix: ${cases} cases, ${violations.length} violations ` +
          `(${seen.allowed} allowed, ${seen.denied} denied, ${seen.withConsent} via consent)`,
      );
      expect(cases).toBeGreaterThanOrEqual(10_000);
      // A matrix that only ever says no (or yes) would pass a lazy oracle: both must occur.
      expect(seen.allowed).toBeGreaterThan(0);
      expect(seen.denied).toBeGreaterThan(0);
      expect(seen.withConsent).toBeGreaterThan(0);
      expect(violations.slice(0, 5)).toEqual([]);
      expect(violations).toHaveLength(0);
    },
  );
});
