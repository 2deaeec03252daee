/**
 * The host side of @microsoft/teams-js's postMessage protocol, as pure functions. The host page
 * (host-script.ts, in the browser) and the tests both use them, so this module imports nothing
 * and touches no DOM or Node API.
 *
 * Read from teams-js 2.x (dist/umd/MicrosoftTeams.js):
 * - a request is `{id, uuidAsString, func, args, timestamp, apiVersionTag, ...}`; the nested app
 *   auth request carries its MSAL envelope as a JSON string in `data` instead of `args`;
 * - a response is `{id, uuidAsString, args}`, matched by uuid (or by id for old hosts);
 * - an event from the host has `func` and `args` and no numeric `id` (a numeric id would make it
 *   a response), e.g. `{func: 'themeChange', args: ['dark']}`.
 */

export interface TeamsRequest {
  id: number;
  uuidAsString?: string;
  func: string;
  args: unknown[];
  /** `nestedAppAuth.execute` only: MSAL's BridgeRequestEnvelope as a JSON string. */
  data?: unknown;
}

export interface TeamsResponse {
  id: number;
  uuidAsString?: string;
  args: unknown[];
}

export type HostTheme = 'default' | 'dark' | 'contrast';
export const HOST_THEMES: readonly HostTheme[] = ['default', 'dark', 'contrast'];

/**
 * Where the tab sits: a personal tab, the meeting side panel (320 px wide in Teams), or the
 * configurable tab's configuration page, which Teams shows when someone adds the app to a meeting.
 */
export type HostFrame = 'tab' | 'side-panel' | 'config';
export const HOST_FRAMES: readonly HostFrame[] = ['tab', 'side-panel', 'config'];
export const SIDE_PANEL_WIDTH_PX = 320;

/** A Teams meeting as the context names it: `meetingId` and the meeting chat's `chatId`. */
export interface HostMeeting {
  meetingId: string;
  chatId: string;
}

/** The meeting a side panel opens in when the address names none: no career conversation's. */
export const UNNAMED_MEETING_THREAD = '19:meeting_local@thread.v2';

/** Teams' meeting id is base64 of `0#<chat thread>#0`; the chat id is the thread itself. */
export function hostMeetingOf(thread: string): HostMeeting {
  return { meetingId: btoa(`0#${thread}#0`), chatId: thread };
}

export interface HostPersona {
  id: string;
  displayName: string;
  userPrincipalName: string;
  jobTitle: string;
  group: 'manager' | 'report' | 'hr-admin';
  /** BCP 47, e.g. en-GB. */
  locale: string;
  /** IANA zone, e.g. Europe/London. */
  timeZone: string;
}

/** Everything the page needs, embedded in it as JSON by the tenant. */
export interface HostConfig {
  tenantId: string;
  /** MSAL's account `environment`: the authority's host (login.microsoftonline.com in Azure). */
  environment: string;
  authority: string;
  /** The Teams app id deep links name (`/l/entity/{appId}/{entityId}`); the manifest's `id`. */
  appId: string;
  manifestVersion: string;
  entityId: string;
  /** Every static tab of the app: the entity ids a deep link may open. */
  entityIds: string[];
  contentUrl: string;
  /** The origin the tab runs on; messages from any other origin are ignored. */
  frameOrigin: string;
  persona: HostPersona;
  personas: HostPersona[];
  theme: HostTheme;
  frame: HostFrame;
  /** The meeting the side panel or the configuration page is open in; undefined in a tab. */
  meeting: HostMeeting | undefined;
  /** Whether the host offers nested app auth (off: the app must fall back to its own sign-in). */
  naa: boolean;
  subPageId: string | undefined;
  /** The broker endpoint on the tenant (same origin as the page). */
  tokenUrl: string;
}

/** What this host reports as the teams-js version it supports (Teams' own is similar). */
export const HOST_SDK_VERSION = '2.35.0';

