import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_APP_ID, GRAPH_APP_ID, type LocalTenant } from '../../../../src/local-tenant';
import { apiAppToken, errorOf, spaSignIn } from '../helpers';
import {
  LIAM,
  PRIYA,
  asEvent,
  call,
  meeting,
  startCalendarTenant,
  tokenFor,
  userId,
} from './calendar-helpers';

const USER_READ = 'https://graph.microsoft.com/User.Read openid profile offline_access';
const WINDOW = '?startDateTime=2025-03-10T00:00:00Z&endDateTime=2025-03-11T00:00:00Z';
const SCHEDULE = {
  schedules: [PRIYA],
  startTime: { dateTime: '2025-03-10T08:00:00', timeZone: 'UTC' },
  endTime: { dateTime: '2025-03-10T18:00:00', timeZone: 'UTC' },
};

/** Signs in after the admin consented the SPA to a different set of Graph scopes. */
async function tokenWithConsent(
  tenant: LocalTenant,
  upn: string,
  change: (scopes: string) => string,
): Promise<string> {
  const original = tenant.state.state.permissionGrants.map((grant) => grant.scope);
  tenant.state.update((state) => {
    for (const grant of state.permissionGrants) {
      if (grant.clientAppId === tenant.spaClientId && grant.resourceAppId === GRAPH_APP_ID) {
        grant.scope = change(grant.scope);
      }
    }
  });
  try {
    return (await spaSignIn(tenant, upn, USER_READ)).access_token;
  } finally {
    tenant.state.update((state) => {
      state.permissionGrants.forEach((grant, index) => {
        grant.scope = original[index] ?? grant.scope;
      });
    });
  }
}

function expectDenied(result: { status: number; body: Record<string, unknown> }): void {
  expect(result.status).toBe(403);
  expect(errorOf(result.body)).toMatchObject({
    code: 'ErrorAccessDenied',
    message: 'Access is denied. Check credentials and try again.',
  });
}

describe('calendar permissions', () => {
  let tenant: LocalTenant;
  let eventId: string;
  beforeAll(async () => {
    tenant = await startCalendarTenant();
    const created = await call(
      tenant,
      await tokenFor(tenant, PRIYA),
      'POST',
      '/me/events',
      meeting('Scoped', '2025-03-10T16:00:00', '2025-03-10T16:30:00'),
    );
    eventId = asEvent(created.body).id;
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('Calendars.Read reads but cannot write', async () => {
    const token = await tokenWithConsent(tenant, PRIYA, (s) =>
      s.replace('Calendars.ReadWrite', 'Calendars.Read'),
    );
    const read = await call(tenant, token, 'GET', `/me/events/${eventId}`);
    expect(read.status).toBe(200);
    expect(read.body.body).toBeDefined();
    expect((await call(tenant, token, 'GET', `/me/calendarView${WINDOW}`)).status).toBe(200);
    expect((await call(tenant, token, 'POST', '/me/calendar/getSchedule', SCHEDULE)).status).toBe(
      200,
    );
    expectDenied(
      await call(
        tenant,
        token,
        'POST',
        '/me/events',
        meeting('No', '2025-03-11T10:00:00', '2025-03-11T11:00:00'),
      ),
    );
    expectDenied(await call(tenant, token, 'PATCH', `/me/events/${eventId}`, { subject: 'No' }));
    expectDenied(await call(tenant, token, 'DELETE', `/me/events/${eventId}`));
    expectDenied(await call(tenant, token, 'POST', `/me/events/${eventId}/cancel`, {}));
  });

  it('Calendars.ReadBasic reads events without their body, and free/busy', async () => {
    const token = await tokenWithConsent(tenant, PRIYA, (s) =>
      s.replace('Calendars.ReadWrite', 'Calendars.ReadBasic'),
    );
    const read = await call(tenant, token, 'GET', `/me/events/${eventId}`);
    expect(read.status).toBe(200);
    expect(read.body.subject).toBe('Scoped');
    expect(read.body).not.toHaveProperty('body');
    expect(read.body).not.toHaveProperty('bodyPreview');
    expect((await call(tenant, token, 'POST', '/me/calendar/getSchedule', SCHEDULE)).status).toBe(
      200,
    );
    expectDenied(
      await call(
        tenant,
        token,
        'POST',
        '/me/events',
        meeting('No', '2025-03-11T10:00:00', '2025-03-11T11:00:00'),
      ),
    );
  });

  it('without a calendar or mailbox-settings permission every call is denied', async () => {
    const token = await tokenWithConsent(tenant, PRIYA, (s) =>
      s.replace('Calendars.ReadWrite', '').replace('MailboxSettings.Read', ''),
    );
    expectDenied(await call(tenant, token, 'GET', '/me/events'));
    expectDenied(await call(tenant, token, 'GET', `/me/calendarView${WINDOW}`));
    expectDenied(await call(tenant, token, 'POST', '/me/calendar/getSchedule', SCHEDULE));
    expectDenied(await call(tenant, token, 'GET', '/me/mailboxSettings'));
  });

  it("a delegated caller cannot reach another person's calendar", async () => {
    const liam = await tokenFor(tenant, LIAM);
    expectDenied(await call(tenant, liam, 'GET', `/users/${PRIYA}/events`));
    expectDenied(
      await call(tenant, liam, 'GET', `/users/${userId(tenant, PRIYA)}/calendarView${WINDOW}`),
    );
    const own = await call(tenant, liam, 'GET', `/users/${LIAM}/calendarView${WINDOW}`);
    expect(own.status).toBe(200);
  });

  it('app-only callers need a Calendars application permission, on /users/{id} only', async () => {
    const without = await apiAppToken(tenant);
    expectDenied(await call(tenant, without, 'GET', `/users/${PRIYA}/events`));
    tenant.state.update((state) => {
      state.appRoleAssignments.push({
        principalType: 'ServicePrincipal',
        principalId: API_APP_ID,
        resourceAppId: GRAPH_APP_ID,
        appRoleValue: 'Calendars.ReadWrite',
      });
    });
    const app = await apiAppToken(tenant);
    const created = await call(
      tenant,
      app,
      'POST',
      `/users/${PRIYA}/events`,
      meeting('Booked by a service', '2025-03-11T15:00:00', '2025-03-11T15:30:00', [LIAM]),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ organizer: { emailAddress: { address: PRIYA } } });
    const listed = await call(
      tenant,
      app,
      'GET',
      `/users/${userId(tenant, LIAM)}/calendarView?startDateTime=2025-03-11T00:00:00Z&endDateTime=2025-03-12T00:00:00Z&$top=50`,
    );
    expect(listed.status).toBe(200);
    expect((listed.body.value as { subject: string }[]).map((e) => e.subject)).toContain(
      'Booked by a service',
    );
    const schedule = await call(
      tenant,
      app,
      'POST',
      `/users/${PRIYA}/calendar/getSchedule`,
      SCHEDULE,
    );
    expect(schedule.status).toBe(200);
    const me = await call(tenant, app, 'GET', '/me/events');
    expect(me.status).toBe(400);
    expect(errorOf(me.body).message).toBe(
      '/me request is only valid with delegated authentication flow.',
    );
    const unknown = await call(tenant, app, 'GET', '/users/nobody@contoso-demo.example/events');
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown.body)).toMatchObject({
      code: 'ErrorInvalidUser',
      message: "The requested user 'nobody@contoso-demo.example' is invalid.",
    });
    // Mailbox settings need their own permission, which the app does not hold.
    expectDenied(await call(tenant, app, 'GET', `/users/${PRIYA}/mailboxSettings`));
  });
});
