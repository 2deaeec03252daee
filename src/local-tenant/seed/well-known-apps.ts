import { createHash } from 'node:crypto';
import type { AppRole, Application } from '../state/types';

/** Fixed identifiers of the demo tenant, so configuration files can name them. */
export const DEMO_TENANT_ID = '5d3c1a8e-7b42-4f19-9c6e-2a8b0f4d7e61';
export const DEMO_TENANT_NAME = 'Contoso Demo (local)';
export const DEMO_DOMAIN = 'contoso-demo.example';

/** Microsoft Graph's real, global application id. */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

export const SPA_APP_ID = '8f2b6c1d-3e4a-4b7c-9d0e-1f2a3b4c5d6e';
export const API_APP_ID = 'b7e4d2c9-6a1f-4e83-8b5d-0c9a7f3e2d14';
export const API_IDENTIFIER_URI = `api://${API_APP_ID}`;
/** The career API's client secret in the local tenant only. Never a real credential. */
export const API_CLIENT_SECRET = 'local-tenant~career-api~not-a-real-secret';
export const HR_ADMIN_ROLE = 'CareerConversations.HRAdmin';

export const DEFAULT_SPA_REDIRECT_URIS = [
  'http://localhost:5173/',
  'http://127.0.0.1:5173/',
  'https://localhost:5173/',
  'https://127.0.0.1:5173/',
  'http://localhost:5173/redirect.html',
  'http://127.0.0.1:5173/redirect.html',
  'https://localhost:5173/redirect.html',
  'https://127.0.0.1:5173/redirect.html',
  // Nested app authentication (Teams, Outlook) uses the broker scheme.
  'brk-multihub://localhost:5173',
];

/**
 * Delegated scopes the SPA has admin consent for; consent is granted tenant-wide in the seed. The
 * local tenant shares no code with the product, so this is a copy of the product's permission
 * list (src/app/permissions), kept equal by tests/unit/permissions/permission-drift.test.ts.
 */
export const SPA_GRAPH_SCOPES = [
  'openid',
  'profile',
  'offline_access',
  'User.Read',
  'User.Read.All',
  'MailboxSettings.Read',
  'Calendars.ReadWrite',
  'Mail.ReadWrite',
  'Mail.Send',
  'Chat.Create',
  'ChatMessage.Send',
  'Chat.Read',
  'Tasks.ReadWrite',
  'Files.ReadWrite.AppFolder',
];
/** The career API calls Graph app-only; this grant only lets tests exercise on-behalf-of. */
export const API_DELEGATED_GRAPH_SCOPES = ['User.Read', 'User.Read.All'];
export const API_APPLICATION_GRAPH_ROLES = [
  'Sites.Selected',
  'User.Read.All',
  'TeamsActivity.Send',
];

const GRAPH_DELEGATED = [
  ...['openid', 'profile', 'email', 'offline_access', 'User.Read', 'User.ReadWrite'],
  ...['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'],
  ...['Directory.ReadWrite.All', 'Directory.AccessAsUser.All'],
  ...['Calendars.Read', 'Calendars.ReadBasic', 'Calendars.ReadWrite', 'MailboxSettings.Read'],
  ...['MailboxSettings.ReadWrite', 'Mail.Read', 'Mail.ReadWrite', 'Mail.Send', 'Tasks.Read'],
  ...['Tasks.ReadWrite', 'Files.Read', 'Files.ReadWrite', 'Files.ReadWrite.AppFolder'],
  ...['Chat.ReadBasic', 'Chat.Read', 'Chat.ReadWrite', 'Chat.Create', 'ChatMessage.Read'],
  ...['ChatMessage.Send', 'People.Read', 'OnlineMeetings.ReadWrite'],
  ...['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'],
  ...['Sites.Selected'],
  ...['Presence.Read', 'TeamsActivity.Send'],
];
const GRAPH_APPLICATION = [
  ...['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Sites.Selected'],
  ...['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'],
  ...['Calendars.ReadWrite', 'Chat.Create'],
  ...['Mail.Send', 'Tasks.ReadWrite.All', 'TeamsActivity.Send', 'Chat.ReadWrite.All'],
];
const ADMIN_ONLY = /\.All$|^Sites\.Selected$|^Directory\./;

/** Deterministic GUID (name-based, like UUID v5) so re-seeding gives the same ids. */
export function stableGuid(name: string): string {
  const hex = createHash('sha1').update(`local-tenant:${name}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

function appRole(resource: string, value: string, allowed: AppRole['allowedMemberTypes']): AppRole {
  return {
    id: stableGuid(`${resource}:role:${value}`),
    value,
    displayName: value,
    allowedMemberTypes: allowed,
  };
}

export function buildGraphServicePrincipal(): Application {
  return {
    appId: GRAPH_APP_ID,
    id: stableGuid('graph:application'),
    servicePrincipalId: stableGuid('graph:sp'),
    displayName: 'Microsoft Graph',
    firstParty: true,
    isPublicClient: false,
    redirectUris: [],
    logoutUrls: [],
    passwordCredentials: [],
    identifierUris: [GRAPH_RESOURCE, `${GRAPH_RESOURCE}/`],
    // Graph receives v1.0 tokens, as in Entra; clients must treat them as opaque.
    accessTokenVersion: 1,
    oauth2PermissionScopes: GRAPH_DELEGATED.map((value) => ({
      id: stableGuid(`graph:scope:${value}`),
      value,
      type: ADMIN_ONLY.test(value) ? 'Admin' : 'User',
      adminConsentDisplayName: value,
    })),
    appRoles: GRAPH_APPLICATION.map((value) => appRole('graph', value, ['Application'])),
  };
}

export interface AppOptions {
  spaRedirectUris: string[];
  apiClientSecret: string;
  now: Date;
}

export function buildSpaApplication(options: AppOptions): Application {
  return {
    appId: SPA_APP_ID,
    id: stableGuid('spa:application'),
    servicePrincipalId: stableGuid('spa:sp'),
    displayName: 'Career Conversations',
    firstParty: false,
    isPublicClient: true,
    redirectUris: options.spaRedirectUris.map((uri) => ({ uri, type: 'spa' as const })),
    logoutUrls: [],
    passwordCredentials: [],
    identifierUris: [],
    accessTokenVersion: 2,
    oauth2PermissionScopes: [],
    appRoles: [],
  };
}

export function buildApiApplication(options: AppOptions): Application {
  const year = 365 * 24 * 3600 * 1000;
  return {
    appId: API_APP_ID,
    id: stableGuid('api:application'),
    servicePrincipalId: stableGuid('api:sp'),
    displayName: 'Career Conversations API',
    firstParty: false,
    isPublicClient: false,
    redirectUris: [],
    logoutUrls: [],
    passwordCredentials: [
      {
        keyId: stableGuid('api:secret'),
        displayName: 'local tenant',
        secretText: options.apiClientSecret,
        hint: options.apiClientSecret.slice(0, 3),
        endDateTime: new Date(options.now.getTime() + 2 * year).toISOString(),
      },
    ],
    identifierUris: [API_IDENTIFIER_URI],
    accessTokenVersion: 2,
    oauth2PermissionScopes: [
      {
        id: stableGuid('api:scope:access_as_user'),
        value: 'access_as_user',
        type: 'User',
        adminConsentDisplayName: 'Use Career Conversations as the signed-in user',
      },
    ],
    appRoles: [appRole('api', HR_ADMIN_ROLE, ['User'])],
  };
}