/**
 * The runtime capabilities, advertised honestly: only what this host answers. teams-js reads
 * `supports.nestedAppAuth` to put `window.nestedAppAuthBridge` in place, and
 * `isNAAChannelRecommended` for `nestedAppAuth.isNAAChannelRecommended()`.
 */
export function runtimeConfig(naa: boolean, frame: HostFrame = 'tab'): Record<string, unknown> {
  return {
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isNAAChannelRecommended: naa,
    isDeeplyNestedAuthSupported: false,
    isLegacyTeams: false,
    supports: {
      teamsCore: {},
      ...(naa ? { nestedAppAuth: {} } : {}),
      // teams-js refuses `pages.config` calls unless the runtime lists it; only this frame answers them.
      ...(frame === 'config' ? { pages: { config: {} } } : {}),
    },
  };
}

export function frameContextOf(frame: HostFrame): 'content' | 'sidePanel' | 'settings' {
  if (frame === 'config') return 'settings';
  return frame === 'side-panel' ? 'sidePanel' : 'content';
}

/**
 * The `initialize` answer: `[frameContext, hostClientType, clientSupportedSDKVersion, runtime]`.
 * teams-js accepts the runtime as the third or the fourth item, but it builds the nested app auth
 * bridge only from a JSON runtime in the fourth, so Teams (and this host) send it there.
 */
export function initializeArgs(config: HostConfig): unknown[] {
  return [
    frameContextOf(config.frame),
    'web',
    HOST_SDK_VERSION,
    JSON.stringify(runtimeConfig(config.naa, config.frame)),
  ];
}

export interface HostSession {
  sessionId: string;
  appSessionId: string;
}

/**
 * The `getContext` answer: Teams' "legacy" flat context, which teams-js turns into `app.Context`
 * (`user.id` ← userObjectId, `user.tenant.id` ← tid, `app.theme`, `app.locale`,
 * `app.osLocaleInfo.timezone`, `page.id` ← entityId, `page.subPageId` ← subEntityId, ...).
 */
export function legacyContext(config: HostConfig, session: HostSession): Record<string, unknown> {
  const { persona } = config;
  return {
    entityId: config.entityId,
    subEntityId: config.subPageId,
    frameContext: frameContextOf(config.frame),
    locale: persona.locale,
    theme: config.theme,
    hostName: 'Teams',
    hostClientType: 'web',
    ringId: 'general',
    sessionId: session.sessionId,
    appSessionId: session.appSessionId,
    appId: config.appId,
    manifestVersion: config.manifestVersion,
    isFullScreen: false,
    isMultiWindow: false,
    userObjectId: persona.id,
    userDisplayName: persona.displayName,
    userPrincipalName: persona.userPrincipalName,
    loginHint: persona.userPrincipalName,
    userLicenseType: 'Unknown',
    tid: config.tenantId,
    tenantSKU: 'enterprise',
    osLocaleInfo: {
      platform: 'windows',
      regionalFormat: persona.locale.toLowerCase(),
      shortDate: 'dd/MM/yyyy',
      longDate: 'dddd, d MMMM yyyy',
      shortTime: 'HH:mm',
      longTime: 'HH:mm:ss',
      timezone: persona.timeZone,
    },
    ...config.meeting,
  };
}

/** What the configuration page saved with `pages.config.setConfig` (teams-js `settings.setSettings`). */
export interface SavedTab {
  contentUrl: string;
  entityId: string;
  suggestedDisplayName: string | undefined;
}

/**
 * Checks a `settings.setSettings` request as Teams does before it adds the tab: an entity id, and
 * a content address on the app's own origin (Teams requires the manifest's valid domains).
 */
