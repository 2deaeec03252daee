// Calendar examples from the Microsoft Graph v1.0 documentation, replayed against the local tenant:
// the documented request, the documented status, and the documented response's property names and
// JSON types (ids, times and generated values differ). Attendee addresses of the examples are
// replaced by demo people where the example needs a real mailbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { LIAM, PRIYA, call, startCalendarTenant, tokenFor } from '../calendar/calendar-helpers';
import { expectShape } from '../sharepoint/shape';

const PST = { prefer: 'outlook.timezone="Pacific Standard Time"' };

/** The event resource as the create-event page's Example 1 response shows it. */
const EVENT_EXAMPLE: Record<string, unknown> = {
  '@odata.context':
    "https://graph.microsoft.com/v1.0/$metadata#users('cd209b0b-3f83-4c35-82d2-d88a61820480')/events/$entity",
  '@odata.etag': 'W/"ZlnW4RIAV06KYYwlrfNZvQAALfZeRQ=="',
  id: 'AAMkAGI1AAAt9AHjAAA=',
  createdDateTime: '2017-04-15T03:00:50.7579581Z',
  lastModifiedDateTime: '2017-04-15T03:00:51.245372Z',
  changeKey: 'ZlnW4RIAV06KYYwlrfNZvQAALfZeRQ==',
  categories: [],
  originalStartTimeZone: 'Pacific Standard Time',
  originalEndTimeZone: 'Pacific Standard Time',
  iCalUId:
    '040000008200E00074C5B7101A82E00800000000DA2B357D94B5D201000000000000000010000000EC4597557F0CB34EA4CC2887EA7B17C3',
  reminderMinutesBeforeStart: 15,
  isReminderOn: true,
  hasAttachments: false,
  hideAttendees: false,
  subject: "Let's go brunch",
  bodyPreview: 'Does noon work for you?',
  importance: 'normal',
  sensitivity: 'normal',
  isAllDay: false,
  isCancelled: false,
  isDraft: false,
  isOrganizer: true,
  responseRequested: true,
  seriesMasterId: null,
  transactionId: '7E163156-7762-4BEB-A1C6-729EA81755A7',
  showAs: 'busy',
  type: 'singleInstance',
  webLink:
    'https://outlook.office365.com/owa/?itemid=AAMkAGI1AAAt9AHjAAA%3D&exvsurl=1&path=/calendar/item',
  onlineMeetingUrl: null,
  isOnlineMeeting: false,
  onlineMeetingProvider: 'unknown',
  onlineMeeting: null,
  allowNewTimeProposals: true,
  responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
  body: {
    contentType: 'html',
    content: '<html><head></head><body>Does late morning work for you?</body></html>',
  },
  start: { dateTime: '2017-04-15T11:00:00.0000000', timeZone: 'Pacific Standard Time' },
  end: { dateTime: '2017-04-15T12:00:00.0000000', timeZone: 'Pacific Standard Time' },
  location: {
    displayName: "Harry's Bar",
    locationType: 'default',
    uniqueId: "Harry's Bar",
    uniqueIdType: 'private',
  },
  locations: [{ displayName: "Harry's Bar", locationType: 'default', uniqueIdType: 'unknown' }],
  recurrence: null,
  attendees: [
    {
      type: 'required',
      status: { response: 'none', time: '0001-01-01T00:00:00Z' },
      emailAddress: { name: 'Samantha Booth', address: 'samanthab@contoso.onmicrosoft.com' },
    },
  ],
  organizer: { emailAddress: { name: 'Dana Swope', address: 'danas@contoso.onmicrosoft.com' } },
};

function withoutProperty(source: Record<string, unknown>, name: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(source).filter(([key]) => key !== name));
}

