import type { app } from '@microsoft/teams-js';
import {
  isSupportedLocale,
  isSupportedTimeZone,
  runtimeLocaleAndZone,
} from '../../domain/time/display-locale';
import { mapTeamsTheme, type HostKind, type HostTheme } from './detect-host';
import type { DefinedOnly } from '../../domain/defined-only';

/**
 * What the host tells the app about the person and the page. The user fields are hints for
 * sign-in and display only: anyone can frame the app and claim any of them, so nothing is
 * authorised by them (the career API decides from the token).
 */
export interface HostContext {
  kind: HostKind;
  /** Host-reported identity, for MSAL's `loginHint` and for noticing a different person. */
  user?: {
    id?: string;
    tenantId?: string;
    /** The UPN or Entra's login hint, whichever the host gave: MSAL's `loginHint`. */
    loginHint?: string;
    displayName?: string;
  };
  /** BCP 47 tag to format dates and numbers with, e.g. `en-gb`. */
  locale: string;
  /** IANA zone to show times in, e.g. `Europe/London`. */
  timeZone: string;
  theme: HostTheme;
  /** The static tab's `entityId` (Teams' `page.id`); undefined outside Teams. */
  pageId?: string;
  /** The deep link's sub-page (Teams' `page.subPageId`): which screen to open. */
  subPageId?: string;
  /** Where Teams shows the page (`content`, `sidePanel`, `settings`, …); undefined outside Teams. */
  frameContext?: string;
  /**
   * The meeting the page is open in (its side panel or chat tab): Teams' `meeting.id` and the
   * meeting chat's thread id, `19:meeting_…@thread.v2`. Undefined outside a meeting.
   */
  meeting?: { id?: string; chatId?: string };
}

/** The slice of teams-js's `app.Context` the app reads. */
export type TeamsContext = Pick<app.Context, 'app' | 'page' | 'user' | 'meeting' | 'chat'>;

/** The browser's own answers, used outside a host and for whatever a host leaves out. */
export function browserHostContext(kind: HostKind, theme: HostTheme): HostContext {
  return { kind, ...runtimeLocaleAndZone(), theme };
}

function withoutEmpty<T extends object>(value: T): DefinedOnly<T> | undefined {
  const entries = Object.entries(value).filter(([, field]) => field !== undefined && field !== '');
  return entries.length > 0 ? (Object.fromEntries(entries) as DefinedOnly<T>) : undefined;
}

/**
 * Teams' context in the app's terms. The regional format (what the person chose for dates in
 * their operating system) wins over the UI language; a locale or zone the browser cannot use
 * falls back to the browser's own rather than breaking every date on screen.
 */
export function hostContextFromTeams(context: TeamsContext, fallback: HostContext): HostContext {
  const regional = context.app.osLocaleInfo?.regionalFormat;
  const locale = [regional, context.app.locale].find(isSupportedLocale) ?? fallback.locale;
  const zone = context.app.osLocaleInfo?.timezone;
  const user = context.user
    ? withoutEmpty({
        id: context.user.id,
        tenantId: context.user.tenant?.id,
        loginHint: context.user.loginHint ?? context.user.userPrincipalName,
        displayName: context.user.displayName,
      })
    : undefined;
  const meeting = context.meeting
    ? withoutEmpty({ id: context.meeting.id, chatId: context.chat?.id })
    : undefined;
  return {
    kind: fallback.kind,
    ...(user ? { user } : {}),
    locale,
    timeZone: isSupportedTimeZone(zone) ? zone : fallback.timeZone,
    theme: mapTeamsTheme(context.app.theme),
    ...withoutEmpty({
      pageId: context.page.id,
      subPageId: context.page.subPageId,
      frameContext: context.page.frameContext,
    }),
    ...(meeting ? { meeting } : {}),
  };
}

/** The slice of Office.js's context the app reads in Outlook (after `Office.onReady`). */
export interface OutlookContext {
  userProfile: { displayName: string; emailAddress: string; timeZone: string };
  displayLanguage: string;
  theme: HostTheme;
}

/**
 * Outlook's context in the app's terms. Outlook may give its zone as a Windows name ("GMT
 * Standard Time"), which the browser cannot use: then the browser's own zone is kept.
 */
export function hostContextFromOutlook(
  context: OutlookContext,
  fallback: HostContext,
): HostContext {
  const { userProfile } = context;
  const user = withoutEmpty({
    loginHint: userProfile.emailAddress,
    displayName: userProfile.displayName,
  });
  return {
    kind: fallback.kind,
    ...(user ? { user } : {}),
    locale: isSupportedLocale(context.displayLanguage) ? context.displayLanguage : fallback.locale,
    timeZone: isSupportedTimeZone(userProfile.timeZone) ? userProfile.timeZone : fallback.timeZone,
    theme: context.theme,
  };
}
