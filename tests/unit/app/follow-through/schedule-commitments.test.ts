import { describe, expect, it } from 'vitest';
import { MemoryCalendar } from '../../../../src/adapters/memory/memory-calendar';
import { MemoryTasks } from '../../../../src/adapters/memory/memory-tasks';
import { PortError, type NewCalendarEvent } from '../../../../src/app/ports';
import {
  scheduleCommitments,
  type SchedulePorts,
  type ScheduleRequest,
} from '../../../../src/app/my-365/follow-through';
import { fixedClock, Temporal, type ScheduledCommitment } from '../../../../src/domain';
import { aCommitment, aManagerCommitment, ZONE } from '../../builders';

const INTRO = aManagerCommitment({
  id: 'm1',
  action: 'Introduce Tomás to Dana',
  due: '2026-03-20',
});
const FEEDBACK = aManagerCommitment({
  id: 'm2',
  kind: 'skill-feedback',
  action: 'Give Tomás feedback on his design review',
  due: '2026-03-27',
});

/** The contract's commitment endpoint: records where each one went, with changing etags. */
function fakeContract() {
  let version = 1;
  const recorded: { id: string; scheduled: ScheduledCommitment; etag: string }[] = [];
  return {
    recorded,
    etag: () => `"${String(version)}"`,
    touch() {
      version += 1;
    },
    recordScheduled(id: string, scheduled: ScheduledCommitment, etag: string) {
      recorded.push({ id, scheduled, etag });
      if (etag !== `"${String(version)}"`) {
        return Promise.reject(new PortError('conflict', 'changed'));
      }
      version += 1;
      return Promise.resolve({ etag: `"${String(version)}"` });
    },
  };
}

/** Remembers what was asked of the calendar, so the test can read the block's shape. */
class RecordingCalendar extends MemoryCalendar {
  readonly created: NewCalendarEvent[] = [];
  override createEvent(event: NewCalendarEvent) {
    this.created.push(event);
    return super.createEvent(event);
  }
}

function setUp() {
  const calendar = new RecordingCalendar({ email: 'priya@contoso.example', name: 'Priya' });
  const tasks = new MemoryTasks();
  const contract = fakeContract();
  const ports: SchedulePorts = {
    calendar,
    tasks,
    recordScheduled: (id, scheduled, etag) => contract.recordScheduled(id, scheduled, etag),
    readContractEtag: () => Promise.resolve(contract.etag()),
    // Monday 2 March 2026, 09:00 in London.
    clock: fixedClock('2026-03-02T09:00:00Z'),
  };
  const run = (requests: ScheduleRequest[], etag = contract.etag()) =>
    scheduleCommitments(ports, {
      contractId: 'contract-1',
      reportName: 'Tomás Hernández',
      zone: ZONE,
      etag,
      requests,
    });
  return { calendar, tasks, contract, run };
}

const londonDate = (iso: string): string =>
  Temporal.Instant.from(iso).toZonedDateTimeISO(ZONE).toPlainDate().toString();

describe('scheduleCommitments: the manager’s commitments go in their calendar immediately', () => {
  it('blocks busy time for the manager alone before the due date and records it', async () => {
    const { calendar, contract, run } = setUp();
    const outcome = await run([{ commitment: INTRO, via: 'calendar' }]);

    expect(outcome.failed).toBeUndefined();
    const [block] = calendar.created;
    expect(block?.attendees).toEqual([]);
    expect(block?.showAs).toBe('busy');
    expect(block?.onlineMeeting).toBe(false);
    expect(block?.title).toContain('Introduce Tomás to Dana');
    expect(londonDate(block?.start ?? '') <= '2026-03-20').toBe(true);
    expect(londonDate(block?.start ?? '') >= '2026-03-13').toBe(true);

    const [item] = outcome.done;
    expect(item?.scheduled.via).toBe('calendar');
    expect(item?.block?.start).toBe(block?.start);
    expect(contract.recorded).toEqual([{ id: 'm1', scheduled: item?.scheduled, etag: '"1"' }]);
    expect(item?.scheduled.at).toBe('2026-03-02T09:00:00Z');
  });

  it('puts a commitment in To Do with its due date when asked', async () => {
    const { tasks, calendar, run } = setUp();
    const outcome = await run([{ commitment: FEEDBACK, via: 'todo' }]);
    expect(calendar.created).toHaveLength(0);
    expect(tasks.tasks).toMatchObject([
      { title: 'Give Tomás feedback on his design review', due: '2026-03-27' },
    ]);
    expect(outcome.done[0]?.scheduled).toMatchObject({ via: 'todo', ref: tasks.tasks[0]?.id });
  });

  it('schedules all in one go, each recorded on the tag the previous one returned', async () => {
    const { contract, run } = setUp();
    const outcome = await run([
      { commitment: INTRO, via: 'calendar' },
      { commitment: FEEDBACK, via: 'todo' },
    ]);
    expect(outcome.done.map((d) => d.commitmentId)).toEqual(['m1', 'm2']);
    expect(contract.recorded.map((r) => r.etag)).toEqual(['"1"', '"2"']);
    expect(outcome.etag).toBe('"3"');
  });

  it('never books twice when a schedule is retried after a failure', async () => {
    const { calendar, contract, run } = setUp();
    calendar.failures.failNext('unavailable', { op: 'createEvent' });
    const first = await run([
      { commitment: INTRO, via: 'calendar' },
      { commitment: FEEDBACK, via: 'calendar' },
    ]);
    expect(first.done).toEqual([]);
    expect(first.failed?.commitmentId).toBe('m1');

    await run([
      { commitment: INTRO, via: 'calendar' },
      { commitment: FEEDBACK, via: 'calendar' },
    ]);
    const retried = await run([{ commitment: INTRO, via: 'calendar' }]);
    const events = await calendar.eventsBetween(
      { start: '2026-03-01T00:00:00Z', end: '2026-04-01T00:00:00Z' },
      ZONE,
    );
    expect(events).toHaveLength(2);
    expect(retried.done[0]?.scheduled.ref).toBe(contract.recorded[0]?.scheduled.ref);
  });

  it('records on the fresh contract when it changed in between', async () => {
    const { contract, run } = setUp();
    const stale = contract.etag();
    contract.touch();
    const outcome = await run([{ commitment: INTRO, via: 'todo' }], stale);
    expect(contract.recorded.map((r) => r.etag)).toEqual(['"1"', '"2"']);
    expect(outcome.failed).toBeUndefined();
  });

  it('stops at the report’s own commitment: only its owner schedules it', async () => {
    const { run, tasks } = setUp();
    const theirs = aCommitment({ id: 'r1', action: 'Write the proposal' });
    const outcome = await run([
      { commitment: theirs, via: 'todo' },
      { commitment: INTRO, via: 'todo' },
    ]);
    expect(outcome.failed?.commitmentId).toBe('r1');
    expect(String(outcome.failed?.error)).toMatch(/not an open commitment of yours/);
    expect(tasks.tasks).toHaveLength(0);
  });
});
