import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { errorOf } from '../helpers';
import {
  LIAM,
  PRIYA,
  YUKI,
  allPages,
  asEvent,
  call,
  meeting,
  startCalendarTenant,
  tokenFor,
  userId,
  valuesOf,
  type GraphEvent,
} from './calendar-helpers';

/** The attendee's copy of a meeting, found in their own calendar by iCalUId. */
async function copyIn(
  tenant: LocalTenant,
  token: string,
  iCalUId: string,
): Promise<GraphEvent | undefined> {
  const events = await allPages(tenant, token, `/me/events?$filter=iCalUId eq '${iCalUId}'`);
  return events[0];
}

describe('calendar events: create, read, update, delete, cancel', () => {
  let tenant: LocalTenant;
  let priya: string;
  let liam: string;
  beforeAll(async () => {
    tenant = await startCalendarTenant();
    priya = await tokenFor(tenant, PRIYA);
    liam = await tokenFor(tenant, LIAM);
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('creates an event: 201 with the event resource, in the Prefer time zone', async () => {
    const created = await call(
      tenant,
      priya,
      'POST',
      '/me/events',
      meeting('Career chat', '2025-03-12T10:00:00', '2025-03-12T11:00:00', [LIAM], {
        showAs: 'busy',
        categories: ['Career'],
        isReminderOn: false,
      }),
      { prefer: 'outlook.timezone="Pacific Standard Time"' },
    );
    expect(created.status).toBe(201);
    expect(created.headers.get('preference-applied')).toBe(
      'outlook.timezone="Pacific Standard Time"',
    );
    const event = asEvent(created.body);
    expect(created.body['@odata.context']).toBe(
      `${tenant.graphUrl}/$metadata#users('${userId(tenant, PRIYA)}')/events/$entity`,
    );
    expect(created.body['@odata.etag']).toBe(`W/"${String(event.changeKey)}"`);
    expect(event).toMatchObject({
      subject: 'Career chat',
      bodyPreview: 'Career chat',
      type: 'singleInstance',
      seriesMasterId: null,
      isOrganizer: true,
      showAs: 'busy',
      categories: ['Career'],
      isReminderOn: false,
      originalStartTimeZone: 'UTC',
      // PDT began on 9 March 2025: 10:00Z is 03:00 in Redmond.
      start: { dateTime: '2025-03-12T03:00:00.0000000', timeZone: 'Pacific Standard Time' },
      end: { dateTime: '2025-03-12T04:00:00.0000000', timeZone: 'Pacific Standard Time' },
      responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
      organizer: { emailAddress: { address: PRIYA, name: 'Priya Raman' } },
      attendees: [
        {
          type: 'required',
          status: { response: 'none', time: '0001-01-01T00:00:00Z' },
          emailAddress: { address: LIAM },
        },
      ],
      isOnlineMeeting: false,
      onlineMeeting: null,
    });
    expect(event.iCalUId).toMatch(/^040000008200E00074C5B7101A82E008[0-9A-F]+$/);
    expect(String(event.createdDateTime)).toMatch(/^2025-03-10T08:\d\d:\d\d\.\d{7}Z$/);
    expect(String(event.webLink)).toContain(encodeURIComponent(event.id));
    const utc = await call(tenant, priya, 'GET', `/me/events/${event.id}`);
    expect(utc.headers.get('preference-applied')).toBeNull();
    expect(asEvent(utc.body).start).toEqual({
      dateTime: '2025-03-12T10:00:00.0000000',
      timeZone: 'UTC',
    });
  });

  it("delivers the invitation into each tenant attendee's own calendar", async () => {
    const created = asEvent(
      (
        await call(
          tenant,
          priya,
          'POST',
          '/me/events',
          meeting('Promotion plan', '2025-03-13T14:00:00', '2025-03-13T14:30:00', [
            LIAM,
            'someone@fabrikam.example',
          ]),
        )
      ).body,
    );
    const copy = await copyIn(tenant, liam, created.iCalUId);
    expect(copy).toMatchObject({
      subject: 'Promotion plan',
      iCalUId: created.iCalUId,
      isOrganizer: false,
      type: 'singleInstance',
      responseStatus: { response: 'notResponded' },
      // An unanswered request holds the time as tentative.
      showAs: 'tentative',
      organizer: { emailAddress: { address: PRIYA } },
      start: created.start,
    });
    expect(copy?.id).not.toBe(created.id);
    const own = await call(tenant, liam, 'GET', `/me/events/${copy?.id ?? ''}`);
    expect(own.status).toBe(200);
    // Each id belongs to one mailbox.
    const foreign = await call(tenant, priya, 'GET', `/me/events/${copy?.id ?? ''}`);
    expect(foreign.status).toBe(404);
    expect(errorOf(foreign.body)).toMatchObject({
      code: 'ErrorItemNotFound',
      message: 'The specified object was not found in the store.',
    });
  });

  it('adds a Teams join link to an online meeting, for organizer and attendees', async () => {
    const created = asEvent(
      (
        await call(
          tenant,
          priya,
          'POST',
          '/me/events',
          meeting('Online 1:1', '2025-03-14T09:00:00', '2025-03-14T09:30:00', [LIAM], {
            isOnlineMeeting: true,
            onlineMeetingProvider: 'teamsForBusiness',
          }),
        )
      ).body,
    );
    const info = created.onlineMeeting as { joinUrl: string; conferenceId: string };
    expect(created.isOnlineMeeting).toBe(true);
    expect(created.onlineMeetingProvider).toBe('teamsForBusiness');
    expect(info.joinUrl).toMatch(
      /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_[A-Za-z0-9+/=]+%40thread\.v2\/0\?context=%7b%22Tid%22%3a%22[0-9a-f-]+%22%2c%22Oid%22%3a%22[0-9a-f-]+%22%7d$/,
    );
    expect((created.body as { content: string }).content).toContain(info.joinUrl);
    const copy = await copyIn(tenant, liam, created.iCalUId);
    expect((copy?.onlineMeeting as { joinUrl: string } | undefined)?.joinUrl).toBe(info.joinUrl);
  });

  it('returns the same event for a retried transactionId and creates nothing new', async () => {
    const body = meeting('Retried booking', '2025-03-17T10:00:00', '2025-03-17T10:30:00', [LIAM], {
      transactionId: '7E163156-7762-4BEB-A1C6-729EA81755A7',
    });
    const first = await call(tenant, priya, 'POST', '/me/events', body);
    const second = await call(tenant, priya, 'POST', '/me/events', body);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(asEvent(second.body).id).toBe(asEvent(first.body).id);
    expect(second.body.transactionId).toBe('7E163156-7762-4BEB-A1C6-729EA81755A7');
    const filter = `/me/events?$filter=subject eq 'Retried booking'`;
    expect(await allPages(tenant, priya, filter)).toHaveLength(1);
    expect(await allPages(tenant, liam, filter)).toHaveLength(1);
    // Another mailbox may use the same transactionId for its own event.
    const yuki = await tokenFor(tenant, YUKI);
    const other = await call(tenant, yuki, 'POST', '/me/events', body);
    expect(asEvent(other.body).id).not.toBe(asEvent(first.body).id);
  });

  it('accepts Windows and IANA time zone names and refuses unknown ones', async () => {
    const iana = await call(tenant, priya, 'POST', '/me/events', {
      ...meeting('London time', '', ''),
      start: { dateTime: '2025-07-01T09:00:00', timeZone: 'Europe/London' },
      end: { dateTime: '2025-07-01T09:30:00', timeZone: 'GMT Standard Time' },
    });
    expect(iana.status).toBe(201);
    expect(iana.body).toMatchObject({
      originalStartTimeZone: 'Europe/London',
      originalEndTimeZone: 'GMT Standard Time',
      start: { dateTime: '2025-07-01T08:00:00.0000000', timeZone: 'UTC' },
    });
    const tokyo = await call(
      tenant,
      priya,
      'GET',
      `/me/events/${asEvent(iana.body).id}`,
      undefined,
      {
        prefer: 'outlook.timezone="Asia/Tokyo"',
      },
    );
    expect(tokyo.body.start).toEqual({
      dateTime: '2025-07-01T17:00:00.0000000',
      timeZone: 'Asia/Tokyo',
    });
    const unknown = await call(tenant, priya, 'POST', '/me/events', {
      ...meeting('Nowhere', '', ''),
      start: { dateTime: '2025-07-01T09:00:00', timeZone: 'Mars Standard Time' },
      end: { dateTime: '2025-07-01T09:30:00', timeZone: 'Mars Standard Time' },
    });
    expect(unknown.status).toBe(400);
    expect(errorOf(unknown.body)).toMatchObject({
      code: 'TimeZoneNotSupportedException',
      message:
        "A valid TimeZone value must be specified. The following TimeZone value is not supported: 'Mars Standard Time'.",
    });
    const badPrefer = await call(tenant, priya, 'GET', '/me/events', undefined, {
      prefer: 'outlook.timezone="Nowhere Time"',
    });
    expect(errorOf(badPrefer.body).code).toBe('TimeZoneNotSupportedException');
  });

  // Graph takes Windows names and only the IANA names listed on
  // https://learn.microsoft.com/graph/api/resources/datetimetimezone ("Additional time zones").
  it("refuses IANA names that are not on Graph's list, in bodies, recurrences and Prefer", async () => {
    const notSupported = (zone: string) => ({
      code: 'TimeZoneNotSupportedException',
      message: `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${zone}'.`,
    });
    const at = (zone: string) => ({
      start: { dateTime: '2025-07-01T09:00:00', timeZone: zone },
      end: { dateTime: '2025-07-01T09:30:00', timeZone: zone },
    });
    const weekly = (zone: string) => ({
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] },
      range: { type: 'noEnd', startDate: '2025-07-01', recurrenceTimeZone: zone },
    });
    for (const zone of ['America/Tijuana', 'Europe/Minsk', 'Etc/GMT+8', 'Europe/Vienna']) {
      const body = await call(tenant, priya, 'POST', '/me/events', {
        ...meeting('Unlisted zone', '', ''),
        ...at(zone),
      });
      expect(body.status, zone).toBe(400);
      expect(errorOf(body.body)).toMatchObject(notSupported(zone));
      const series = await call(tenant, priya, 'POST', '/me/events', {
        ...meeting('Unlisted series zone', '', ''),
        ...at('UTC'),
        recurrence: weekly(zone),
      });
      expect(series.status, zone).toBe(400);
      expect(errorOf(series.body)).toMatchObject(notSupported(zone));
      const prefer = await call(tenant, priya, 'GET', '/me/events', undefined, {
        prefer: `outlook.timezone="${zone}"`,
      });
      expect(prefer.status, zone).toBe(400);
      expect(errorOf(prefer.body)).toMatchObject(notSupported(zone));
    }
    for (const zone of [
      'Pacific Standard Time (Mexico)',
      'Belarus Standard Time',
      'UTC-08',
      'Europe/Berlin',
      'Etc/GMT+2',
    ]) {
      const created = await call(tenant, priya, 'POST', '/me/events', {
        ...meeting('Listed zone', '', ''),
        ...at(zone),
        recurrence: weekly(zone),
      });
      expect(created.status, zone).toBe(201);
    }
  });

  it('refuses invalid bodies as Graph does', async () => {
    const noEnd = meeting('No end', '2025-03-18T10:00:00', '2025-03-18T11:00:00');
    delete noEnd.end;
    const backwards = meeting('Backwards', '2025-03-18T10:00:00', '2025-03-18T09:00:00');
    for (const body of [noEnd, backwards]) {
      const refused = await call(tenant, priya, 'POST', '/me/events', body);
      expect(refused.status).toBe(400);
      expect(errorOf(refused.body)).toMatchObject({
        code: 'ErrorPropertyValidationFailure',
        message: 'At least one property failed validation.',
      });
    }
    const badEnum = await call(tenant, priya, 'POST', '/me/events', {
      ...meeting('Enum', '2025-03-18T10:00:00', '2025-03-18T11:00:00'),
      showAs: 'banana',
    });
    expect(errorOf(badEnum.body)).toMatchObject({
      code: 'RequestBodyRead',
      message: "Requested value 'banana' was not found.",
    });
    const badType = await call(tenant, priya, 'POST', '/me/events', {
      ...meeting('Type', '2025-03-18T10:00:00', '2025-03-18T11:00:00'),
      subject: 42,
    });
    expect(errorOf(badType.body).code).toBe('RequestBodyRead');
    const notJson = await tenantFetch(tenant, priya, '/me/events', '{not json', 'application/json');
    expect(notJson.status).toBe(400);
    const noType = await tenantFetch(tenant, priya, '/me/events', '{}', undefined);
    expect(noType.status).toBe(415);
    const allDay = await call(tenant, priya, 'POST', '/me/events', {
      ...meeting('All day', '2025-03-18T10:00:00', '2025-03-19T10:00:00'),
      isAllDay: true,
    });
    expect(errorOf(allDay.body).code).toBe('ErrorPropertyValidationFailure');
  });

  it('reads one event with $select, and refuses malformed ids and unknown properties', async () => {
    const created = asEvent(
      (
        await call(
          tenant,
          priya,
          'POST',
          '/me/events',
          meeting('Select me', '2025-03-19T10:00:00', '2025-03-19T11:00:00'),
        )
      ).body,
    );
    const selected = await call(
      tenant,
      priya,
      'GET',
      `/me/events/${created.id}?$select=subject,start`,
    );
    expect(Object.keys(selected.body).sort()).toEqual(
      ['@odata.context', '@odata.etag', 'id', 'start', 'subject'].sort(),
    );
    expect(selected.body['@odata.context']).toContain('/events(subject,start)/$entity');
    const unknown = await call(
      tenant,
      priya,
      'GET',
      `/me/events/${created.id}?$select=subject,colour`,
    );
    expect(unknown.status).toBe(400);
    expect(errorOf(unknown.body)).toMatchObject({
      code: 'RequestBroker--ParseUri',
      message: "Could not find a property named 'colour' on type 'microsoft.graph.event'.",
    });
    const malformed = await call(tenant, priya, 'GET', '/me/events/not-an-id');
    expect(malformed.status).toBe(400);
    expect(errorOf(malformed.body)).toMatchObject({
      code: 'ErrorInvalidIdMalformed',
      message: 'Id is malformed.',
    });
  });

  it('lists series masters and single events with $filter, $orderby and $skip paging', async () => {
    for (let day = 20; day <= 24; day += 1) {
      await call(
        tenant,
        priya,
        'POST',
        '/me/events',
        meeting(`T-list ${day}`, `2025-03-${day}T10:00:00`, `2025-03-${day}T10:30:00`),
      );
    }
    const first = await call(
      tenant,
      priya,
      'GET',
      "/me/events?$filter=startswith(subject,'T-list')&$orderby=start/dateTime desc&$top=2&$select=subject,start",
    );
    expect(first.status).toBe(200);
    expect(valuesOf(first.body).map((e) => e.subject)).toEqual(['T-list 24', 'T-list 23']);
    const next = String(first.body['@odata.nextLink']);
    expect(next).toContain('$skip=2');
    expect(next).toContain('$top=2');
    const all = await allPages(tenant, priya, next.slice(tenant.graphUrl.length));
    expect(all.map((e) => e.subject)).toEqual(['T-list 22', 'T-list 21', 'T-list 20']);
    const late = await allPages(
      tenant,
      priya,
      "/me/events?$filter=startswith(subject,'T-list') and start/dateTime ge '2025-03-23T00:00:00'",
    );
    expect(late.map((e) => e.subject).sort()).toEqual(['T-list 23', 'T-list 24']);
    // The seeded 1:1s are series masters: /events returns them unexpanded.
    const masters = await allPages(
      tenant,
      priya,
      "/me/events?$filter=type eq 'seriesMaster'&$top=50",
    );
    expect(masters.length).toBeGreaterThan(10);
    expect(masters.every((e) => e.type === 'seriesMaster' && e.recurrence !== null)).toBe(true);
    const defaultPage = await call(tenant, priya, 'GET', '/me/events');
    expect(valuesOf(defaultPage.body)).toHaveLength(10);
    expect(String(defaultPage.body['@odata.nextLink'])).toMatch(/\/me\/events\?\$skip=10$/);
  });

  it("moves an event with PATCH, updates the attendees' copies, and honours If-Match", async () => {
    const created = asEvent(
      (
        await call(
          tenant,
          priya,
          'POST',
          '/me/events',
          meeting('Move me', '2025-03-25T10:00:00', '2025-03-25T10:30:00', [LIAM]),
        )
      ).body,
    );
    const stale = await call(
      tenant,
      priya,
      'PATCH',
      `/me/events/${created.id}`,
      { subject: 'Too late' },
      { 'if-match': 'W/"stale"' },
    );
    expect(stale.status).toBe(412);
    expect(errorOf(stale.body).code).toBe('ErrorIrresolvableConflict');
    const moved = await call(
      tenant,
      priya,
      'PATCH',
      `/me/events/${created.id}`,
      {
        subject: 'Moved',
        start: { dateTime: '2025-03-26T15:00:00', timeZone: 'GMT Standard Time' },
        end: { dateTime: '2025-03-26T15:30:00', timeZone: 'GMT Standard Time' },
      },
      { 'if-match': String(created['@odata.etag']) },
    );
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      id: created.id,
      subject: 'Moved',
      start: { dateTime: '2025-03-26T15:00:00.0000000', timeZone: 'UTC' },
      originalStartTimeZone: 'GMT Standard Time',
    });
    expect(moved.body.changeKey).not.toBe(created.changeKey);
    const copy = await copyIn(tenant, liam, created.iCalUId);
    expect(copy).toMatchObject({
      subject: 'Moved',
      start: { dateTime: '2025-03-26T15:00:00.0000000' },
      responseStatus: { response: 'notResponded' },
    });
    const backwards = await call(tenant, priya, 'PATCH', `/me/events/${created.id}`, {
      end: { dateTime: '2025-03-26T14:00:00', timeZone: 'UTC' },
    });
    expect(errorOf(backwards.body).code).toBe('ErrorPropertyValidationFailure');
  });

  it('changing the attendee list invites newcomers and cancels for those removed', async () => {
    const yuki = await tokenFor(tenant, YUKI);
    const created = asEvent(
      (
        await call(
          tenant,
          priya,
          'POST',
          '/me/events',
          meeting('Roster', '2025-04-01T10:00:00', '2025-04-01T10:30:00', [LIAM], {
            isOnlineMeeting: true,
          }),
        )
      ).body,
    );
    const joinUrl = (created.onlineMeeting as { joinUrl: string }).joinUrl;
    const changed = await call(tenant, priya, 'PATCH', `/me/events/${created.id}`, {
      attendees: [{ emailAddress: { address: YUKI, name: 'Yuki Nakamura' }, type: 'optional' }],
      // Outlook keeps an online meeting online.
      isOnlineMeeting: false,
    });
    expect(changed.body).toMatchObject({
      isOnlineMeeting: true,
      onlineMeeting: { joinUrl },
      attendees: [{ type: 'optional', emailAddress: { address: YUKI } }],
    });
    expect(await copyIn(tenant, liam, created.iCalUId)).toMatchObject({
      isCancelled: true,
      subject: 'Canceled: Roster',
    });
    expect(await copyIn(tenant, yuki, created.iCalUId)).toMatchObject({
      isCancelled: false,
      subject: 'Roster',
      responseStatus: { response: 'notResponded' },
    });
  });

  it("deleting a meeting as organizer cancels it in the attendees' calendars", async () => {
    const created = asEvent(
      (
        await call(
          tenant,
          priya,
          'POST',
          '/me/events',
          meeting('Delete me', '2025-03-27T10:00:00', '2025-03-27T10:30:00', [LIAM]),
        )
      ).body,
    );
    const deleted = await call(tenant, priya, 'DELETE', `/me/events/${created.id}`);
    expect(deleted.status).toBe(204);
    expect((await call(tenant, priya, 'GET', `/me/events/${created.id}`)).status).toBe(404);
    const copy = await copyIn(tenant, liam, created.iCalUId);
    expect(copy).toMatchObject({
      isCancelled: true,
      subject: 'Canceled: Delete me',
      showAs: 'free',
    });
    // The attendee removes the cancelled item from their own calendar.
    expect((await call(tenant, liam, 'DELETE', `/me/events/${copy?.id ?? ''}`)).status).toBe(204);
    expect(await copyIn(tenant, liam, created.iCalUId)).toBeUndefined();
  });

  it('cancel: 202 for the organizer, refused for an attendee', async () => {
    const created = asEvent(
      (
        await call(
          tenant,
          priya,
          'POST',
          '/me/events',
          meeting('Cancel me', '2025-03-28T10:00:00', '2025-03-28T10:30:00', [LIAM]),
        )
      ).body,
    );
    const copy = await copyIn(tenant, liam, created.iCalUId);
    const byAttendee = await call(tenant, liam, 'POST', `/me/events/${copy?.id ?? ''}/cancel`, {
      Comment: 'Not mine to cancel',
    });
    expect(byAttendee.status).toBe(400);
    expect(errorOf(byAttendee.body).message).toBe(
      "Your request can't be completed. You need to be an organizer to cancel a meeting.",
    );
    const cancelled = await call(tenant, priya, 'POST', `/me/events/${created.id}/cancel`, {
      Comment: 'Cancelling for this week due to all hands',
    });
    expect(cancelled.status).toBe(202);
    expect(cancelled.body).toEqual({});
    expect((await call(tenant, priya, 'GET', `/me/events/${created.id}`)).status).toBe(404);
    expect(await copyIn(tenant, liam, created.iCalUId)).toMatchObject({ isCancelled: true });
  });

  it('/users/{id}/events reaches the same calendar for its owner', async () => {
    const created = await call(
      tenant,
      priya,
      'POST',
      `/users/${PRIYA}/calendar/events`,
      meeting('Via users', '2025-03-31T10:00:00', '2025-03-31T10:30:00'),
    );
    expect(created.status).toBe(201);
    const read = await call(
      tenant,
      priya,
      'GET',
      `/users/${userId(tenant, PRIYA)}/events/${asEvent(created.body).id}`,
    );
    expect(read.body.subject).toBe('Via users');
  });
});

/** A raw POST, to control the Content-Type header (a byte body adds none of its own). */
async function tenantFetch(
  tenant: LocalTenant,
  token: string,
  path: string,
  body: string,
  contentType: string | undefined,
): Promise<Response> {
  return fetch(`${tenant.graphUrl}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(contentType ? { 'content-type': contentType } : {}),
    },
    body: new TextEncoder().encode(body),
  });
}
