import type { TenantClock } from './clock';
import type { StateStore } from '../state/store';
import type { SigningKeys } from '../entra/signing-keys';
import type { HttpMethod, GraphHandler, RouteHandler } from './router';
import type { SeedHook } from '../seed/build-state';

/** Public addresses of the tenant, fixed once the server listens. */
export interface TenantUrls {
  /** e.g. http://127.0.0.1:4010 (no trailing slash). */
  base: string;
  /** `{base}/{tenantId}`: what MSAL takes as `authority`. */
  authority: string;
  /** v2.0 token issuer: `{base}/{tenantId}/v2.0`. */
  issuerV2: string;
  /** v1.0 token issuer, the stand-in for `https://sts.windows.net/{tenantId}/`. */
  issuerV1: string;
  /** Graph base, the stand-in for `https://graph.microsoft.com/v1.0`. */
  graph: string;
  /**
   * Where pre-authenticated file downloads live, the stand-in for `{tenant}-my.sharepoint.com`:
   * the same server under its other loopback name (localhost <-> 127.0.0.1), so a browser sees
   * another origin, as it does when Graph redirects a download to SharePoint.
   */
  files: string;
}

/** What every feature module receives: the shared services of the tenant. */
export interface TenantContext {
  readonly tenantId: string;
  readonly clock: TenantClock;
  readonly store: StateStore;
  readonly keys: SigningKeys;
  readonly urls: TenantUrls;
  /** Random GUID, as Graph and Entra use for ids. */
  newId(): string;
}

/** How a feature adds endpoints. Graph routes are relative to `/v1.0` and require a token. */
export interface RouteRegistry {
  route(method: HttpMethod, pattern: string, handler: RouteHandler): void;
  graph(method: HttpMethod, pattern: string, handler: GraphHandler): void;
}

/** One folder under src/local-tenant registers one feature. */
export interface TenantFeature {
  readonly name: string;
  register(routes: RouteRegistry, ctx: TenantContext): void;
  /** Adds the feature's demo data when the tenant is (re)seeded. */
  readonly seed?: SeedHook;
}
