import type { TenantContext } from '../../core/context';
import type { GraphRequest } from '../../core/router';
import type { FeatureSlice } from '../../state/store';
import {
  check,
  jsonBody,
  parsedBody,
  refused,
  resolved,
  type Resolved,
  type Step,
} from '../route-helper';
import { requireSiteAccess, type AccessLevel } from './access';
import { spErrors } from './errors';
import type { SharePointList, SharePointState, Site } from './state';

/** What every SharePoint handler works with: the request, the resolved site and the state. */
export interface SiteCall {
  ctx: TenantContext;
  req: GraphRequest;
  sp: FeatureSlice<SharePointState>;
  site: Site;
}

/** What a lookup yields: the value, or Graph's reply when it is missing (the route helper's shape). */
export type Found<T> = Resolved<T>;

/** Lists are addressed by id or by title, as Graph allows (`lists/Books`). */
export function findList(site: Site, key: string): Found<SharePointList> {
  const lower = key.toLowerCase();
  const list =
    site.lists.find((candidate) => candidate.id === lower) ??
    site.lists.find((candidate) => candidate.displayName.toLowerCase() === lower) ??
    site.lists.find((candidate) => candidate.name.toLowerCase() === lower);
  return list ? resolved(list) : refused(spErrors.listNotFound());
}

/** The request body as JSON. */
export const readBody = jsonBody;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A body that must be a JSON object (`{ "fields": … }`); anything else is SharePoint's 400. */
export const objectBody = parsedBody((raw) =>
  isObject(raw) ? resolved(raw) : refused(spErrors.invalid('Invalid request')),
);

/** The list, once the caller's access to the site is checked, as a step of the route helper. */
export function siteList(call: SiteCall, key: string, needed: AccessLevel): Step<SharePointList> {
  return () => {
    const denied = requireSiteAccess(call.req.caller, call.site, needed);
    return denied ? refused(denied) : findList(call.site, key);
  };
}

/** The caller's access to the site, checked as a step of the route helper. */
export function siteAccess(call: SiteCall, needed: AccessLevel): Step<true> {
  return check(() => requireSiteAccess(call.req.caller, call.site, needed));
}
