import { Temporal } from 'temporal-polyfill';
import type { DemoOrg } from '../../seed/demo-org';
import type { TenantState } from '../../state/types';
import { addCalendarEvent } from './add-event';
import { calendarStateOf } from './state';

/** Tomás's days off start this many days from today: inside the four weeks a booking searches. */
export const TOMAS_AWAY_FROM_DAY = 17;
export const TOMAS_AWAY_DAYS = 5;

/**
 * Time away that a booking must respect, so the demo shows it: Tomás works Monday to Thursday,
 * and takes five days off a little over two weeks ahead, set in Outlook as scheduled automatic
 * replies with the calendar blocked by a private all-day out-of-office item.
 */
export function seedTimeAway(state: TenantState, org: DemoOrg, now: Date): void {
  const tomas = org.people.find((person) => person.key === 'tomas.hernandez');
  if (!tomas) return;
  const today = Temporal.Instant.fromEpochMilliseconds(now.getTime())
    .toZonedDateTimeISO(tomas.timeZone)
    .toPlainDate();
  const first = today.add({ days: TOMAS_AWAY_FROM_DAY });
  const after = first.add({ days: TOMAS_AWAY_DAYS });
  const startUtc = first.toZonedDateTime(tomas.timeZone).toInstant().toString();
  const endUtc = after.toZonedDateTime(tomas.timeZone).toInstant().toString();
  calendarStateOf(state.features).mailboxes[tomas.id] = {
    daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday'],
    automaticReplies: {
      status: 'scheduled',
      startUtc,
      endUtc,
      internalReplyMessage: 'I am on holiday with my family and back soon.',
    },
  };
  const midnight = (date: Temporal.PlainDate) => ({
    dateTime: `${date.toString()}T00:00:00`,
    timeZone: tomas.windowsTimeZone,
  });
  addCalendarEvent(
    state,
    tomas.id,
    {
      subject: 'Vacaciones en Oaxaca con la familia',
      body: { contentType: 'text', content: '' },
      start: midnight(first),
      end: midnight(after),
      isAllDay: true,
      showAs: 'oof',
      sensitivity: 'private',
      isReminderOn: false,
    },
    { createdAt: now },
  );
}
