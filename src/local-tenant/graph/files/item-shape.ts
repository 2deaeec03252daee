/**
 * driveItem on the wire, as OneDrive for Business writes it, and short-lived pre-authenticated
 * download URLs (`@microsoft.graph.downloadUrl`, the target of GET …/content's 302).
 * https://learn.microsoft.com/en-us/graph/api/resources/driveitem
 * https://learn.microsoft.com/en-us/graph/api/driveitem-get-content
 *   "Preauthenticated download URLs are only valid for a short period of time (a few minutes)
 *   and don't require an Authorization header to download."
 */
import { randomBytes } from 'node:crypto';
import type { TenantContext } from '../../core/context';
import { findUser } from '../../entra/lookups';
import { appDisplayName, childrenOf, pathOf } from './drive-access';
import { cTag, eTag, type Drive, type DriveItem } from './files-state';
import { quickXorHash } from './quick-xor-hash';

const DOWNLOAD_LIFETIME_MS = 60 * 60 * 1000;

/**
 * How the URL was handed out. Graph's docs say JavaScript apps cannot follow GET …/content's 302
 * (CORS) and must fetch `@microsoft.graph.downloadUrl` instead (driveitem-get-content,
 * "Downloading files in JavaScript apps"; msgraph-sdk-javascript#388 shows the browser's error).
 * So a URL reached through the redirect answers without CORS headers, whatever the browser's
 * redirect rules, and one read from the item's metadata answers simple cross-origin GETs.
 */
export type DownloadVia = 'redirect' | 'metadata';

export interface DownloadGrant {
  ownerId: string;
  itemId: string;
  expiresAtMs: number;
  via: DownloadVia;
}

/** Download grants live in memory: a restarted tenant forgets them, as such URLs expire anyway. */
export class DownloadGrants {
  private readonly grants = new Map<string, DownloadGrant>();

  constructor(private readonly ctx: TenantContext) {}

  issue(drive: Drive, item: DriveItem, via: DownloadVia): string {
    const nowMs = this.ctx.clock.epochMs();
    for (const [token, grant] of this.grants) {
      if (grant.expiresAtMs <= nowMs) this.grants.delete(token);
    }
    const token = randomBytes(32).toString('base64url');
    this.grants.set(token, {
      ownerId: drive.ownerId,
      itemId: item.id,
      expiresAtMs: nowMs + DOWNLOAD_LIFETIME_MS,
      via,
    });
    const query = new URLSearchParams({
      UniqueId: item.uniqueId.toLowerCase(),
      Translate: 'false',
      tempauth: token,
      ApiVersion: '2.0',
    });
    return `${this.ctx.urls.files}/_layouts/15/download.aspx?${query.toString()}`;
  }

  redeem(token: string): DownloadGrant | undefined {
    const grant = this.grants.get(token);
    if (!grant || grant.expiresAtMs <= this.ctx.clock.epochMs()) return undefined;
    return grant;
  }
}

function identity(ctx: TenantContext, by: DriveItem['createdBy']): Record<string, unknown> {
  const user = by.userId ? findUser(ctx.store.state, by.userId) : undefined;
  return {
    ...(by.appId
      ? { application: { id: by.appId, displayName: appDisplayName(ctx, by.appId) } }
      : {}),
    ...(user ? { user: { email: user.mail, id: user.id, displayName: user.displayName } } : {}),
  };
}

function sizeOf(drive: Drive, item: DriveItem): number {
  if (item.kind === 'file')
    return item.content === null ? 0 : Buffer.from(item.content, 'base64').length;
  return childrenOf(drive, item.id).reduce((sum, child) => sum + sizeOf(drive, child), 0);
}

export function webUrlOf(ctx: TenantContext, drive: Drive, item: DriveItem): string {
  const owner = findUser(ctx.store.state, drive.ownerId);
  const personal = (owner?.userPrincipalName ?? drive.ownerId).replace(/[@.]/g, '_');
  const path = `${pathOf(drive, item).replace(/^\/drive\/root:/, '')}/${item.kind === 'root' ? '' : item.name}`;
  return `${ctx.urls.base}/personal/${personal}/Documents${encodeURI(path.replace(/\/$/, ''))}`;
}

export function shapeItem(
  ctx: TenantContext,
  drive: Drive,
  item: DriveItem,
  downloadUrl: string | undefined,
): Record<string, unknown> {
  const parent = drive.items.find((candidate) => candidate.id === item.parentId);
  const body: Record<string, unknown> = {
    ...(downloadUrl ? { '@microsoft.graph.downloadUrl': downloadUrl } : {}),
    createdDateTime: item.createdDateTime,
    eTag: eTag(item),
    id: item.id,
    lastModifiedDateTime: item.lastModifiedDateTime,
    name: item.name,
    webUrl: webUrlOf(ctx, drive, item),
    cTag: cTag(item),
    size: sizeOf(drive, item),
    createdBy: identity(ctx, item.createdBy),
    lastModifiedBy: identity(ctx, item.lastModifiedBy),
    parentReference: parent
      ? {
          driveType: 'business',
          driveId: drive.id,
          id: parent.id,
          name: parent.kind === 'root' ? 'Documents' : parent.name,
          path: pathOf(drive, item),
        }
      : { driveType: 'business', driveId: drive.id },
    fileSystemInfo: {
      createdDateTime: item.createdDateTime,
      lastModifiedDateTime: item.lastModifiedDateTime,
    },
  };
  if (item.kind === 'file') {
    const bytes = Buffer.from(item.content ?? '', 'base64');
    body.file = {
      mimeType: item.mimeType ?? 'application/octet-stream',
      hashes: { quickXorHash: quickXorHash(bytes) },
    };
  } else {
    body.folder = { childCount: childrenOf(drive, item.id).length };
    if (item.appId !== null) body.specialFolder = { name: 'approot' };
    if (item.kind === 'root') body.root = {};
  }
  return body;
}
