/**
 * OneDrive app folders in Microsoft Graph v1.0 (`special/approot`), with path and id addressing,
 * ETag preconditions and pre-authenticated downloads served by the tenant.
 * https://learn.microsoft.com/en-us/graph/appfolder
 * https://learn.microsoft.com/en-us/graph/api/driveitem-get-content (download URL)
 */
import type { TenantFeature } from '../../core/context';
import { text, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import type { TenantRequest } from '../../core/request';
import {
  deleteByPath,
  deleteItem,
  getAppRoot,
  getByPath,
  getContentByPath,
  getItem,
  getItemContent,
  listAppRootChildren,
  putContentByPath,
  putItemContent,
  type FilesDeps,
} from './approot-routes';
import type { DriveRef } from './drive-access';
import { eTag, filesSlice } from './files-state';
import { DownloadGrants } from './item-shape';

const DRIVES: { prefix: string; ref: (req: GraphRequest) => DriveRef }[] = [
  { prefix: '/me/drive', ref: () => ({ kind: 'me' }) },
  { prefix: '/users/{user}/drive', ref: (req) => ({ kind: 'user', key: req.params.user ?? '' }) },
  { prefix: '/drives/{drive}', ref: (req) => ({ kind: 'drive', id: req.params.drive ?? '' }) },
];

/**
 * The download URL a 302 points at: no Authorization, the tempauth token is the credential. It
 * sends its own CORS headers (see `DownloadVia`) and answers no preflight, so a request carrying
 * an Authorization header cannot reach it from a page.
 */
function serveDownload(deps: FilesDeps, req: TenantRequest): Reply {
  const grant = deps.downloads.redeem(req.query.get('tempauth') ?? '');
  const drive = grant
    ? filesSlice(deps.ctx)
        .get()
        .drives.find((candidate) => candidate.ownerId === grant.ownerId)
    : undefined;
  const item = drive?.items.find((candidate) => candidate.id === grant?.itemId);
  if (!grant) return text('401 UNAUTHORIZED: the download link is invalid or has expired.', 401);
  if (!item || item.kind !== 'file') return text('404 FILE NOT FOUND', 404);
  // A browser that followed a cross-origin redirect sends `Origin: null`: never allowed.
  const origin = req.header('origin');
  const cors: Record<string, string> =
    grant.via === 'metadata' && origin !== undefined && origin !== 'null'
      ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }
      : {};
  return {
    kind: 'bytes',
    status: 200,
    body: Buffer.from(item.content ?? '', 'base64'),
    contentType: item.mimeType ?? 'application/octet-stream',
    headers: {
      ETag: eTag(item),
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(item.name)}`,
      ...cors,
    },
  };
}

export const filesFeature: TenantFeature = {
  name: 'files',
  register(routes, ctx) {
    const deps: FilesDeps = { ctx, downloads: new DownloadGrants(ctx) };
    for (const { prefix, ref } of DRIVES) {
      const approot = `${prefix}/special/approot`;
      const path = (req: GraphRequest): string => req.params.path ?? '';
      routes.graph('GET', approot, (req) => getAppRoot(deps, req, ref(req)));
      routes.graph('GET', `${approot}/children`, (req) => listAppRootChildren(deps, req, ref(req)));
      // The content routes come first: `{*path}` would otherwise swallow `:/content`.
      routes.graph('GET', `${approot}:/{*path}:/content`, (req) =>
        getContentByPath(deps, req, ref(req), path(req)),
      );
      routes.graph('PUT', `${approot}:/{*path}:/content`, (req) =>
        putContentByPath(deps, req, ref(req), path(req)),
      );
      routes.graph('GET', `${approot}:/{*path}`, (req) =>
        getByPath(deps, req, ref(req), path(req)),
      );
      routes.graph('DELETE', `${approot}:/{*path}`, (req) =>
        deleteByPath(deps, req, ref(req), path(req)),
      );
      const id = (req: GraphRequest): string => req.params.item ?? '';
      routes.graph('GET', `${prefix}/items/{item}`, (req) => getItem(deps, req, ref(req), id(req)));
      routes.graph('DELETE', `${prefix}/items/{item}`, (req) =>
        deleteItem(deps, req, ref(req), id(req)),
      );
      routes.graph('GET', `${prefix}/items/{item}/content`, (req) =>
        getItemContent(deps, req, ref(req), id(req)),
      );
      routes.graph('PUT', `${prefix}/items/{item}/content`, (req) =>
        putItemContent(deps, req, ref(req), id(req)),
      );
    }
    routes.route('GET', '/_layouts/15/download.aspx', (req) => serveDownload(deps, req));
  },
};
