import type { TenantContext } from '../core/context';
import { findUser } from '../entra/lookups';
import { signInGroupOf } from '../entra/sign-in-page';
import { stableGuid } from '../seed/well-known-apps';
import type { DirectoryUser } from '../state/types';
import { hostMeetingFor } from './host-meeting';
import type { ManifestTab } from './manifest-tab';
import {
  HOST_FRAMES,
  HOST_THEMES,
  parseDeepLink,
  type HostConfig,
  type HostPersona,
  type HostTheme,
} from './protocol';

/** The Teams app id of the app package in the local host (the manifest's `${{TEAMS_APP_ID}}`). */
export const LOCAL_TEAMS_APP_ID = stableGuid('teams:app');

/** Who is signed in to the host when the address names no one: a manager with a full team. */
const DEFAULT_PERSONA = 'priya.raman';

export function personaOf(ctx: TenantContext, user: DirectoryUser): HostPersona {
  return {
    id: user.id,
    displayName: user.displayName,
    userPrincipalName: user.userPrincipalName,
    jobTitle: user.jobTitle ?? '',
    group: signInGroupOf(ctx.store.state, user.id),
    locale: user.preferredLanguage ?? 'en-US',
    timeZone: user.timeZone,
  };
}

/** `persona` may be an object id, a userPrincipalName or a demo key such as `yuki.nakamura`. */
export function findPersona(ctx: TenantContext, wanted: string): DirectoryUser | undefined {
  const state = ctx.store.state;
  const domain = state.tenant.defaultDomain;
  const user = findUser(state, wanted) ?? findUser(state, `${wanted}@${domain}`);
  return user?.accountEnabled ? user : undefined;
}

export type HostConfigResult = { ok: true; config: HostConfig } | { ok: false; message: string };

/**
 * The host's settings for one page load, from its address: `persona`, `theme`
 * (default | dark | contrast), `frame` (tab | side-panel | config), `meeting` (the event id or
 * join link of the meeting a side panel or configuration page is open in), `naa` (on | off),
 * `subPageId`, `link` (a Teams deep link, as a mail carries it: opened as Teams would, onto its
 * sub-page), and `content` (a path on the app's origin to frame instead of the manifest's
 * contentUrl, for tests). `frame=config` frames the configurable tab's configurationUrl.
 */
export function hostConfigFor(
  ctx: TenantContext,
  query: URLSearchParams,
  tab: ManifestTab,
  appOrigin: string,
): HostConfigResult {
  const state = ctx.store.state;
  const personas = state.users
    .filter((user) => user.accountEnabled)
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
    .map((user) => personaOf(ctx, user));
  const wanted = query.get('persona');
  const chosen =
    findPersona(ctx, wanted ?? DEFAULT_PERSONA) ?? (wanted ? undefined : state.users[0]);
  if (!chosen) {
    return {
      ok: false,
      message: wanted ? `No demo person '${wanted}'.` : 'The tenant has no people.',
    };
  }
  const theme = query.get('theme') ?? 'default';
  if (!HOST_THEMES.some((candidate) => candidate === theme)) {
    return { ok: false, message: `theme must be one of ${HOST_THEMES.join(', ')}.` };
  }
  const frame = HOST_FRAMES.find((candidate) => candidate === (query.get('frame') ?? 'tab'));
  if (frame === undefined)
    return { ok: false, message: `frame must be ${HOST_FRAMES.join(', ')}.` };
  const meeting = hostMeetingFor(ctx, frame, query.get('meeting'));
  if (!meeting.ok) return meeting;
  const page = frame === 'config' ? tab.configurationUrl : tab.contentUrl;
  if (page === undefined) return { ok: false, message: 'The manifest has no configurable tab.' };
  const naa = query.get('naa') ?? 'on';
  if (naa !== 'on' && naa !== 'off') return { ok: false, message: 'naa must be on or off.' };
  const content = query.get('content');
  if (content !== null && (!content.startsWith('/') || content.startsWith('//'))) {
    return { ok: false, message: 'content must be a path on the app’s origin, e.g. /index.html.' };
  }
  const subPage = subPageFor(query, tab);
  if (!subPage.ok) return subPage;
  const origin = appOrigin.replace(/\/+$/, '');
  const contentUrl = content === null ? page : `${origin}${content}`;
  return {
    ok: true,
    config: {
      tenantId: ctx.tenantId,
      environment: new URL(ctx.urls.authority).host,
      authority: ctx.urls.authority,
      appId: LOCAL_TEAMS_APP_ID,
      manifestVersion: tab.manifestVersion,
      entityId: tab.entityId,
      entityIds: tab.entityIds,
      contentUrl,
      frameOrigin: new URL(contentUrl).origin,
      persona: personaOf(ctx, chosen),
      personas,
      theme: theme as HostTheme,
      frame,
      meeting: meeting.meeting,
      naa: naa === 'on',
      subPageId: subPage.subPageId,
      tokenUrl: '/_local/teams/token',
    },
  };
}

/**
 * The sub-page to open: `subPageId` as given, or the one a Teams deep link (`link`) names, read
 * the way Teams reads a link clicked in a mail. A link Teams would not open here is refused.
 */
function subPageFor(
  query: URLSearchParams,
  tab: ManifestTab,
): { ok: true; subPageId: string | undefined } | { ok: false; message: string } {
  const link = query.get('link');
  if (link === null) return { ok: true, subPageId: query.get('subPageId') ?? undefined };
  if (query.has('subPageId')) return { ok: false, message: 'Give link or subPageId, not both.' };
  const target = parseDeepLink(link, LOCAL_TEAMS_APP_ID, tab.entityIds);
  if (target.kind === 'tab') return { ok: true, subPageId: target.subPageId };
  return {
    ok: false,
    message: target.kind === 'web' ? `Not a Teams link: ${target.url}` : target.reason,
  };
}
