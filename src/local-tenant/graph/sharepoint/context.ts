import type { TenantContext } from '../../core/context';
import type { Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import type { FeatureSlice } from '../../state/store';
import { graphBodyError } from '../collections';
import { spErrors } from './errors';
import type { SharePointList, SharePointState, Site } from './state';

/** What every SharePoint handler works with: the request, the resolved site and the state. */
export interface SiteCall {
  ctx: TenantContext;
  req: GraphRequest;
  sp: FeatureSlice<SharePointState>;
  site: Site;
}

export type Found<T> = { ok: true; value: T } | { ok: false; reply: Reply };

/** Lists are addressed by id or by title, as Graph allows (`lists/Books`). */
export function findList(site: Site, key: string): Found<SharePointList> {
  const lower = key.toLowerCase();
  const list =
    site.lists.find((candidate) => candidate.id === lower) ??
    site.lists.find((candidate) => candidate.displayName.toLowerCase() === lower) ??
    site.lists.find((candidate) => candidate.name.toLowerCase() === lower);
  return list ? { ok: true, value: list } : { ok: false, reply: spErrors.listNotFound() };
}

export async function readBody(req: GraphRequest): Promise<Found<unknown>> {
  const body = await req.readJson();
  return body.ok ? { ok: true, value: body.value } : { ok: false, reply: graphBodyError(body) };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
