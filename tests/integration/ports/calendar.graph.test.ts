import { Temporal } from 'temporal-polyfill';
import { describeCalendarContract } from './calendar.contract';
import { GraphCalendar } from '../../../src/adapters/graph/calendar/graph-calendar';
import { signInGraph, startDemoTenant, upnOf } from './graph-harness';

/** The same suite in a zone Graph lists no IANA name for (Graph answers 400 to it by name). */
for (const zone of ['Europe/London', 'America/Tijuana']) {
  describeCalendarContract(`Graph over the local tenant (${zone})`, async () => {
    const tenant = await startDemoTenant();
    const { client } = await signInGraph(tenant, 'priya.raman');
    // Far enough ahead that only recurring demo meetings share the months (tests filter by title).
    const quietMonth = Temporal.Instant.fromEpochMilliseconds(tenant.clock.now().getTime())
      .toZonedDateTimeISO('UTC')
      .toPlainDate()
      .toPlainYearMonth()
      .add({ months: 13 })
      .toString();
    return {
      calendar: new GraphCalendar(client),
      me: { email: upnOf('priya.raman'), name: 'Priya Raman' },
      other: { email: upnOf('liam.oconnor'), name: "Liam O'Connor" },
      unknownEmail: 'nobody@contoso-demo.example',
      zone,
      quietMonth,
      close: () => tenant.close(),
    };
  });
}
