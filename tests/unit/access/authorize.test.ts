import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCESS_ACTIONS,
  ACTION_RULES,
  CONTENT_ACTIONS,
  HR_ADMIN_ACTIONS,
  authorize,
} from '../../../src/domain/access';
import type { AccessRecord, AccessRequest, Relationship } from '../../../src/domain/access';
import { Temporal } from '../../../src/domain';

const NOW = Temporal.Instant.from('2026-05-04T09:30:00Z');
const REPORT = 'report-ana';
const MANAGER = 'manager-bo';
const PREVIOUS = 'manager-cy';

function aRequest(overrides: Partial<AccessRequest> = {}): AccessRequest {
  return {
    caller: { userId: MANAGER, isHrAdmin: false },
    action: 'conversation.read',
    subjectId: REPORT,
    relationship: {
      currentManagerId: MANAGER,
      formerManagerIds: [PREVIOUS],
      historyConsent: [],
      managerSince: '2026-02-01T00:00:00Z',
    },
    record: { heldByManagerId: MANAGER, createdAt: '2026-03-01T10:00:00Z' },
    now: NOW,
    ...overrides,
  };
}

const previousManagersRecord: AccessRecord = {
  heldByManagerId: PREVIOUS,
  createdAt: '2025-11-01T10:00:00Z',
};

describe('authorize: the report', () => {
  const self = { caller: { userId: REPORT, isHrAdmin: false } };

  it('reads their own records, whichever manager they were made with', () => {
    expect(authorize(aRequest({ ...self, record: previousManagersRecord }))).toEqual({
      allowed: true,
      basis: 'self',
    });
  });

  it('marks their own commitments done but not the manager’s', () => {
    const mark = { ...self, action: 'commitment.mark-done' as const };
    expect(authorize(aRequest({ ...mark, record: { party: 'report' } })).allowed).toBe(true);
    expect(authorize(aRequest({ ...mark, record: { party: 'manager' } }))).toMatchObject({
      allowed: false,
      reason: 'not-the-owner',
    });
    expect(authorize(aRequest({ ...mark, record: {} }))).toMatchObject({
      reason: 'missing-record-facts',
    });
  });

  it('does not write the contract, conversations or triggers: the manager records them', () => {
    for (const action of [
      'contract.create-version',
      'conversation.write',
      'trigger.log',
    ] as const) {
      expect(authorize(aRequest({ ...self, action }))).toMatchObject({
        allowed: false,
        reason: 'manager-records-this',
      });
    }
  });
});

describe('authorize: the current manager', () => {
  it('reads and writes what was recorded with them', () => {
    expect(authorize(aRequest())).toEqual({ allowed: true, basis: 'current-manager' });
    expect(authorize(aRequest({ action: 'conversation.write' })).allowed).toBe(true);
  });

  it('needs the report’s consent for what was recorded before them', () => {
    expect(authorize(aRequest({ record: previousManagersRecord }))).toMatchObject({
      allowed: false,
      reason: 'history-needs-consent',
    });
    const own = { heldByManagerId: MANAGER, createdAt: '2025-12-01T10:00:00Z' };
    expect(authorize(aRequest({ record: own })).allowed).toBe(false);
  });

  it('reads history while the consent lasts and loses it when it is revoked', () => {
    const consented = (revokedAt?: string): Relationship => ({
      ...aRequest().relationship,
      historyConsent: [
        {
          managerId: MANAGER,
          grantedAt: '2026-04-01T00:00:00Z',
          ...(revokedAt ? { revokedAt } : {}),
        },
      ],
    });
    const read = (relationship: Relationship) =>
      authorize(aRequest({ relationship, record: previousManagersRecord }));
    expect(read(consented())).toEqual({ allowed: true, basis: 'current-manager-with-consent' });
    expect(read(consented('2026-05-04T09:30:00Z')).allowed).toBe(false);
    expect(read(consented('2026-05-04T09:30:01Z')).allowed).toBe(true);
  });

  it('never changes history, even with consent', () => {
    const relationship: Relationship = {
      ...aRequest().relationship,
      historyConsent: [{ managerId: MANAGER, grantedAt: '2026-04-01T00:00:00Z' }],
    };
    expect(
      authorize(
        aRequest({ relationship, action: 'conversation.write', record: previousManagersRecord }),
      ),
    ).toMatchObject({ allowed: false, reason: 'history-is-read-only' });
  });

  it('refuses rather than guesses when the record facts are missing or unreadable', () => {
    const withoutRecord = aRequest();
    delete withoutRecord.record;
    expect(authorize(withoutRecord)).toMatchObject({
      reason: 'missing-record-facts',
    });
    expect(
      authorize(aRequest({ record: { heldByManagerId: MANAGER, createdAt: 'yesterday' } })),
    ).toMatchObject({ reason: 'missing-record-facts' });
  });

  it('sees the team overview only for their own team', () => {
    const overview = { action: 'team.overview' as const, subjectId: MANAGER };
    expect(authorize(aRequest(overview))).toEqual({ allowed: true, basis: 'self' });
    expect(authorize(aRequest({ ...overview, subjectId: PREVIOUS }))).toMatchObject({
      reason: 'not-your-team',
    });
  });
});

