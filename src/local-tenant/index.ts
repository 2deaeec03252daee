/** The local tenant: a stand-in for the parts of Entra ID and Microsoft Graph the product uses. */
export { startLocalTenant, type LocalTenant, type LocalTenantOptions } from './core/start';
export { loadOrCreateTls, type TlsMaterial } from './core/tls';
export type { RouteRegistry, TenantContext, TenantFeature, TenantUrls } from './core/context';
export type { GraphHandler, GraphRequest, HttpMethod, RouteHandler } from './core/router';
export { TenantRequest } from './core/request';
export {
  empty,
  graphError,
  html,
  json,
  redirect,
  text,
  withHeaders,
  type Reply,
} from './core/reply';
export {
  parseFilter,
  evaluateFilter,
  filterProperties,
  type FilterNode,
} from './core/odata-filter';
export { readTop, type ODataQuery } from './core/odata-query';
export type { TenantClock } from './core/clock';
export type { StateStore, FeatureSlice } from './state/store';
export type { DirectoryUser, TenantState, Application } from './state/types';
export type { Caller } from './graph/caller';
export { requireScopes, type DenialStyle, type PermissionRule } from './graph/auth';
export { contextWithSelect, graphBodyError, nextLink, odataContext } from './graph/collections';
export { pageOf, pageWindow, type Page, type PageWindow } from './graph/page-window';
export {
  check,
  jsonBody,
  parsedBody,
  refused,
  replyFrom,
  resolved,
  resolveThen,
  type Resolved,
  type Step,
} from './graph/route-helper';
export * from './seed';