export function savedTabOf(
  settings: unknown,
  frameOrigin: string,
): { ok: true; tab: SavedTab } | { ok: false; reason: string } {
  if (typeof settings !== 'object' || settings === null) {
    return { ok: false, reason: 'setConfig was called without settings.' };
  }
  const { contentUrl, entityId, suggestedDisplayName } = settings as Record<string, unknown>;
  if (typeof entityId !== 'string' || entityId === '') {
    return { ok: false, reason: 'The tab needs an entityId.' };
  }
  let content: URL;
  try {
    content = new URL(typeof contentUrl === 'string' ? contentUrl : '');
  } catch {
    return { ok: false, reason: 'The tab needs a contentUrl.' };
  }
  if (content.origin !== frameOrigin) {
    return { ok: false, reason: `The contentUrl is not on the app's origin ${frameOrigin}.` };
  }
  return {
    ok: true,
    tab: {
      contentUrl: content.href,
      entityId,
      suggestedDisplayName:
        typeof suggestedDisplayName === 'string' ? suggestedDisplayName : undefined,
    },
  };
}

/**
 * Where the host goes once the tab is saved: the same meeting's side panel framing the saved
 * content address, as Teams opens a newly added meeting tab.
 */
export function sidePanelAddressOf(hostAddress: string, tab: SavedTab): string {
  const address = new URL(hostAddress);
  const content = new URL(tab.contentUrl);
  address.searchParams.set('frame', 'side-panel');
  address.searchParams.set('content', `${content.pathname}${content.search}${content.hash}`);
  address.searchParams.delete('subPageId');
  address.searchParams.delete('link');
  return address.href;
}

export type DeepLink =
  | { kind: 'tab'; entityId: string; subPageId: string | undefined }
  | { kind: 'web'; url: string }
  | { kind: 'refused'; reason: string };

const TEAMS_HOSTS = ['teams.microsoft.com', 'teams.cloud.microsoft'];

/**
 * `app.openLink` / `executeDeepLink`: a Teams entity link to this app's static tab opens that tab
 * with the link's `context.subEntityId` as `page.subPageId`; any other https address opens in a
 * new browser tab, as Teams does; other Teams links (chats, other apps) are not emulated.
 */