describe('authorize: everyone else', () => {
  it('closes the records to a former manager at once', () => {
    const former = aRequest({ caller: { userId: PREVIOUS, isHrAdmin: false } });
    expect(authorize({ ...former, record: previousManagersRecord })).toMatchObject({
      allowed: false,
      reason: 'former-manager',
    });
  });

  it('gives a skip-level manager, a peer and a stranger nothing', () => {
    for (const userId of ['manager-of-bo', 'peer-dee', 'stranger-eli']) {
      expect(authorize(aRequest({ caller: { userId, isHrAdmin: false } }))).toMatchObject({
        allowed: false,
        reason: 'not-your-report',
      });
    }
  });

  it('gives an HR admin aggregates and admin operations, no content', () => {
    const hr = { caller: { userId: 'hr-fay', isHrAdmin: true } };
    expect(authorize(aRequest({ ...hr }))).toMatchObject({ reason: 'hr-sees-aggregates-only' });
    expect(authorize(aRequest({ ...hr, action: 'aggregates.read' }))).toEqual({
      allowed: true,
      basis: 'hr-aggregate',
    });
    expect(authorize(aRequest({ ...hr, action: 'erase.person' }))).toEqual({
      allowed: true,
      basis: 'hr-admin-operation',
    });
    expect(authorize(aRequest({ action: 'aggregates.read' }))).toMatchObject({
      reason: 'not-hr-admin',
    });
  });

  it('lets an HR admin who manages the report act as that manager, nothing more', () => {
    const hrManager = { caller: { userId: MANAGER, isHrAdmin: true } };
    expect(authorize(aRequest(hrManager))).toEqual({ allowed: true, basis: 'current-manager' });
    expect(authorize(aRequest({ ...hrManager, record: previousManagersRecord })).allowed).toBe(
      false,
    );
  });
});

// ---- properties ----

const id = fc.uuid();
const instant = fc
  .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) })
  .map((ms) => Temporal.Instant.fromEpochMilliseconds(ms));
const isoInstant = instant.map((i) => i.toString());
const action = fc.constantFrom(...ACCESS_ACTIONS);
const record = fc.record(
  {
    id,
    heldByManagerId: id,
    createdAt: isoInstant,
    party: fc.constantFrom('report' as const, 'manager' as const),
  },
  { requiredKeys: [] },
);
const consentFor = (managerIds: fc.Arbitrary<string>) =>
  fc.array(
    fc.record(
      { managerId: managerIds, grantedAt: isoInstant, revokedAt: isoInstant },
      { requiredKeys: ['managerId', 'grantedAt'] },
    ),
    { maxLength: 3 },
  );

/** A subject, a caller and the relationship facts, with the caller's ids mixed in everywhere. */
const world = fc
  .record({ subject: id, caller: id, current: id, others: fc.array(id, { maxLength: 3 }) })
  .filter(({ subject, caller, current }) => new Set([subject, caller, current]).size === 3);

