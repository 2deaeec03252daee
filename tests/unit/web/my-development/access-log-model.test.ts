import { describe, expect, it } from 'vitest';
import type { AuditTrail } from '../../../../src/adapters/career-api/career-api-client';
import { ACCESS_ACTIONS, ACCESS_ACTION_LABELS, dateWording } from '../../../../src/domain';
import {
  accessLogDays,
  readersIn,
  SOMEONE,
  timesWording,
} from '../../../../src/web/features/my-development/access-log-model';

type Entry = AuditTrail['aboutYou'][number];

const TOMAS = 'tomas-id';
const PRIYA = 'priya-id';
const WEI = 'wei-id';
const london = dateWording('en-GB', 'Europe/London');
const names = new Map([[PRIYA, 'Priya Raman']]);

const read = (over: Partial<Entry>): Entry => ({
  at: '2026-12-08T10:00:00Z',
  actorId: PRIYA,
  subjectId: TOMAS,
  action: 'contract.read-current',
  outcome: 'allowed',
  basis: 'current-manager',
  ...over,
});

describe('the access log: who read your records, by day', () => {
  it('groups the newest-first trail into days, readers and what they read, with how many times', () => {
    const days = accessLogDays(
      [
        read({ at: '2026-12-08T11:00:00Z', count: 3, firstAt: '2026-12-08T09:00:00Z' }),
        read({ at: '2026-12-08T10:30:00Z', action: 'conversation.read', recordId: 'c1' }),
        read({ at: '2026-12-08T10:00:00Z', action: 'conversation.read', recordId: 'c2' }),
        read({ at: '2026-12-07T16:00:00Z', action: 'profile.read' }),
      ],
      TOMAS,
      names,
      london,
    );
    expect(days).toEqual([
      {
        heading: 'Tuesday, 8 December 2026',
        readers: [
          {
            readerId: PRIYA,
            reader: 'Priya Raman',
            reads: [
              { what: ACCESS_ACTION_LABELS['contract.read-current'], times: '3 times' },
              { what: ACCESS_ACTION_LABELS['conversation.read'], times: '2 times' },
            ],
          },
        ],
      },
      {
        heading: 'Monday, 7 December 2026',
        readers: [
          {
            readerId: PRIYA,
            reader: 'Priya Raman',
            reads: [{ what: ACCESS_ACTION_LABELS['profile.read'], times: undefined }],
          },
        ],
      },
    ]);
  });

  it('days are the host’s: a late evening in UTC is the next morning in Tokyo', () => {
    const [day] = accessLogDays(
      [read({ at: '2026-12-08T23:30:00Z' })],
      TOMAS,
      names,
      dateWording('en-GB', 'Asia/Tokyo'),
    );
    expect(day?.heading).toBe('Wednesday, 9 December 2026');
  });

  it('leaves out the person’s own reads, changes, refusals and failed reads', () => {
    const days = accessLogDays(
      [
        read({ actorId: TOMAS, basis: 'self' }),
        read({ action: 'contract.create-version' }),
        read({ outcome: 'failed' }),
        {
          at: '2026-12-08T10:00:00Z',
          actorId: PRIYA,
          subjectId: TOMAS,
          action: 'contract.read-current',
          outcome: 'denied',
          reason: 'not-your-report',
        },
      ],
      TOMAS,
      names,
      london,
    );
    expect(days).toEqual([]);
    expect(readersIn([read({ actorId: TOMAS }), read({}), read({ actorId: WEI })], TOMAS)).toEqual([
      PRIYA,
      WEI,
    ]);
  });

  it('a reader the directory does not name is "Someone in your organisation", never an id', () => {
    const [day] = accessLogDays([read({ actorId: WEI })], TOMAS, names, london);
    expect(day?.readers[0]?.reader).toBe(SOMEONE);
    expect(JSON.stringify(day)).not.toContain(`"reader":"${WEI}"`);
  });

  it('an action this screen does not know reads as your records, not as its id', () => {
    const [day] = accessLogDays([read({ action: 'coaching.read-plan' })], TOMAS, names, london);
    expect(day?.readers[0]?.reads).toEqual([{ what: 'some of your records', times: undefined }]);
  });

  it('"3 times" from two on, nothing for once', () => {
    expect(timesWording(1)).toBeUndefined();
    expect(timesWording(2)).toBe('2 times');
    expect(timesWording(3)).toBe('3 times');
  });

  it('every access action has a label in plain words', () => {
    for (const action of ACCESS_ACTIONS) {
      expect(ACCESS_ACTION_LABELS[action]).toMatch(/^[a-z]/);
      expect(ACCESS_ACTION_LABELS[action]).not.toContain('.');
    }
  });
});
