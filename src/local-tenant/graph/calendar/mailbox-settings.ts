// GET /mailboxSettings and its single settings:
// https://learn.microsoft.com/en-us/graph/api/user-get-mailboxsettings?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/api/resources/automaticrepliessetting?view=graph-rest-1.0
import { Temporal } from 'temporal-polyfill';
import type { TenantContext } from '../../core/context';
import { graphError, json, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import type { FeatureSlice } from '../../state/store';
import type { DirectoryUser } from '../../state/types';
import { resolveThen } from '../route-helper';
import { calendarMailbox } from './mailbox';
import type { CalendarState, MailboxPreferences } from './state';
import { toDateTimeTimeZone } from './time-zones';
import { UTC_ZONE } from './prefer';
import { mailboxTimeZone, workingHoursOf } from './working-hours';

function languageOf(user: DirectoryUser): { locale: string; displayName: string } {
  const locale = user.preferredLanguage ?? 'en-US';
  let displayName = locale;
  try {
    displayName =
      new Intl.DisplayNames(['en'], { type: 'language', languageDisplay: 'standard' }).of(locale) ??
      locale;
  } catch {
    // An unknown tag keeps its code as its name, as Outlook shows it.
  }
  return { locale, displayName };
}

/**
 * Exchange keeps the last scheduled window even while replies are disabled, and reports both ends
 * in UTC: a reader must look at `status`, not at the dates alone.
 */
function automaticRepliesOf(preferences: MailboxPreferences | undefined): Record<string, unknown> {
  const replies = preferences?.automaticReplies;
  const at = (utc: string) => toDateTimeTimeZone(Temporal.Instant.from(utc), UTC_ZONE);
  return {
    status: replies?.status ?? 'disabled',
    externalAudience: 'all',
    internalReplyMessage: replies?.internalReplyMessage ?? '',
    externalReplyMessage: '',
    scheduledStartDateTime: replies
      ? at(replies.startUtc)
      : { dateTime: '2020-01-01T00:00:00.0000000', timeZone: 'UTC' },
    scheduledEndDateTime: replies
      ? at(replies.endUtc)
      : { dateTime: '2020-01-02T00:00:00.0000000', timeZone: 'UTC' },
  };
}

function settingsOf(
  user: DirectoryUser,
  preferences: MailboxPreferences | undefined,
): Record<string, unknown> {
  const us = (user.preferredLanguage ?? 'en-US') === 'en-US';
  return {
    automaticRepliesSetting: automaticRepliesOf(preferences),
    timeZone: mailboxTimeZone(user),
    language: languageOf(user),
    workingHours: workingHoursOf(user, preferences),
    // An enum in v1.0 (a complex type only in beta): resources/mailboxsettings.
    userPurpose: 'user',
    dateFormat: us ? 'M/d/yyyy' : 'dd/MM/yyyy',
    timeFormat: us ? 'h:mm tt' : 'HH:mm',
    delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
  };
}

const SINGLE_SETTINGS = new Map(
  ['automaticRepliesSetting', 'dateFormat', 'delegateMeetingMessageDeliveryOptions', 'language']
    .concat(['timeFormat', 'timeZone', 'workingHours', 'userPurpose'])
    .map((name) => [name.toLowerCase(), name]),
);
const PRIMITIVE = new Set([
  'dateFormat',
  'timeFormat',
  'timeZone',
  'delegateMeetingMessageDeliveryOptions',
  'userPurpose',
]);

export function mailboxSettingsRoute(
  ctx: TenantContext,
  slice: FeatureSlice<CalendarState>,
  req: GraphRequest,
  userSegment: string | undefined,
  setting: string | undefined,
): Promise<Reply> {
  const steps = { mailbox: calendarMailbox(ctx, userSegment, 'settings') };
  return resolveThen(req, steps, ({ mailbox }) =>
    settingsReply(ctx, req, mailbox.user, slice.get().mailboxes[mailbox.user.id], setting),
  );
}

function settingsReply(
  ctx: TenantContext,
  req: GraphRequest,
  user: DirectoryUser,
  stored: MailboxPreferences | undefined,
  setting: string | undefined,
): Reply {
  const settings = settingsOf(user, stored);
  const base = `${ctx.urls.graph}/$metadata#users('${user.id}')/mailboxSettings`;
  if (setting === undefined) {
    const select = req.odata.select;
    const unknown = select?.find((name) => !SINGLE_SETTINGS.has(name.toLowerCase()));
    if (unknown !== undefined) {
      return graphError(
        400,
        'RequestBroker--ParseUri',
        `Could not find a property named '${unknown}' on type 'microsoft.graph.mailboxSettings'.`,
      );
    }
    const wanted = select?.map((name) => SINGLE_SETTINGS.get(name.toLowerCase()) ?? name);
    const body: Record<string, unknown> = { '@odata.context': base };
    for (const [key, value] of Object.entries(settings)) {
      if (!wanted || wanted.includes(key)) body[key] = value;
    }
    return json(body);
  }
  const name = SINGLE_SETTINGS.get(setting.toLowerCase());
  if (!name) {
    return graphError(400, 'BadRequest', `Resource not found for the segment '${setting}'.`);
  }
  const value = settings[name];
  return json(
    PRIMITIVE.has(name)
      ? { '@odata.context': `${base}/${name}`, value }
      : { '@odata.context': `${base}/${name}`, ...(value as Record<string, unknown>) },
  );
}