describe('authorize: properties', () => {
  it('never allows a former manager anything but, if HR admin, admin operations', () => {
    const scenario = world.chain((w) =>
      fc.record({
        w: fc.constant(w),
        consents: consentFor(fc.constantFrom(w.caller, w.current, ...w.others)),
      }),
    );
    fc.assert(
      fc.property(
        scenario,
        fc.boolean(),
        action,
        fc.option(record, { nil: undefined }),
        fc.option(isoInstant, { nil: undefined }),
        instant,
        ({ w, consents }, isHrAdmin, act, rec, managerSince, now) => {
          const decision = authorize({
            caller: { userId: w.caller, isHrAdmin },
            action: act,
            subjectId: w.subject,
            relationship: {
              currentManagerId: w.current,
              formerManagerIds: [...w.others, w.caller],
              historyConsent: consents,
              ...(managerSince === undefined ? {} : { managerSince }),
            },
            ...(rec === undefined ? {} : { record: rec }),
            now,
          });
          expect(decision.allowed).toBe(isHrAdmin && HR_ADMIN_ACTIONS.includes(act));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never gives an HR admin without a relationship any content', () => {
    fc.assert(
      fc.property(
        world,
        fc.constantFrom(...CONTENT_ACTIONS),
        fc.option(record, { nil: undefined }),
        fc.boolean(),
        consentFor(id),
        instant,
        (w, act, rec, wasManager, consents, now) => {
          const decision = authorize({
            caller: { userId: w.caller, isHrAdmin: true },
            action: act,
            subjectId: w.subject,
            relationship: {
              currentManagerId: w.current,
              formerManagerIds: wasManager ? [w.caller] : w.others,
              // Even a consent on file for the HR admin changes nothing: consent is for managers.
              historyConsent: [
                ...consents,
                { managerId: w.caller, grantedAt: '2024-01-01T00:00:00Z' },
              ],
            },
            ...(rec === undefined ? {} : { record: rec }),
            now,
          });
          expect(decision.allowed).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never names the subject or a manager in a refusal', () => {
    fc.assert(
      fc.property(
        world,
        fc.boolean(),
        action,
        fc.option(record, { nil: undefined }),
        instant,
        fc.constantFrom('caller', 'subject', 'current', 'former'),
        (w, isHrAdmin, act, rec, now, who) => {
          const userId = {
            caller: w.caller,
            subject: w.subject,
            current: w.current,
            former: w.others[0] ?? w.caller,
          }[who];
          const decision = authorize({
            caller: { userId, isHrAdmin },
            action: act,
            subjectId: w.subject,
            relationship: {
              currentManagerId: w.current,
              formerManagerIds: w.others,
              historyConsent: [],
              managerSince: now.subtract({ hours: 24 * 30 }).toString(),
            },
            ...(rec === undefined ? {} : { record: rec }),
            now,
          });
          if (decision.allowed) return;
          const secrets = [w.subject, w.current, ...w.others, rec?.heldByManagerId ?? w.current];
          for (const secret of secrets) expect(decision.message).not.toContain(secret);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('applies a manager change on the very next request', () => {
    fc.assert(
      fc.property(world, action, isoInstant, instant, (w, act, createdAt, now) => {
        const before: AccessRequest = {
          caller: { userId: w.current, isHrAdmin: false },
          action: act,
          subjectId: w.subject,
          relationship: { currentManagerId: w.current, formerManagerIds: [], historyConsent: [] },
          record: { heldByManagerId: w.current, createdAt, party: 'manager' },
          now,
        };
        const after: AccessRequest = {
          ...before,
          relationship: {
            currentManagerId: w.caller,
            formerManagerIds: [w.current],
            historyConsent: [{ managerId: w.current, grantedAt: '2024-01-01T00:00:00Z' }],
          },
        };
        expect(authorize(before).allowed).toBe(ACTION_RULES[act].scope === 'report-data');
        expect(authorize(after).allowed).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
