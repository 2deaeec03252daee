import {
  escapeHtml,
  toIsoInstant,
  type Clock,
  type Commitment,
  type ScheduledCommitment,
  type TimeZoneId,
  type WorkingHours,
} from '../../../domain';
import { isPortError, PortError, type Calendar, type Tasks } from '../../ports';
import { ASSUMED_WORKING_HOURS, wordingIn } from '../../../domain';
import { blockSearchRange, findBlockSlot } from './find-block-slot';

/** A block long enough to make the introduction, write the feedback, or book the meeting. */
export const BLOCK_MINUTES = 30;
/** The block sits in the last days before the due date, leaving a few days to spare. */
const LEAD_DAYS = 7;

export type ScheduleVia = ScheduledCommitment['via'];

export interface SchedulePorts {
  /** The manager's own calendar and To Do: a commitment goes where they will see it. */
  calendar: Calendar;
  tasks: Tasks;
  /** Records where the commitment was put (progress on the contract, not a new version). */
  recordScheduled(
    commitmentId: string,
    scheduled: ScheduledCommitment,
    etag: string,
  ): Promise<{ etag: string }>;
  /** The contract's current tag, after someone else changed it. */
  readContractEtag(): Promise<string>;
  clock: Clock;
}

export interface ScheduleRequest {
  commitment: Commitment;
  via: ScheduleVia;
}

export interface ScheduleInput {
  contractId: string;
  reportName: string;
  zone: TimeZoneId;
  /** The contract's tag as read; each recorded schedule returns the next one. */
  etag: string;
  requests: readonly ScheduleRequest[];
  hours?: WorkingHours;
}

export interface ScheduledItem {
  commitmentId: string;
  scheduled: ScheduledCommitment;
  /** For a calendar block: when it is, so the manager sees it without opening Outlook. */
  block?: { start: string; end: string; afterDue: boolean };
}

export interface ScheduleOutcome {
  done: ScheduledItem[];
  /** The contract's tag after the last recorded schedule. */
  etag: string;
  /** The first failure: scheduling stops there so the manager sees it, and a retry is safe. */
  failed?: { commitmentId: string; error: unknown };
}

/** Same commitment, same place, one item: a retried "schedule" never books twice. */
export const scheduleIdempotencyKey = (
  contractId: string,
  commitmentId: string,
  via: ScheduleVia,
): string => `commitment:${contractId}:${commitmentId}:${via}`;

/** What lands in Outlook and To Do is in the product's English, as mail is. */
function dueLabel(commitment: Commitment, zone: TimeZoneId): string {
  return wordingIn(zone).day(commitment.due, { year: true });
}

async function putInCalendar(
  ports: SchedulePorts,
  input: ScheduleInput,
  commitment: Commitment,
): Promise<{ ref: string; block: NonNullable<ScheduledItem['block']> }> {
  const now = ports.clock.now();
  const search = {
    now,
    zone: input.zone,
    due: commitment.due,
    minutes: BLOCK_MINUTES,
    hours: input.hours ?? ASSUMED_WORKING_HOURS,
    leadDays: LEAD_DAYS,
  };
  const events = await ports.calendar.eventsBetween(blockSearchRange(search), input.zone);
  const busy = events.filter((e) => !e.isCancelled).map((e) => ({ start: e.start, end: e.end }));
  const slot = findBlockSlot({ ...search, busy });
  if (!slot) {
    throw new PortError(
      'invalid',
      `Your calendar has no free ${BLOCK_MINUTES} minutes in working hours before ${dueLabel(commitment, input.zone)}. Put it in To Do instead.`,
    );
  }
  const event = await ports.calendar.createEvent({
    title: `${commitment.action} (for ${input.reportName})`,
    start: slot.start,
    end: slot.end,
    timeZone: input.zone,
    attendees: [],
    bodyHtml: `<p>You agreed this in ${escapeHtml(input.reportName)}’s development contract: ${escapeHtml(commitment.action)}, by ${escapeHtml(dueLabel(commitment, input.zone))}.</p>`,
    onlineMeeting: false,
    showAs: 'busy',
    idempotencyKey: scheduleIdempotencyKey(input.contractId, commitment.id, 'calendar'),
  });
  return { ref: event.id, block: { start: event.start, end: event.end, afterDue: slot.afterDue } };
}

async function putInToDo(
  ports: SchedulePorts,
  input: ScheduleInput,
  commitment: Commitment,
): Promise<string> {
  const task = await ports.tasks.createTask({
    title: commitment.action,
    due: commitment.due,
    body: `You agreed this in ${input.reportName}’s development contract, to do by ${dueLabel(commitment, input.zone)}.`,
    idempotencyKey: scheduleIdempotencyKey(input.contractId, commitment.id, 'todo'),
  });
  return task.id;
}

async function record(
  ports: SchedulePorts,
  commitmentId: string,
  scheduled: ScheduledCommitment,
  etag: string,
): Promise<string> {
  try {
    return (await ports.recordScheduled(commitmentId, scheduled, etag)).etag;
  } catch (error) {
    // Someone else changed the contract (a commitment ticked in another tab): record it on
    // the fresh version. A change to this very commitment fails there with its own reason.
    if (!isPortError(error, 'conflict')) throw error;
    return (await ports.recordScheduled(commitmentId, scheduled, await ports.readContractEtag()))
      .etag;
  }
}

/**
 * "The commitments you make in this conversation need to go in your calendar immediately":
 * each of the manager's open commitments becomes a busy block before its due date or a To Do
 * task with that date, and the contract records where it went. One at a time, in order, each
 * recording on the tag the previous one returned.
 */
export async function scheduleCommitments(
  ports: SchedulePorts,
  input: ScheduleInput,
): Promise<ScheduleOutcome> {
  const done: ScheduledItem[] = [];
  let etag = input.etag;
  for (const { commitment, via } of input.requests) {
    try {
      if (commitment.party !== 'manager' || commitment.status !== 'open') {
        throw new PortError(
          'invalid',
          `“${commitment.action}” is not an open commitment of yours.`,
        );
      }
      const placed =
        via === 'calendar'
          ? await putInCalendar(ports, input, commitment)
          : { ref: await putInToDo(ports, input, commitment) };
      const scheduled: ScheduledCommitment = {
        via,
        ref: placed.ref,
        at: toIsoInstant(ports.clock.now()),
      };
      etag = await record(ports, commitment.id, scheduled, etag);
      done.push({
        commitmentId: commitment.id,
        scheduled,
        ...('block' in placed ? { block: placed.block } : {}),
      });
    } catch (error) {
      return { done, etag, failed: { commitmentId: commitment.id, error } };
    }
  }
  return { done, etag };
}
