import { describe, expect, it } from 'vitest';
import type { CurrentContract } from '../../../../src/adapters/career-api/career-api-client';
import type { ScheduledItem } from '../../../../src/app/my-365/follow-through';
import {
  closeCommitmentsReducer,
  initialCloseCommitmentsState,
  managerCommitments,
  toSchedule,
  viaOf,
  type CloseCommitmentsAction,
} from '../../../../src/web/features/close-follow-through/close-commitments-state';
import { aCommitment, aManagerCommitment, aVersion, MANAGER_ID, REPORT_ID } from '../../builders';

const run = (...actions: CloseCommitmentsAction[]) =>
  actions.reduce(closeCommitmentsReducer, initialCloseCommitmentsState);

const block = { start: '2026-03-10T09:00:00Z', end: '2026-03-10T09:30:00Z', afterDue: false };
const inCalendar = (commitmentId: string): ScheduledItem => ({
  commitmentId,
  scheduled: { via: 'calendar', ref: `event-${commitmentId}`, at: '2026-03-04T09:00:00Z' },
  block,
});
const inToDo = (commitmentId: string): ScheduledItem => ({
  commitmentId,
  scheduled: { via: 'todo', ref: `task-${commitmentId}`, at: '2026-03-04T09:00:00Z' },
});

describe('the manager’s own commitments on the close step', () => {
  it('lists the manager’s standing ones, soonest due first, leaving out dropped ones', () => {
    const late = aManagerCommitment({ id: 'late', due: '2026-06-01' });
    const soon = aManagerCommitment({ id: 'soon', due: '2026-04-01', status: 'done' });
    const dropped = aManagerCommitment({ id: 'dropped', due: '2026-03-01', status: 'dropped' });
    const theirs = aCommitment({ id: 'theirs', due: '2026-03-02' });
    const contract = {
      id: 'contract-1',
      reportId: REPORT_ID,
      managerId: MANAGER_ID,
      etag: '"1"',
      current: aVersion({ commitments: [late, theirs, dropped, soon] }),
    } as unknown as CurrentContract;
    expect(managerCommitments(contract).map((c) => c.id)).toEqual(['soon', 'late']);
  });

  it('schedules only the open ones not yet in the calendar or To Do', () => {
    const open = aManagerCommitment({ id: 'open' });
    const done = aManagerCommitment({ id: 'done', status: 'done' });
    const placed = aManagerCommitment({
      id: 'placed',
      scheduled: { via: 'todo', ref: 'task-1', at: '2026-03-04T09:00:00Z' },
    });
    expect(toSchedule([open, done, placed]).map((c) => c.id)).toEqual(['open']);
  });
});

describe('closeCommitmentsReducer', () => {
  it('puts each commitment in the calendar unless the manager chose To Do for it', () => {
    const a = aManagerCommitment({ id: 'a' });
    const b = aManagerCommitment({ id: 'b' });
    const state = run({ type: 'choose-via', commitmentId: 'b', via: 'todo' });
    expect(viaOf(initialCloseCommitmentsState, a)).toBe('calendar');
    expect(viaOf(state, a)).toBe('calendar');
    expect(viaOf(state, b)).toBe('todo');
    expect(
      viaOf(
        run(
          { type: 'choose-via', commitmentId: 'b', via: 'todo' },
          { type: 'choose-via', commitmentId: 'b', via: 'calendar' },
        ),
        b,
      ),
    ).toBe('calendar');
  });

  it('says how many were scheduled, one or more', () => {
    expect(run({ type: 'scheduled', done: [inCalendar('a')] }).status).toBe(
      'Scheduled 1 commitment.',
    );
    expect(run({ type: 'scheduled', done: [inCalendar('a'), inToDo('b')] }).status).toBe(
      'Scheduled 2 commitments.',
    );
  });

  it('says nothing when none was scheduled (the failure speaks for itself)', () => {
    expect(run({ type: 'scheduled', done: [] }).status).toBe('');
  });

  it('clears the last outcome when scheduling starts again', () => {
    const state = run({ type: 'scheduled', done: [inCalendar('a')] }, { type: 'scheduling' });
    expect(state.status).toBe('');
    expect(state.blocks).toEqual({ a: block });
  });

  it('keeps the blocks of earlier schedulings beside the new ones', () => {
    const state = run(
      { type: 'scheduled', done: [inCalendar('a')] },
      { type: 'scheduling' },
      { type: 'scheduled', done: [inToDo('b')] },
    );
    expect(state.blocks).toEqual({ a: block, b: undefined });
    expect(Object.keys(state.blocks)).toEqual(['a', 'b']);
  });
});