const LUNCH = {
  subject: "Let's go for lunch",
  body: { contentType: 'HTML', content: 'Does noon work for you?' },
  start: { dateTime: '2017-04-15T12:00:00', timeZone: 'Pacific Standard Time' },
  end: { dateTime: '2017-04-15T14:00:00', timeZone: 'Pacific Standard Time' },
  location: { displayName: "Harry's Bar" },
  attendees: [
    {
      emailAddress: { address: 'samanthab@contoso.onmicrosoft.com', name: 'Samantha Booth' },
      type: 'required',
    },
  ],
  allowNewTimeProposals: true,
};

describe('calendar fidelity with the Graph documentation examples', () => {
  let tenant: LocalTenant;
  let priya: string;

  beforeAll(async () => {
    tenant = await startCalendarTenant();
    priya = await tokenFor(tenant, PRIYA);
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('create event with a transactionId: https://learn.microsoft.com/graph/api/user-post-events (example 1)', async () => {
    const created = await call(
      tenant,
      priya,
      'POST',
      '/me/events',
      { ...LUNCH, transactionId: '7E163156-7762-4BEB-A1C6-729EA81755A7' },
      PST,
    );
    expect(created.status).toBe(201);
    expectShape(created.body, EVENT_EXAMPLE);
    expect(created.body.start).toEqual({
      dateTime: '2017-04-15T12:00:00.0000000',
      timeZone: 'Pacific Standard Time',
    });
  });

  it('create event as a Teams meeting: https://learn.microsoft.com/graph/api/user-post-events (example 4)', async () => {
    const created = await call(
      tenant,
      priya,
      'POST',
      '/me/events',
      { ...LUNCH, isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' },
      PST,
    );
    expect(created.status).toBe(201);
    // The example's tollNumber exists only where the tenant has an audio conferencing licence.
    const withoutTransaction = withoutProperty(EVENT_EXAMPLE, 'transactionId');
    expectShape(created.body, {
      ...withoutTransaction,
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      onlineMeeting: {
        joinUrl:
          'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzIyNzhlMGEtM2YyZC00ZmY0LTlhNzUtZmZjNWFmZGNlNzE2%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c%22Oid%22%3a%22bc55b173-cff6-457d-b7a1-64bda7d7581a%22%7d',
        conferenceId: '177513992',
      },
    });
  });

  it('create a recurring event: https://learn.microsoft.com/graph/api/user-post-events (example 3)', async () => {
    const created = await call(tenant, priya, 'POST', '/me/events', {
      subject: "Let's go for lunch",
      body: { contentType: 'HTML', content: 'Does noon time work for you?' },
      start: { dateTime: '2017-09-04T12:00:00', timeZone: 'Pacific Standard Time' },
      end: { dateTime: '2017-09-04T14:00:00', timeZone: 'Pacific Standard Time' },
      recurrence: {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['Monday'] },
        range: { type: 'endDate', startDate: '2017-09-04', endDate: '2017-12-31' },
      },
      location: { displayName: "Harry's Bar" },
      attendees: [{ emailAddress: { address: LIAM, name: 'Adele Vance' }, type: 'required' }],
      allowNewTimeProposals: true,
    });
    expect(created.status).toBe(201);
    const example = withoutProperty(EVENT_EXAMPLE, 'transactionId');
    expectShape(created.body, {
      ...example,
      type: 'seriesMaster',
      recurrence: {
        pattern: {
          type: 'weekly',
          interval: 1,
          month: 0,
          dayOfMonth: 0,
          daysOfWeek: ['monday'],
          firstDayOfWeek: 'sunday',
          index: 'first',
        },
        range: {
          type: 'endDate',
          startDate: '2017-09-04',
          endDate: '2017-12-31',
          recurrenceTimeZone: 'Pacific Standard Time',
          numberOfOccurrences: 0,
        },
      },
    });
    expect(created.body.recurrence).toEqual({
      pattern: {
        type: 'weekly',
        interval: 1,
        month: 0,
        dayOfMonth: 0,
        daysOfWeek: ['monday'],
        firstDayOfWeek: 'sunday',
        index: 'first',
      },
      range: {
        type: 'endDate',
        startDate: '2017-09-04',
        endDate: '2017-12-31',
        recurrenceTimeZone: 'Pacific Standard Time',
        numberOfOccurrences: 0,
      },
    });
  });

  it('get event with $select and Prefer: https://learn.microsoft.com/graph/api/event-get (example 1)', async () => {
    const created = await call(tenant, priya, 'POST', '/me/events', LUNCH);
    const id = String(created.body.id);
    const read = await call(
      tenant,
      priya,
      'GET',
      `/me/events/${id}?$select=subject,body,bodyPreview,organizer,attendees,start,end,location,hideAttendees`,
      undefined,
      PST,
    );
    expect(read.status).toBe(200);
    expect(read.headers.get('preference-applied')).toBe('outlook.timezone="Pacific Standard Time"');
    expect(String(read.body['@odata.context'])).toMatch(
      /\/\$metadata#users\('[0-9a-f-]+'\)\/events\(subject,body,bodyPreview,organizer,attendees,start,end,location,hideAttendees\)\/\$entity$/,
    );
    const {
      '@odata.etag': etag,
      id: exampleId,
      subject,
      bodyPreview,
      hideAttendees,
      body,
      start,
      end,
      location,
      attendees,
      organizer,
    } = EVENT_EXAMPLE;
    expectShape(read.body, {
      '@odata.etag': etag,
      id: exampleId,
      subject,
      bodyPreview,
      hideAttendees,
      body,
      start,
      end,
      location,
      attendees,
      organizer,
    });
    expect(read.body).not.toHaveProperty('showAs');
  });

  it('list calendarView: https://learn.microsoft.com/graph/api/user-list-calendarview', async () => {
    await call(tenant, priya, 'POST', '/me/events', {
      ...LUNCH,
      start: { dateTime: '2020-01-01T20:00:00', timeZone: 'Pacific Standard Time' },
      end: { dateTime: '2020-01-01T21:00:00', timeZone: 'Pacific Standard Time' },
    });
    const view = await call(
      tenant,
      priya,
      'GET',
      '/me/calendarView?startDateTime=2020-01-01T19:00:00-08:00&endDateTime=2020-01-02T19:00:00-08:00',
    );
    expect(view.status).toBe(200);
    expectShape(view.body, {
      value: [
        {
          originalStartTimeZone: 'Pacific Standard Time',
          originalEndTimeZone: 'Pacific Standard Time',
          responseStatus: { response: 'accepted', time: '2016-10-19T10:37:00Z' },
          iCalUId:
            '040000008200E00074C5B7101A82E00800000000D3D70B8A6A17D70100000000000000001000000074665914A06C3F49BB4B7D7EEE4304DA',
          reminderMinutesBeforeStart: 15,
          isReminderOn: true,
        },
      ],
    });
  });

  it('list instances with $select: https://learn.microsoft.com/graph/api/event-list-instances', async () => {
    const master = await call(tenant, priya, 'POST', '/me/events', {
      subject: 'Review strategy for Q3',
      start: { dateTime: '2019-04-08T20:30:00', timeZone: 'UTC' },
      end: { dateTime: '2019-04-08T21:00:00', timeZone: 'UTC' },
      recurrence: {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] },
        range: { type: 'endDate', startDate: '2019-04-08', endDate: '2019-04-30' },
      },
    });
    const id = String(master.body.id);
    const listed = await call(
      tenant,
      priya,
      'GET',
      `/me/events/${id}/instances?startDateTime=2019-04-08T09:00:00.0000000&endDateTime=2019-04-30T09:00:00.0000000&$select=subject,bodyPreview,seriesMasterId,type,recurrence,start,end`,
    );
    expect(listed.status).toBe(200);
    const example = {
      '@odata.context':
        "https://graph.microsoft.com/v1.0/$metadata#users('bb8775a4-4d8c-42cf-a1d4-4d58c2bb668f')/events('AAMkAGUzYRgWAAA%3D')/instances(subject,bodyPreview,seriesMasterId,type,recurrence,start,end)",
      value: [
        {
          '@odata.etag': 'W/"x3IAvB5fbUWf4XNcBFLNUwAAKuA3yQ=="',
          id: 'AAMkAGUzYAgI1ru1JMcAAEYAAAAAlNFb2CNPe0ucP9you',
          subject: 'Review strategy for Q3',
          bodyPreview: '',
          seriesMasterId: 'AAMkAGUzYRgWAAA=',
          type: 'occurrence',
          recurrence: null,
          start: { dateTime: '2019-04-08T20:30:00.0000000', timeZone: 'UTC' },
          end: { dateTime: '2019-04-08T21:00:00.0000000', timeZone: 'UTC' },
        },
      ],
    };
    expectShape(listed.body, example);
    expect(String(listed.body['@odata.context'])).toContain(
      `/events('${encodeURIComponent(id)}')/instances(subject,bodyPreview,seriesMasterId,type,recurrence,start,end)`,
    );
    const values = listed.body.value as Record<string, unknown>[];
    expect(values).toHaveLength(4);
    expect(Object.keys(values[0] ?? {}).sort()).toEqual(Object.keys(example.value[0] ?? {}).sort());
  });

  it('update event: https://learn.microsoft.com/graph/api/event-update', async () => {
    const created = await call(tenant, priya, 'POST', '/me/events', LUNCH);
    const updated = await call(tenant, priya, 'PATCH', `/me/events/${String(created.body.id)}`, {
      originalStartTimeZone: 'originalStartTimeZone-value',
      originalEndTimeZone: 'originalEndTimeZone-value',
      responseStatus: { response: '', time: 'datetime-value' },
      recurrence: null,
      reminderMinutesBeforeStart: 99,
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      isReminderOn: true,
      hideAttendees: false,
      categories: ['Red category'],
    });
    expect(updated.status).toBe(200);
    expectShape(updated.body, {
      originalStartTimeZone: 'originalStartTimeZone-value',
      originalEndTimeZone: 'originalEndTimeZone-value',
      responseStatus: { response: '', time: 'datetime-value' },
      recurrence: null,
      reminderMinutesBeforeStart: 99,
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      isReminderOn: true,
      hideAttendees: false,
      onlineMeeting: {
        joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0',
        conferenceId: '177513992',
      },
    });
    expect(updated.body).toMatchObject({
      reminderMinutesBeforeStart: 99,
      categories: ['Red category'],
    });
  });

  it('calendar: getSchedule: https://learn.microsoft.com/graph/api/calendar-getschedule', async () => {
    await call(tenant, priya, 'POST', '/me/events', {
      ...LUNCH,
      start: { dateTime: '2019-03-15T12:00:00', timeZone: 'Pacific Standard Time' },
      end: { dateTime: '2019-03-15T14:00:00', timeZone: 'Pacific Standard Time' },
      attendees: [{ emailAddress: { address: LIAM, name: 'Megan Bowen' }, type: 'required' }],
    });
    const result = await call(
      tenant,
      priya,
      'POST',
      '/me/calendar/getSchedule',
      {
        schedules: [PRIYA, LIAM],
        startTime: { dateTime: '2019-03-15T09:00:00', timeZone: 'Pacific Standard Time' },
        endTime: { dateTime: '2019-03-15T18:00:00', timeZone: 'Pacific Standard Time' },
        availabilityViewInterval: 60,
      },
      PST,
    );
    expect(result.status).toBe(200);
    const item = {
      status: 'busy',
      start: { dateTime: '2019-03-15T08:30:00.0000000', timeZone: 'Pacific Standard Time' },
      end: { dateTime: '2019-03-15T09:30:00.0000000', timeZone: 'Pacific Standard Time' },
    };
    const workingHours = {
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '08:00:00.0000000',
      endTime: '17:00:00.0000000',
      timeZone: { name: 'Pacific Standard Time' },
    };
    expectShape(result.body, {
      '@odata.context':
        'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)',
      value: [
        {
          scheduleId: 'adelev@contoso.onmicrosoft.com',
          availabilityView: '000220000',
          scheduleItems: [
            {
              isPrivate: false,
              status: 'busy',
              subject: "Let's go for lunch",
              location: "Harry's Bar",
              start: item.start,
              end: item.end,
            },
          ],
          workingHours,
        },
      ],
    });
    const [own, other] = result.body.value as Record<string, unknown>[];
    expect(String(own?.availabilityView)).toHaveLength(9);
    expect(String(own?.availabilityView)).toBe('000220000');
    // The colleague's items carry only free/busy, as in the example's second schedule.
    expectShape(other, {
      scheduleId: 'meganb@contoso.onmicrosoft.com',
      availabilityView: '200220010',
      scheduleItems: [item],
      workingHours,
    });
    expect(
      Object.keys((other?.scheduleItems as Record<string, unknown>[])[0] ?? {}).sort(),
    ).toEqual(['end', 'start', 'status']);
  });

  it('event: cancel: https://learn.microsoft.com/graph/api/event-cancel', async () => {
    const created = await call(tenant, priya, 'POST', '/me/events', LUNCH);
    const cancelled = await call(
      tenant,
      priya,
      'POST',
      `/me/events/${String(created.body.id)}/cancel`,
      {
        Comment: 'Cancelling for this week due to all hands',
      },
    );
    expect(cancelled.status).toBe(202);
    expect(cancelled.body).toEqual({});
  });

  it('delete event: https://learn.microsoft.com/graph/api/event-delete', async () => {
    const created = await call(tenant, priya, 'POST', '/me/events', LUNCH);
    const deleted = await call(tenant, priya, 'DELETE', `/me/events/${String(created.body.id)}`);
    expect(deleted.status).toBe(204);
  });

  it('get mailbox settings: https://learn.microsoft.com/graph/api/user-get-mailboxsettings (examples 1 and 3)', async () => {
    const settings = await call(tenant, priya, 'GET', '/me/mailboxSettings');
    expect(settings.status).toBe(200);
    const dateTime = { dateTime: '2016-03-14T07:00:00.0000000', timeZone: 'UTC' };
    expectShape(settings.body, {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Me/mailboxSettings',
      automaticRepliesSetting: {
        status: 'Scheduled',
        externalAudience: 'All',
        scheduledStartDateTime: dateTime,
        scheduledEndDateTime: dateTime,
        internalReplyMessage: '<html>',
        externalReplyMessage: '<html>',
      },
      timeZone: 'UTC',
      language: { locale: 'en-US', displayName: 'English (United States)' },
      workingHours: {
        daysOfWeek: ['monday'],
        startTime: '08:00:00.0000000',
        endTime: '17:00:00.0000000',
        timeZone: { name: 'Pacific Standard Time' },
      },
      userPurpose: 'user',
      dateFormat: 'MM/dd/yyyy',
      timeFormat: 'hh:mm tt',
      delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
    });
    const hours = await call(tenant, priya, 'GET', '/me/mailboxSettings/workingHours');
    expect(hours.status).toBe(200);
    expectShape(hours.body, {
      '@odata.context':
        "https://graph.microsoft.com/v1.0/$metadata#users('94447c6e-ea4c-494c-a9ed-d905e366c5cb')/mailboxSettings/workingHours",
      daysOfWeek: ['monday'],
      startTime: '09:00:00.0000000',
      endTime: '18:30:00.0000000',
      timeZone: { name: 'Customized Time Zone' },
    });
  });
});
