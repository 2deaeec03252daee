/**
 * OneDrive for Business drives kept by the files feature: one drive per user, holding only what
 * apps put in their app folders (`Apps/{application name}`).
 * https://learn.microsoft.com/en-us/graph/api/resources/driveitem
 * https://learn.microsoft.com/en-us/graph/appfolder
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { TenantContext } from '../../core/context';
import type { FeatureSlice } from '../../state/store';

export const driveItemSchema = z.object({
  id: z.string(),
  /** The GUID inside eTag and cTag (`"{GUID},3"`), as SharePoint writes them. */
  uniqueId: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(['root', 'folder', 'file']),
  /** For an app folder: the application it belongs to. */
  appId: z.string().nullable(),
  /** Base64 of the file's bytes. */
  content: z.string().nullable(),
  mimeType: z.string().nullable(),
  /** Bumped on every change (eTag). */
  version: z.number().int(),
  /** Bumped when the content changes (cTag). */
  contentVersion: z.number().int(),
  createdDateTime: z.string(),
  lastModifiedDateTime: z.string(),
  createdBy: z.object({ userId: z.string(), appId: z.string() }),
  lastModifiedBy: z.object({ userId: z.string(), appId: z.string() }),
});
export type DriveItem = z.infer<typeof driveItemSchema>;

export const driveSchema = z.object({
  ownerId: z.string(),
  id: z.string(),
  items: z.array(driveItemSchema),
});
export type Drive = z.infer<typeof driveSchema>;

export const filesStateSchema = z.object({ drives: z.array(driveSchema) });
export type FilesState = z.infer<typeof filesStateSchema>;

export function filesSlice(ctx: TenantContext): FeatureSlice<FilesState> {
  return ctx.store.slice('files', filesStateSchema, () => ({ drives: [] }));
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** OneDrive for Business item ids: `01` and 32 base32 characters. */
export function newItemId(): string {
  return `01${[...randomBytes(32)].map((byte) => BASE32[byte % 32] ?? 'A').join('')}`;
}

/** `b!` drive ids, stable per user. */
export function driveIdFor(ownerId: string): string {
  return `b!${createHash('sha256').update(`drive:${ownerId}`).digest('base64url').slice(0, 42)}`;
}

export function eTag(item: DriveItem): string {
  return `"{${item.uniqueId}},${String(item.version)}"`;
}

export function cTag(item: DriveItem): string {
  return `"c:{${item.uniqueId}},${String(item.contentVersion)}"`;
}

export function newItem(
  partial: Pick<DriveItem, 'name' | 'parentId' | 'kind' | 'appId'>,
  by: DriveItem['createdBy'],
  at: string,
): DriveItem {
  return {
    ...partial,
    id: newItemId(),
    uniqueId: randomUUID().toUpperCase(),
    content: null,
    mimeType: null,
    version: 1,
    contentVersion: 1,
    createdDateTime: at,
    lastModifiedDateTime: at,
    createdBy: by,
    lastModifiedBy: by,
  };
}

const MIME_TYPES: Record<string, string> = {
  json: 'application/json',
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  csv: 'text/csv',
  xml: 'application/xml',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** SharePoint types a file by its extension, not by the upload's Content-Type. */
export function mimeTypeFor(name: string): string {
  const extension = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

/** Characters OneDrive for Business refuses in names. */
export function invalidName(name: string): boolean {
  return (
    name.trim() === '' ||
    /["*:<>?/\\|]/.test(name) ||
    name.endsWith('.') ||
    name.startsWith(' ') ||
    name.endsWith(' ') ||
    /^(\.lock|CON|PRN|AUX|NUL|COM\d|LPT\d|desktop\.ini|_vti_)$/i.test(name)
  );
}
