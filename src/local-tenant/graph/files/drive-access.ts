/**
 * Which drive a request reaches and what the caller may do there. A user's OneDrive answers
 * only to that user's delegated token (nothing is shared in this tenant); with
 * Files.ReadWrite.AppFolder the caller sees only the calling application's own app folder.
 * https://learn.microsoft.com/en-us/graph/appfolder (delegated: own OneDrive, own app folder)
 * https://learn.microsoft.com/en-us/graph/api/drive-get-specialfolder
 * https://learn.microsoft.com/en-us/graph/permissions-reference#files-permissions
 */
import type { TenantContext } from '../../core/context';
import { graphError, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import { findUser } from '../../entra/lookups';
import type { DirectoryUser } from '../../state/types';
import {
  driveIdFor,
  filesSlice,
  newItem,
  type Drive,
  type DriveItem,
  type FilesState,
} from './files-state';

export type DriveRef =
  { kind: 'me' } | { kind: 'user'; key: string } | { kind: 'drive'; id: string };

const READ_SCOPES = [
  'Files.Read',
  'Files.ReadWrite',
  'Files.Read.All',
  'Files.ReadWrite.All',
  'Sites.Read.All',
  'Sites.ReadWrite.All',
];
const WRITE_SCOPES = ['Files.ReadWrite', 'Files.ReadWrite.All', 'Sites.ReadWrite.All'];
const APP_FOLDER = 'Files.ReadWrite.AppFolder';

export const accessDenied = (): Reply => graphError(403, 'accessDenied', 'Access denied');
export const itemNotFound = (): Reply =>
  graphError(404, 'itemNotFound', 'The resource could not be found.');

export interface DriveAccess {
  owner: DirectoryUser;
  drive: Drive;
  /** The calling application, whose app folder `special/approot` is. */
  appId: string;
  /** Only the app folder is reachable (Files.ReadWrite.AppFolder without wider scopes). */
  appFolderOnly: boolean;
  /** Whether the caller may write (and so create a missing special folder). */
  canWrite: boolean;
  by: DriveItem['createdBy'];
}

export type DriveResolution = { ok: true; access: DriveAccess } | { ok: false; reply: Reply };

function holds(held: string[], wanted: string[]): boolean {
  const lower = new Set(held.map((item) => item.toLowerCase()));
  return wanted.some((item) => lower.has(item.toLowerCase()));
}

export function ensureDrive(data: FilesState, ownerId: string, at: string): Drive {
  const existing = data.drives.find((drive) => drive.ownerId === ownerId);
  if (existing) return existing;
  const drive: Drive = {
    ownerId,
    id: driveIdFor(ownerId),
    items: [
      newItem(
        { name: 'root', parentId: null, kind: 'root', appId: null },
        { userId: ownerId, appId: '' },
        at,
      ),
    ],
  };
  data.drives.push(drive);
  return drive;
}

/** What a request does to the drive: the permissions it needs follow. */
export type DriveAccessLevel = 'read' | 'write';

export function resolveDrive(
  ctx: TenantContext,
  req: GraphRequest,
  ref: DriveRef,
  access: DriveAccessLevel,
): DriveResolution {
  const caller = req.caller;
  if (ref.kind === 'me' && caller.kind !== 'delegated') {
    return {
      ok: false,
      reply: graphError(
        400,
        'BadRequest',
        '/me request is only valid with delegated authentication flow.',
      ),
    };
  }
  const held = caller.kind === 'delegated' ? caller.scopes : caller.roles;
  const wide = holds(held, access === 'write' ? WRITE_SCOPES : READ_SCOPES);
  const appFolder = holds(held, [APP_FOLDER]);
  if (!wide && !appFolder) return { ok: false, reply: accessDenied() };
  let owner: DirectoryUser | undefined;
  if (ref.kind === 'me')
    owner = findUser(ctx.store.state, caller.kind === 'delegated' ? caller.userId : '');
  else if (ref.kind === 'user') owner = findUser(ctx.store.state, ref.key);
  else owner = ctx.store.state.users.find((user) => driveIdFor(user.id) === ref.id);
  if (!owner) return { ok: false, reply: itemNotFound() };
  // A user's OneDrive is private to them; no other user's token reaches it.
  if (caller.kind === 'delegated' && caller.userId !== owner.id)
    return { ok: false, reply: accessDenied() };
  const ownerId = owner.id;
  const at = ctx.clock.now().toISOString();
  const slice = filesSlice(ctx);
  const drive =
    slice.get().drives.find((candidate) => candidate.ownerId === ownerId) ??
    slice.update((data) => ensureDrive(data, ownerId, at));
  return {
    ok: true,
    access: {
      owner,
      drive,
      appId: caller.appId,
      appFolderOnly: !wide,
      canWrite: appFolder || holds(held, WRITE_SCOPES),
      by: { userId: caller.kind === 'delegated' ? caller.userId : '', appId: caller.appId },
    },
  };
}

export function appDisplayName(ctx: TenantContext, appId: string): string {
  return ctx.store.state.applications.find((app) => app.appId === appId)?.displayName ?? appId;
}

export function childrenOf(drive: Drive, parentId: string): DriveItem[] {
  return drive.items.filter((item) => item.parentId === parentId);
}

/** OneDrive for Business names are case-insensitive. */
export function childNamed(drive: Drive, parentId: string, name: string): DriveItem | undefined {
  const lower = name.toLowerCase();
  return childrenOf(drive, parentId).find((item) => item.name.toLowerCase() === lower);
}

/**
 * `Apps/{application name}`, created the first time the application asks for it; undefined when
 * it does not exist yet and the caller may only read ("you'll receive a 403 Forbidden error").
 */
export function ensureAppFolder(ctx: TenantContext, access: DriveAccess): DriveItem | undefined {
  const existing = access.drive.items.find(
    (item) => item.kind === 'folder' && item.appId === access.appId,
  );
  if (existing) return existing;
  if (!access.canWrite) return undefined;
  const at = ctx.clock.now().toISOString();
  return filesSlice(ctx).update(() => {
    const drive = access.drive;
    const root = drive.items.find((item) => item.kind === 'root');
    if (!root) throw new Error('drive without root');
    let apps = childNamed(drive, root.id, 'Apps');
    if (!apps) {
      apps = newItem(
        { name: 'Apps', parentId: root.id, kind: 'folder', appId: null },
        access.by,
        at,
      );
      drive.items.push(apps);
    }
    const name = uniqueName(drive, apps.id, appDisplayName(ctx, access.appId));
    const folder = newItem(
      { name, parentId: apps.id, kind: 'folder', appId: access.appId },
      access.by,
      at,
    );
    drive.items.push(folder);
    return folder;
  });
}

/** `name 1.ext`, `name 2.ext` … as conflictBehavior=rename names a new item. */
export function uniqueName(drive: Drive, parentId: string, name: string): string {
  if (!childNamed(drive, parentId, name)) return name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  for (let index = 1; ; index += 1) {
    const candidate = `${stem} ${String(index)}${extension}`;
    if (!childNamed(drive, parentId, candidate)) return candidate;
  }
}

/** Whether `item` sits inside (or is) the folder `ancestorId`. */
export function isWithin(drive: Drive, item: DriveItem, ancestorId: string): boolean {
  let current: DriveItem | undefined = item;
  while (current) {
    if (current.id === ancestorId) return true;
    const parentId: string | null = current.parentId;
    current =
      parentId === null ? undefined : drive.items.find((candidate) => candidate.id === parentId);
  }
  return false;
}

export function pathOf(drive: Drive, item: DriveItem): string {
  const names: string[] = [];
  let current = drive.items.find((candidate) => candidate.id === item.parentId);
  while (current && current.kind !== 'root') {
    names.unshift(current.name);
    const parentId = current.parentId;
    current = drive.items.find((candidate) => candidate.id === parentId);
  }
  return names.length === 0 ? '/drive/root:' : `/drive/root:/${names.join('/')}`;
}
