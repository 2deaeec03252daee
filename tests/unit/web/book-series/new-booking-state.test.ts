import { describe, expect, it } from 'vitest';
import type { WorkingHours } from '../../../../src/domain';
import {
  initialNewBookingState,
  newBookingReducer,
  type NewBookingAction,
  type NewBookingState,
} from '../../../../src/web/features/book-series/new-booking-state';

const ZONE = 'Europe/London';
const HOURS: WorkingHours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
const session = (start: string, end: string) => ({ start, end }) as const;
const PROPOSALS = [
  {
    sessions: [
      session('2027-03-04T10:00:00Z', '2027-03-04T11:00:00Z'),
      session('2027-03-11T10:00:00Z', '2027-03-11T11:00:00Z'),
      session('2027-03-18T10:00:00Z', '2027-03-18T11:00:00Z'),
    ],
  },
  {
    sessions: [
      session('2027-03-05T14:00:00Z', '2027-03-05T15:30:00Z'),
      session('2027-03-12T14:00:00Z', '2027-03-12T15:00:00Z'),
      session('2027-03-19T14:00:00Z', '2027-03-19T15:00:00Z'),
    ],
  },
];

const start = () => initialNewBookingState(HOURS, 'key-1');
const run = (state: NewBookingState, ...actions: NewBookingAction[]) =>
  actions.reduce(newBookingReducer, state);
const choose = (
  choice: number | 'own',
  proposals: typeof PROPOSALS = PROPOSALS,
): NewBookingAction => ({ type: 'choose', choice, proposals, zone: ZONE });

describe('newBookingReducer: the "Invite and book" form', () => {
  it('starts as a series of three, nothing chosen, both weeks assumed, one key', () => {
    expect(start()).toEqual({
      format: 'series-of-three',
      hours: HOURS,
      reportHours: HOURS,
      chosen: undefined,
      drafts: [],
      key: 'key-1',
    });
  });

  it('fills the sessions from the chosen proposal, read in the manager’s zone', () => {
    const state = run(start(), choose(1));
    expect(state.chosen).toBe(1);
    expect(state.drafts).toEqual([
      { start: '2027-03-05T14:00', minutes: 90 },
      { start: '2027-03-12T14:00', minutes: 60 },
      { start: '2027-03-19T14:00', minutes: 60 },
    ]);
  });

  it('starts "pick your own" from the first proposal when nothing is typed yet', () => {
    const state = run(start(), choose('own'));
    expect(state.chosen).toBe('own');
    expect(state.drafts[0]).toEqual({ start: '2027-03-04T10:00', minutes: 60 });
  });

  it('keeps what is typed when "pick your own" is chosen again', () => {
    const typed = { start: '2027-03-08T09:30', minutes: 45 };
    const state = run(
      start(),
      choose(0),
      { type: 'change-draft', index: 0, draft: typed },
      choose('own'),
    );
    expect(state.drafts[0]).toEqual(typed);
  });

  it('gives blank sessions of the playbook’s length when there is no proposal to start from', () => {
    expect(run(start(), choose('own', [])).drafts).toEqual([
      { start: '', minutes: 60 },
      { start: '', minutes: 60 },
      { start: '', minutes: 60 },
    ]);
    const single = run(start(), { type: 'change-format', format: 'single-90' }, choose('own', []));
    expect(single.drafts).toEqual([{ start: '', minutes: 90 }]);
  });

  it('makes a typed time the manager’s own choice and changes only that session', () => {
    const typed = { start: '2027-03-12T16:00', minutes: 60 };
    const state = run(start(), choose(0), { type: 'change-draft', index: 1, draft: typed });
    expect(state.chosen).toBe('own');
    expect(state.drafts.map((d) => d.start)).toEqual([
      '2027-03-04T10:00',
      '2027-03-12T16:00',
      '2027-03-18T10:00',
    ]);
  });

  it('starts the choice again when the format changes', () => {
    const state = run(start(), choose(0), { type: 'change-format', format: 'single-90' });
    expect(state).toMatchObject({ format: 'single-90', chosen: undefined, drafts: [] });
  });

  it('changes each person’s working week on its own', () => {
    const late: WorkingHours = { ...HOURS, start: '10:00' };
    const mine = run(start(), { type: 'change-hours', whose: 'manager', hours: late });
    expect(mine).toMatchObject({ hours: late, reportHours: HOURS });
    const theirs = run(start(), { type: 'change-hours', whose: 'report', hours: late });
    expect(theirs).toMatchObject({ hours: HOURS, reportHours: late });
  });

  it('keeps a picked proposal’s times as the manager’s own when new hours bring new proposals', () => {
    const picked = run(start(), choose(1));
    const state = run(picked, {
      type: 'change-hours',
      whose: 'report',
      hours: { ...HOURS, end: '16:00' },
    });
    // Option 2 of the new list is other times: it must not show as chosen over the old ones.
    expect(state.chosen).toBe('own');
    expect(state.drafts).toEqual(picked.drafts);
  });

  it('takes a new key once booked, so the next booking is a new attempt', () => {
    const state = run(start(), choose(0), { type: 'booked', key: 'key-2' });
    expect(state.key).toBe('key-2');
  });
});