export function parseDeepLink(link: string, appId: string, entityIds: string[]): DeepLink {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return { kind: 'refused', reason: `Not a URL: ${link}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'msteams:') {
    return { kind: 'refused', reason: `Only https and msteams links open: ${link}` };
  }
  const isTeams = url.protocol === 'msteams:' || TEAMS_HOSTS.includes(url.hostname);
  if (!isTeams) return { kind: 'web', url: url.href };
  const match = /^\/l\/entity\/([^/]+)\/([^/]+)\/?$/.exec(url.pathname);
  if (!match)
    return { kind: 'refused', reason: `The local Teams host opens app tabs only: ${link}` };
  const [, linkAppId = '', entityId = ''] = match.map((part) => decodeURIComponent(part));
  if (linkAppId.toLowerCase() !== appId.toLowerCase()) {
    return {
      kind: 'refused',
      reason: `App ${linkAppId} is not installed in the local Teams host.`,
    };
  }
  if (!entityIds.includes(entityId)) {
    return { kind: 'refused', reason: `The app has no static tab '${entityId}'.` };
  }
  return { kind: 'tab', entityId, subPageId: subEntityIdOf(url.searchParams.get('context')) };
}

function subEntityIdOf(context: string | null): string | undefined {
  if (context === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(context);
    if (typeof parsed === 'object' && parsed !== null && 'subEntityId' in parsed) {
      const value = parsed.subEntityId;
      return typeof value === 'string' ? value : undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** MSAL's BridgeRequestEnvelope (msal-browser src/naa/BridgeRequestEnvelope.ts). */
export interface BridgeRequest {
  messageType: 'NestedAppAuthRequest';
  method: 'GetToken' | 'GetTokenPopup' | 'GetInitContext';
  requestId: string;
  tokenParams?: {
    clientId: string;
    authority?: string;
    scope: string;
    correlationId: string;
    claims?: string;
  };
}

export function parseBridgeRequest(data: unknown): BridgeRequest | undefined {
  if (typeof data !== 'string') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const envelope = parsed as Partial<BridgeRequest>;
  const methods = ['GetToken', 'GetTokenPopup', 'GetInitContext'];
  if (envelope.messageType !== 'NestedAppAuthRequest') return undefined;
  if (typeof envelope.requestId !== 'string' || !methods.includes(envelope.method ?? '')) {
    return undefined;
  }
  return envelope as BridgeRequest;
}

/** MSAL's BridgeStatusCode values (msal-browser src/naa/BridgeStatusCode.ts). */
export type BridgeStatus =
  | 'USER_INTERACTION_REQUIRED'
  | 'PERSISTENT_ERROR'
  | 'TRANSIENT_ERROR'
  | 'NESTED_APP_AUTH_UNAVAILABLE';

export interface BridgeError {
  status: BridgeStatus;
  code?: string;
  subError?: string;
  description?: string;
}

/** The Entra token endpoint's answer, as the broker returns it. */
export interface EntraTokenAnswer {
  access_token?: string;
  id_token?: string;
  expires_in?: number;
  scope?: string;
  error?: string;
  error_description?: string;
  error_codes?: number[];
  suberror?: string;
}

/**
 * Entra's error as the broker reports it over the bridge. A missing consent is "interaction
 * required" for a silent request (MSAL then lets the app call acquireTokenPopup); a popup cannot
 * fix it either in a tenant where only admins consent, so then it is a persistent error that
 * still names AADSTS65001 for the app's "ask your admin" screen.
 */
export function bridgeErrorOf(
  method: BridgeRequest['method'],
  answer: EntraTokenAnswer,
): BridgeError {
  const description = answer.error_description ?? answer.error ?? 'The broker failed.';
  const consent = answer.suberror === 'consent_required' || answer.error_codes?.includes(65001);
  if (consent && method === 'GetToken') {
    return {
      status: 'USER_INTERACTION_REQUIRED',
      code: 'consent_required',
      subError: 'consent_required',
      description,
    };
  }
  return {
    status: 'PERSISTENT_ERROR',
    code: answer.error ?? 'server_error',
    ...(answer.suberror ? { subError: answer.suberror } : {}),
    description,
  };
}

/** The claims of a JWT's payload (no verification: the host only reads its own broker's token). */
export function jwtClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const json = decodeURIComponent(
    Array.from(atob(base64), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''),
  );
  return JSON.parse(json) as Record<string, unknown>;
}

/** A successful broker answer in MSAL's BridgeResponseEnvelope shape (token and account). */
export function bridgeTokenResponse(
  requestId: string,
  answer: EntraTokenAnswer & { access_token: string; id_token: string },
  config: Pick<HostConfig, 'environment' | 'authority' | 'tenantId'>,
): Record<string, unknown> {
  const claims = jwtClaims(answer.id_token);
  const oid = String(claims.oid);
  return {
    messageType: 'NestedAppAuthResponse',
    requestId,
    success: true,
    token: {
      access_token: answer.access_token,
      id_token: answer.id_token,
      expires_in: answer.expires_in ?? 3600,
      scope: answer.scope,
      authority: config.authority,
      properties: null,
    },
    account: {
      homeAccountId: `${oid}.${config.tenantId}`,
      environment: config.environment,
      tenantId: config.tenantId,
      username: claims.preferred_username,
      localAccountId: oid,
      name: claims.name,
      loginHint: claims.login_hint,
      idTokenClaims: claims,
    },
  };
}

export function bridgeFailure(requestId: string, error: BridgeError): Record<string, unknown> {
  return { messageType: 'NestedAppAuthResponse', requestId, success: false, error };
}

/** `GetInitContext`: who the host has signed in, so MSAL can find that account in its cache. */
export function bridgeInitContext(
  requestId: string,
  config: Pick<HostConfig, 'persona' | 'environment' | 'tenantId'>,
): Record<string, unknown> {
  return {
    messageType: 'NestedAppAuthResponse',
    requestId,
    success: true,
    initContext: {
      sdkName: 'local-teams-host',
      sdkVersion: HOST_SDK_VERSION,
      capabilities: { queryAccount: false },
      accountContext: {
        homeAccountId: `${config.persona.id}.${config.tenantId}`,
        environment: config.environment,
        tenantId: config.tenantId,
      },
    },
  };
}
