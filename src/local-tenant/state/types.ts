import { z } from 'zod';

/**
 * The tenant's persisted state. Property names follow Graph / Entra where a Graph resource
 * exists (user, application, appRoleAssignment, oauth2PermissionGrant), so handlers can project
 * them without renaming. Feature modules added later keep their data under `features[name]`.
 */
export const directoryUserSchema = z.object({
  id: z.string(),
  userPrincipalName: z.string(),
  mail: z.string().nullable(),
  displayName: z.string(),
  givenName: z.string().nullable(),
  surname: z.string().nullable(),
  jobTitle: z.string().nullable(),
  department: z.string().nullable(),
  officeLocation: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  usageLocation: z.string().nullable(),
  companyName: z.string().nullable(),
  employeeId: z.string().nullable(),
  employeeHireDate: z.string().nullable(),
  businessPhones: z.array(z.string()),
  mobilePhone: z.string().nullable(),
  preferredLanguage: z.string().nullable(),
  accountEnabled: z.boolean(),
  createdDateTime: z.string(),
  /** Object id of the manager, or null. Graph exposes it as the `manager` navigation property. */
  managerId: z.string().nullable(),
  /** IANA zone; Graph's mailboxSettings reports the Windows name (see seed/time-zones.ts). */
  timeZone: z.string(),
});
export type DirectoryUser = z.infer<typeof directoryUserSchema>;

export const redirectUriSchema = z.object({
  uri: z.string(),
  type: z.enum(['spa', 'web', 'publicClient']),
});
export type RedirectUri = z.infer<typeof redirectUriSchema>;

export const permissionScopeSchema = z.object({
  id: z.string(),
  value: z.string(),
  type: z.enum(['User', 'Admin']),
  adminConsentDisplayName: z.string(),
});

export const appRoleSchema = z.object({
  id: z.string(),
  value: z.string(),
  displayName: z.string(),
  allowedMemberTypes: z.array(z.enum(['User', 'Application'])),
});
export type AppRole = z.infer<typeof appRoleSchema>;

export const passwordCredentialSchema = z.object({
  keyId: z.string(),
  displayName: z.string(),
  /** Kept in clear only because this is a local stand-in; Entra stores a hash. */
  secretText: z.string(),
  hint: z.string(),
  endDateTime: z.string(),
});

export const applicationSchema = z.object({
  appId: z.string(),
  id: z.string(),
  servicePrincipalId: z.string(),
  displayName: z.string(),
  /** Microsoft's own resources (Graph) have a service principal but no app registration here. */
  firstParty: z.boolean(),
  isPublicClient: z.boolean(),
  redirectUris: z.array(redirectUriSchema),
  logoutUrls: z.array(z.string()),
  passwordCredentials: z.array(passwordCredentialSchema),
  identifierUris: z.array(z.string()),
  /** `api.requestedAccessTokenVersion`: which token format this resource receives. */
  accessTokenVersion: z.union([z.literal(1), z.literal(2)]),
  oauth2PermissionScopes: z.array(permissionScopeSchema),
  appRoles: z.array(appRoleSchema),
});
export type Application = z.infer<typeof applicationSchema>;

/** Admin consent ("AllPrincipals") of a client app to delegated scopes of a resource. */
export const permissionGrantSchema = z.object({
  clientAppId: z.string(),
  resourceAppId: z.string(),
  scope: z.string(),
});
export type PermissionGrant = z.infer<typeof permissionGrantSchema>;

export const appRoleAssignmentSchema = z.object({
  principalType: z.enum(['User', 'ServicePrincipal']),
  /** User object id, or the client app's appId for an application permission. */
  principalId: z.string(),
  resourceAppId: z.string(),
  appRoleValue: z.string(),
});
export type AppRoleAssignment = z.infer<typeof appRoleAssignmentSchema>;

export const signingKeySchema = z.object({
  kid: z.string(),
  x5t: z.string(),
  privateJwk: z.record(z.string(), z.unknown()),
  publicJwk: z.record(z.string(), z.unknown()),
  certificateDer: z.string(),
  createdAt: z.string(),
  status: z.enum(['active', 'retired']),
});
export type SigningKeyRecord = z.infer<typeof signingKeySchema>;

export const refreshTokenSchema = z.object({
  handle: z.string(),
  clientId: z.string(),
  userId: z.string(),
  /** Redeemable only cross-origin, with a fixed 24 h lifetime (SPA redirect URI). */
  spa: z.boolean(),
  issuedAt: z.number(),
  lastUsedAt: z.number(),
  expiresAt: z.number(),
  sessionId: z.string(),
  revoked: z.boolean(),
});
export type RefreshTokenRecord = z.infer<typeof refreshTokenSchema>;

export const sessionSchema = z.object({
  id: z.string(),
  userId: z.string(),
  authTime: z.number(),
});
export type SessionRecord = z.infer<typeof sessionSchema>;

export const faultsSchema = z.object({
  throttle: z
    .object({
      percent: z.number().min(0).max(100),
      retryAfterSeconds: z.number().int().min(0),
      pathPattern: z.string().optional(),
      /** When set, only this many more requests are throttled, then the knob switches off. */
      remaining: z.number().int().min(0).optional(),
    })
    .nullable(),
  latencyMs: z.number().int().min(0),
  /**
   * How long a SharePoint column addition holds its list's schema (default COLUMN_SAVE_MS). A test
   * of Save Conflict widens it, so two requests sent together overlap however busy the machine.
   */
  schemaSaveMs: z.number().int().min(0).optional(),
  errors: z.array(
    z.object({
      pathPattern: z.string(),
      method: z.string().optional(),
      status: z.number().int().min(500).max(599),
      remaining: z.number().int().min(0).optional(),
    }),
  ),
  drops: z.array(
    z.object({
      pathPattern: z.string(),
      method: z.string().optional(),
      remaining: z.number().int().min(0).optional(),
      /**
       * `commit`: the request is carried out, then the connection dropped before the answer, as
       * when a network fails on the way back: the caller cannot tell whether its write happened.
       */
      after: z.literal('commit').optional(),
    }),
  ),
});
export type Faults = z.infer<typeof faultsSchema>;
export const NO_FAULTS: Faults = { throttle: null, latencyMs: 0, errors: [], drops: [] };

export const tenantStateSchema = z.object({
  version: z.literal(1),
  seed: z.enum(['demo', 'empty']),
  seededAt: z.string(),
  tenant: z.object({ id: z.string(), displayName: z.string(), defaultDomain: z.string() }),
  users: z.array(directoryUserSchema),
  applications: z.array(applicationSchema),
  permissionGrants: z.array(permissionGrantSchema),
  appRoleAssignments: z.array(appRoleAssignmentSchema),
  signingKeys: z.array(signingKeySchema),
  refreshTokens: z.array(refreshTokenSchema),
  sessions: z.array(sessionSchema),
  clock: z.object({ offsetMs: z.number(), frozenAtMs: z.number().nullable() }),
  faults: faultsSchema,
  /** Graph feature modules (calendar, mail, lists ...) keep their own data here, by name. */
  features: z.record(z.string(), z.unknown()),
});
export type TenantState = z.infer<typeof tenantStateSchema>;
