import type { SigningKeyRecord, TenantState } from '../state/types';
import { NO_FAULTS } from '../state/types';
import { resolveDemoOrg, toDirectoryUser, type DemoOrg } from './demo-org';
import {
  API_APP_ID,
  API_APPLICATION_GRAPH_ROLES,
  API_DELEGATED_GRAPH_SCOPES,
  DEMO_DOMAIN,
  DEMO_TENANT_ID,
  DEMO_TENANT_NAME,
  GRAPH_APP_ID,
  SPA_APP_ID,
  SPA_GRAPH_SCOPES,
  buildApiApplication,
  buildGraphServicePrincipal,
  buildSpaApplication,
} from './well-known-apps';

export type SeedKind = 'demo' | 'empty';

/**
 * What a feature's seed hook receives. Features that hold mailbox, calendar or list data add
 * their part to `state.features[name]`; with `org` null (the empty seed) they add nothing.
 * Product history (development contracts, conversation records, commitments) belongs to the
 * SharePoint lists feature's hook, built from each person's `situation` and `managerSince`.
 */
export interface SeedInput {
  state: TenantState;
  org: DemoOrg | null;
  now: Date;
}

export type SeedHook = (input: SeedInput) => void;

export interface SeedOptions {
  kind: SeedKind;
  now: Date;
  spaRedirectUris: string[];
  apiClientSecret: string;
  signingKeys: SigningKeyRecord[];
  clock: TenantState['clock'];
  hooks: SeedHook[];
}

/** Builds a fresh tenant: apps and consent always; people only in the demo seed. */
export function buildSeedState(options: SeedOptions): TenantState {
  const { now } = options;
  const appOptions = {
    spaRedirectUris: options.spaRedirectUris,
    apiClientSecret: options.apiClientSecret,
    now,
  };
  const org = options.kind === 'demo' ? resolveDemoOrg(now) : null;
  const state: TenantState = {
    version: 1,
    seed: options.kind,
    seededAt: now.toISOString(),
    tenant: { id: DEMO_TENANT_ID, displayName: DEMO_TENANT_NAME, defaultDomain: DEMO_DOMAIN },
    users: org ? org.people.map((person, index) => toDirectoryUser(person, index, now)) : [],
    applications: [
      buildGraphServicePrincipal(),
      buildSpaApplication(appOptions),
      buildApiApplication(appOptions),
    ],
    permissionGrants: [
      { clientAppId: SPA_APP_ID, resourceAppId: GRAPH_APP_ID, scope: SPA_GRAPH_SCOPES.join(' ') },
      { clientAppId: SPA_APP_ID, resourceAppId: API_APP_ID, scope: 'access_as_user' },
      {
        clientAppId: API_APP_ID,
        resourceAppId: GRAPH_APP_ID,
        scope: ['openid', 'profile', 'offline_access', ...API_DELEGATED_GRAPH_SCOPES].join(' '),
      },
    ],
    appRoleAssignments: [
      ...API_APPLICATION_GRAPH_ROLES.map((role) => ({
        principalType: 'ServicePrincipal' as const,
        principalId: API_APP_ID,
        resourceAppId: GRAPH_APP_ID,
        appRoleValue: role,
      })),
      ...(org?.people ?? []).flatMap((person) =>
        person.appRoles.map((role) => ({
          principalType: 'User' as const,
          principalId: person.id,
          resourceAppId: API_APP_ID,
          appRoleValue: role,
        })),
      ),
    ],
    signingKeys: options.signingKeys,
    refreshTokens: [],
    sessions: [],
    clock: options.clock,
    faults: structuredClone(NO_FAULTS),
    features: {},
  };
  for (const hook of options.hooks) hook({ state, org, now });
  return state;
}
