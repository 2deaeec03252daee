import type { EventChanges, NewCalendarEvent, QuarterlyRecurrence } from '../../../app/ports';
import type { TimeZoneId } from '../../../domain';
import { graphDateTime } from '../shared/date-time';
import { graphTimeZone } from '../shared/graph-time-zone';

/**
 * The port's quarterly recurrence as Graph's patternedRecurrence, recurring in the event zone
 * under its Windows name, which keeps the zone's daylight-saving rules.
 */
export function toPatternedRecurrence(recurrence: QuarterlyRecurrence, eventZone: TimeZoneId) {
  const zone = graphTimeZone(eventZone).name;
  const pattern =
    recurrence.pattern === 'absoluteMonthly'
      ? {
          type: 'absoluteMonthly',
          interval: recurrence.interval,
          dayOfMonth: recurrence.dayOfMonth,
        }
      : {
          type: 'relativeMonthly',
          interval: recurrence.interval,
          daysOfWeek: [...recurrence.daysOfWeek],
          index: recurrence.index,
        };
  const range = recurrence.endDate
    ? {
        type: 'endDate',
        startDate: recurrence.startDate,
        endDate: recurrence.endDate,
        recurrenceTimeZone: zone,
      }
    : { type: 'noEnd', startDate: recurrence.startDate, recurrenceTimeZone: zone };
  return { pattern, range };
}

/**
 * The Graph body for a new event. The wall times are in the organiser's zone so a series keeps
 * its local time across daylight-saving changes; transactionId makes a retried create return
 * the event the first attempt made instead of booking twice.
 */
export function toGraphEvent(event: NewCalendarEvent) {
  const isMeeting = event.attendees.length > 0;
  return {
    subject: event.title,
    body: { contentType: 'HTML', content: event.bodyHtml },
    start: graphDateTime(event.start, event.timeZone),
    end: graphDateTime(event.end, event.timeZone),
    attendees: event.attendees.map((a) => ({
      emailAddress: { address: a.email, name: a.name },
      type: 'required',
    })),
    showAs: event.showAs ?? 'busy',
    isReminderOn: true,
    responseRequested: isMeeting,
    allowNewTimeProposals: isMeeting,
    isOnlineMeeting: event.onlineMeeting,
    ...(event.onlineMeeting ? { onlineMeetingProvider: 'teamsForBusiness' } : {}),
    ...(event.recurrence
      ? { recurrence: toPatternedRecurrence(event.recurrence, event.timeZone) }
      : {}),
    transactionId: event.idempotencyKey,
  };
}

export function toGraphChanges(changes: EventChanges, zone: TimeZoneId) {
  return {
    subject: changes.title,
    ...(changes.bodyHtml === undefined
      ? {}
      : { body: { contentType: 'HTML', content: changes.bodyHtml } }),
    ...(changes.start === undefined ? {} : { start: graphDateTime(changes.start, zone) }),
    ...(changes.end === undefined ? {} : { end: graphDateTime(changes.end, zone) }),
  };
}
