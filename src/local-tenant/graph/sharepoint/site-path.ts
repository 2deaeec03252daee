import type { Reply } from '../../core/reply';
import { spErrors } from './errors';
import { SHAREPOINT_HOSTNAME } from './seed';
import type { SharePointState, Site } from './state';

/**
 * How Graph addresses a site: `root`, the composite id `hostname,siteCollectionId,webId`, the bare
 * hostname (its root site), or the server-relative path `hostname:/sites/x`, which may continue
 * with `:/lists/...` (https://learn.microsoft.com/graph/api/site-getbypath).
 */
export type SiteSelector =
  | { kind: 'root' }
  | { kind: 'id'; hostname: string; ids: string[] }
  | { kind: 'path'; hostname: string; path: string };

export interface SitePath {
  selector: SiteSelector;
  /** What follows the site: ['lists', '{id}', 'items'] ... */
  segments: string[];
}

function splitSegments(tail: string): string[] {
  return tail.split('/').filter((segment) => segment !== '');
}

/** Parses what follows `/sites/` (already percent-decoded by the router). */
export function parseSitePath(rest: string): SitePath {
  const pathMarker = rest.indexOf(':/');
  const firstSlash = rest.indexOf('/');
  if (pathMarker !== -1 && (firstSlash === -1 || pathMarker < firstSlash)) {
    const hostname = rest.slice(0, pathMarker);
    const remainder = rest.slice(pathMarker + 1);
    const end = remainder.indexOf(':');
    const path = end === -1 ? remainder : remainder.slice(0, end);
    const tail = end === -1 ? '' : remainder.slice(end + 1);
    return { selector: { kind: 'path', hostname, path }, segments: splitSegments(tail) };
  }
  const key = firstSlash === -1 ? rest : rest.slice(0, firstSlash);
  const tail = firstSlash === -1 ? '' : rest.slice(firstSlash);
  if (key.toLowerCase() === 'root')
    return { selector: { kind: 'root' }, segments: splitSegments(tail) };
  const [hostname = '', ...ids] = key.split(',');
  return { selector: { kind: 'id', hostname, ids }, segments: splitSegments(tail) };
}

export type SiteLookup = { ok: true; site: Site } | { ok: false; reply: Reply };

function normalizePath(path: string): string {
  const trimmed = path.replace(/\/+$/, '').toLowerCase();
  return trimmed === '' ? '/' : trimmed;
}

export function findSite(state: SharePointState, selector: SiteSelector): SiteLookup {
  const root = state.sites.find((site) => site.isRoot);
  if (selector.kind === 'root') {
    return root ? { ok: true, site: root } : { ok: false, reply: spErrors.siteNotFound() };
  }
  if (selector.hostname.toLowerCase() !== SHAREPOINT_HOSTNAME) {
    return { ok: false, reply: spErrors.invalidHostname() };
  }
  let site: Site | undefined;
  if (selector.kind === 'path') {
    const wanted = normalizePath(selector.path);
    site = state.sites.find((candidate) => candidate.serverRelativeUrl.toLowerCase() === wanted);
  } else if (selector.ids.length === 0) {
    site = root;
  } else {
    const [collection = '', web] = selector.ids.map((id) => id.toLowerCase().replace(/[{}]/g, ''));
    site = state.sites.find(
      (candidate) =>
        candidate.siteCollectionId === collection && (web === undefined || candidate.webId === web),
    );
  }
  return site ? { ok: true, site } : { ok: false, reply: spErrors.siteNotFound() };
}
