// Microsoft Graph calendar: events, calendarView, instances, cancel, getSchedule, mailboxSettings.
// Each endpoint module names the documentation page it follows.
import type { TenantFeature } from '../../core/context';
import type { HttpMethod } from '../../core/router';
import type { GraphHandler } from '../../core/router';
import {
  cancelEventRoute,
  createEventRoute,
  deleteEventRoute,
  getEventRoute,
  listEventsRoute,
  updateEventRoute,
} from './event-routes';
import { mailboxSettingsRoute } from './mailbox-settings';
import { getScheduleRoute } from './schedule';
import { seedCalendar } from './seed-demo';
import { CALENDAR_FEATURE, calendarStateSchema, emptyCalendarState } from './state';
import { calendarViewRoute, instancesRoute } from './view-routes';

/** `/me` and `/users/{user}` forms of a path; the handler gets the user segment (or undefined). */
const OWNERS = [
  { prefix: '/me', user: (): string | undefined => undefined },
  { prefix: '/users/{user}', user: (params: Record<string, string>) => params.user },
] as const;

/** Events live in the default calendar: `/events` and `/calendar/events` are the same collection. */
const EVENT_ROOTS = ['/events', '/calendar/events'];

export const calendarFeature: TenantFeature = {
  name: CALENDAR_FEATURE,
  register(routes, ctx) {
    const slice = ctx.store.slice(CALENDAR_FEATURE, calendarStateSchema, emptyCalendarState);
    const mount = (
      method: HttpMethod,
      paths: string[],
      handler: (
        req: Parameters<GraphHandler>[0],
        user: string | undefined,
      ) => ReturnType<GraphHandler>,
    ): void => {
      for (const owner of OWNERS) {
        for (const path of paths) {
          routes.graph(method, `${owner.prefix}${path}`, (req) =>
            handler(req, owner.user(req.params)),
          );
        }
      }
    };
    const withId = (suffix: string): string[] =>
      EVENT_ROOTS.map((root) => `${root}/{eventId}${suffix}`);
    const id = (req: Parameters<GraphHandler>[0]): string => req.params.eventId ?? '';

    mount('POST', EVENT_ROOTS, (req, user) => createEventRoute(ctx, slice, req, user));
    mount('GET', EVENT_ROOTS, (req, user) => listEventsRoute(ctx, slice, req, user));
    mount('GET', withId(''), (req, user) => getEventRoute(ctx, slice, req, user, id(req)));
    mount('PATCH', withId(''), (req, user) => updateEventRoute(ctx, slice, req, user, id(req)));
    mount('DELETE', withId(''), (req, user) => deleteEventRoute(ctx, slice, req, user, id(req)));
    mount('POST', withId('/cancel'), (req, user) =>
      cancelEventRoute(ctx, slice, req, user, id(req)),
    );
    mount('GET', withId('/instances'), (req, user) =>
      instancesRoute(ctx, slice, req, user, id(req)),
    );
    mount('GET', ['/calendarView', '/calendar/calendarView'], (req, user) =>
      calendarViewRoute(ctx, slice, req, user),
    );
    mount('POST', ['/calendar/getSchedule'], (req, user) =>
      getScheduleRoute(ctx, slice, req, user),
    );
    mount('GET', ['/mailboxSettings'], (req, user) =>
      mailboxSettingsRoute(ctx, slice, req, user, undefined),
    );
    mount('GET', ['/mailboxSettings/{setting}'], (req, user) =>
      mailboxSettingsRoute(ctx, slice, req, user, req.params.setting),
    );
  },
  seed: seedCalendar,
};

export { addCalendarEvent, type AddCalendarEventOptions } from './add-event';
