export {
  resolveDemoOrg,
  findDemoPerson,
  personId,
  type DemoOrg,
  type DemoPerson,
} from './demo-org';
export {
  DEMO_PEOPLE,
  type DemoPersonSpec,
  type SignInGroup,
  type SituationKind,
} from './demo-people';
export { buildSeedState, type SeedHook, type SeedInput, type SeedKind } from './build-state';
export { toWindowsTimeZone } from './time-zones';
export {
  API_APP_ID,
  API_CLIENT_SECRET,
  API_IDENTIFIER_URI,
  DEFAULT_SPA_REDIRECT_URIS,
  DEMO_DOMAIN,
  DEMO_TENANT_ID,
  GRAPH_APP_ID,
  GRAPH_RESOURCE,
  HR_ADMIN_ROLE,
  SPA_APP_ID,
  stableGuid,
} from './well-known-apps';
