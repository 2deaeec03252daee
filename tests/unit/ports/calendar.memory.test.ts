import { describeCalendarContract } from '../../integration/ports/calendar.contract';
import { MemoryCalendar } from '../../../src/adapters/memory/memory-calendar';

describeCalendarContract('memory', () => {
  const me = { email: 'priya.raman@contoso.test', name: 'Priya Raman' };
  return Promise.resolve({
    calendar: new MemoryCalendar(me),
    me,
    other: { email: 'liam.oconnor@contoso.test', name: "Liam O'Connor" },
    unknownEmail: 'nobody@contoso.test',
    zone: 'Europe/London',
    quietMonth: '2031-01',
  });
});
