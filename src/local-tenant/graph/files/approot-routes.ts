/**
 * The app folder and the files in it, addressed by path or by item id.
 * https://learn.microsoft.com/en-us/graph/api/drive-get-specialfolder (created on first access)
 * https://learn.microsoft.com/en-us/graph/api/driveitem-list-children
 * https://learn.microsoft.com/en-us/graph/api/driveitem-get
 * https://learn.microsoft.com/en-us/graph/api/driveitem-put-content
 *   201 for a new file, 200 when replacing; `@microsoft.graph.conflictBehavior` (fail | replace |
 *   rename, replace by default for PUT); `If-Match` with a stale eTag/cTag is 412, and so is
 *   `If-None-Match: *` when the item exists (OneDrive/onedrive-api-docs#607).
 * https://learn.microsoft.com/en-us/graph/api/driveitem-get-content (302 to a download URL;
 *   `If-None-Match` with the current tag is 304)
 * https://learn.microsoft.com/en-us/graph/api/driveitem-delete (204; If-Match honoured)
 */
import type { TenantContext } from '../../core/context';
import { empty, graphError, json, redirect, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import { odataContext } from '../collections';
import {
  accessDenied,
  childNamed,
  childrenOf,
  ensureAppFolder,
  isWithin,
  itemNotFound,
  resolveDrive,
  uniqueName,
  type DriveAccess,
  type DriveAccessLevel,
  type DriveRef,
} from './drive-access';
import {
  cTag,
  eTag,
  filesSlice,
  invalidName,
  mimeTypeFor,
  newItem,
  type DriveItem,
} from './files-state';
import type { DownloadGrants } from './item-shape';
import { shapeItem } from './item-shape';
import {
  refused,
  replyFrom,
  resolved,
  resolveThen,
  type Resolved,
  type Step,
} from '../route-helper';

const UPLOAD_LIMIT = 4 * 1024 * 1024;

export interface FilesDeps {
  ctx: TenantContext;
  downloads: DownloadGrants;
}

function specialContext(deps: FilesDeps, ref: DriveRef, access: DriveAccess): string {
  return odataContext(
    deps.ctx,
    ref.kind === 'drive'
      ? `drives('${access.drive.id}')/special/$entity`
      : `users('${access.owner.id}')/drive/special/$entity`,
  );
}

function itemContext(deps: FilesDeps, access: DriveAccess): string {
  return odataContext(deps.ctx, `drives('${access.drive.id}')/items/$entity`);
}

function splitPath(path: string): string[] {
  return path
    .replace(/:$/, '')
    .split('/')
    .filter((segment) => segment !== '');
}

function findByPath(
  access: DriveAccess,
  folder: DriveItem,
  segments: string[],
): DriveItem | undefined {
  let current: DriveItem | undefined = folder;
  for (const segment of segments) {
    if (!current) return undefined;
    current = childNamed(access.drive, current.id, segment);
  }
  return current;
}

/**
 * Entity tags as clients send them back: quoted or not, eTag or cTag. SharePoint tags hold a
 * comma (`"{GUID},3"`), so the header is one tag, not a list.
 */
function tagMatches(header: string, item: DriveItem): boolean {
  const clean = header.trim().replace(/^W\//, '');
  if (clean === '*') return true;
  const unquoted = (value: string): string => value.replace(/^"|"$/g, '');
  return unquoted(clean) === unquoted(eTag(item)) || unquoted(clean) === unquoted(cTag(item));
}

const preconditionFailed = (): Reply =>
  graphError(412, 'resourceModified', "ETag does not match current item's value");

function notModified(req: GraphRequest, item: DriveItem): boolean {
  const header = req.header('if-none-match');
  return header !== undefined && header.trim() !== '*' && tagMatches(header, item);
}

interface FoundAppRoot {
  access: DriveAccess;
  appRoot: DriveItem;
}

interface FoundItem {
  access: DriveAccess;
  item: DriveItem;
}

function appRootFor(
  deps: FilesDeps,
  req: GraphRequest,
  ref: DriveRef,
  level: DriveAccessLevel,
): Resolved<FoundAppRoot> {
  const drive = resolveDrive(deps.ctx, req, ref, level);
  if (!drive.ok) return refused(drive.reply);
  const appRoot = ensureAppFolder(deps.ctx, drive.access);
  if (!appRoot) return refused(accessDenied());
  return resolved({ access: drive.access, appRoot });
}

/** The app folder of the drive the path names (created on first access), as a step. */
function appRootStep(deps: FilesDeps, ref: DriveRef, level: DriveAccessLevel): Step<FoundAppRoot> {
  return (req) => appRootFor(deps, req, ref, level);
}

/** The item at a path under the app folder, as a step. */
function itemAtPath(
  deps: FilesDeps,
  ref: DriveRef,
  path: string,
  level: DriveAccessLevel,
): Step<FoundItem> {
  return (req) => {
    const found = appRootFor(deps, req, ref, level);
    if (!found.ok) return found;
    const item = findByPath(found.value.access, found.value.appRoot, splitPath(path));
    return item ? resolved({ access: found.value.access, item }) : refused(itemNotFound());
  };
}

/** A driveItem, trimmed to `$select` when the request has one. */
function shape(
  deps: FilesDeps,
  access: DriveAccess,
  item: DriveItem,
  select?: string[],
): Record<string, unknown> {
  const url =
    item.kind === 'file' ? deps.downloads.issue(access.drive, item, 'metadata') : undefined;
  const full = shapeItem(deps.ctx, access.drive, item, url);
  if (!select) return full;
  const wanted = new Set(select.map((name) => name.toLowerCase()));
  return Object.fromEntries(
    Object.entries(full).filter(([key]) => key === 'id' || wanted.has(key.toLowerCase())),
  );
}

export function getAppRoot(deps: FilesDeps, req: GraphRequest, ref: DriveRef): Promise<Reply> {
  return resolveThen(req, { found: appRootStep(deps, ref, 'read') }, ({ found }) =>
    json({
      '@odata.context': specialContext(deps, ref, found.access),
      ...shape(deps, found.access, found.appRoot, req.odata.select),
    }),
  );
}

export function listAppRootChildren(
  deps: FilesDeps,
  req: GraphRequest,
  ref: DriveRef,
): Promise<Reply> {
  return resolveThen(req, { found: appRootStep(deps, ref, 'read') }, ({ found }) => {
    const children = childrenOf(found.access.drive, found.appRoot.id).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    return json({
      '@odata.context': odataContext(
        deps.ctx,
        `drives('${found.access.drive.id}')/items('${found.appRoot.id}')/children`,
      ),
      value: children.map((child) => shape(deps, found.access, child, req.odata.select)),
    });
  });
}

function itemReply(deps: FilesDeps, req: GraphRequest, { access, item }: FoundItem): Reply {
  if (notModified(req, item)) return empty(304);
  return json({
    '@odata.context': itemContext(deps, access),
    ...shape(deps, access, item, req.odata.select),
  });
}

export function getByPath(
  deps: FilesDeps,
  req: GraphRequest,
  ref: DriveRef,
  path: string,
): Promise<Reply> {
  return resolveThen(req, { found: itemAtPath(deps, ref, path, 'read') }, ({ found }) =>
    itemReply(deps, req, found),
  );
}

function download(deps: FilesDeps, req: GraphRequest, { access, item }: FoundItem): Reply {
  if (item.kind !== 'file') {
    return graphError(400, 'invalidRequest', 'Only items with the file facet can be downloaded.');
  }
  if (notModified(req, item)) return empty(304);
  return redirect(deps.downloads.issue(access.drive, item, 'redirect'));
}

export function getContentByPath(
  deps: FilesDeps,
  req: GraphRequest,
  ref: DriveRef,
  path: string,
): Promise<Reply> {
  return resolveThen(req, { found: itemAtPath(deps, ref, path, 'read') }, ({ found }) =>
    download(deps, req, found),
  );
}

/** Reads the raw upload; undefined when it is over the simple-upload limit. */
function readUpload(req: GraphRequest): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.raw.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= UPLOAD_LIMIT) chunks.push(chunk);
    });
    req.raw.on('end', () => {
      resolve(size > UPLOAD_LIMIT ? undefined : Buffer.concat(chunks));
    });
    req.raw.on('error', reject);
  });
}

type Conflict = 'fail' | 'replace' | 'rename';

const conflictBehavior: Step<Conflict> = (req) => {
  const raw = req.query.get('@microsoft.graph.conflictBehavior') ?? 'replace';
  const lower = raw.toLowerCase();
  return lower === 'fail' || lower === 'replace' || lower === 'rename'
    ? resolved(lower)
    : refused(
        graphError(400, 'invalidRequest', 'Invalid value for @microsoft.graph.conflictBehavior.'),
      );
};

/** The path's segments, the last one the file's name; none may hold a character OneDrive refuses. */
function uploadPath(path: string): Step<{ folders: string[]; name: string }> {
  return () => {
    const segments = splitPath(path);
    const name = segments.at(-1);
    const bad = segments.find(invalidName);
    if (name === undefined || bad !== undefined) {
      return refused(
        graphError(
          400,
          'invalidRequest',
          `The provided name '${bad ?? ''}' contains invalid characters.`,
        ),
      );
    }
    return resolved({ folders: segments.slice(0, -1), name });
  };
}

/** The raw upload, refused when it is over the simple-upload limit. */
const uploadedBytes: Step<Buffer> = async (req) => {
  const bytes = await readUpload(req);
  return bytes
    ? resolved(bytes)
    : refused(
        graphError(
          413,
          'requestEntityTooLarge',
          'The request is too large for a simple upload; use an upload session.',
        ),
      );
};

function checkPreconditions(req: GraphRequest, existing: DriveItem | undefined): Reply | undefined {
  const ifMatch = req.header('if-match');
  if (ifMatch !== undefined && (!existing || !tagMatches(ifMatch, existing)))
    return preconditionFailed();
  const ifNoneMatch = req.header('if-none-match');
  if (ifNoneMatch?.trim() === '*' && existing) return preconditionFailed();
  return undefined;
}

/** Writes bytes into a file (new or existing) and answers 201 or 200. */
function writeFile(
  deps: FilesDeps,
  access: DriveAccess,
  parent: DriveItem,
  name: string,
  existing: DriveItem | undefined,
  bytes: Buffer,
): Reply {
  const at = deps.ctx.clock.now().toISOString();
  const item = filesSlice(deps.ctx).update(() => {
    if (existing) {
      existing.content = bytes.toString('base64');
      existing.version += 1;
      existing.contentVersion += 1;
      existing.lastModifiedDateTime = at;
      existing.lastModifiedBy = access.by;
      return existing;
    }
    const created = newItem(
      { name, parentId: parent.id, kind: 'file', appId: null },
      access.by,
      at,
    );
    created.content = bytes.toString('base64');
    created.mimeType = mimeTypeFor(name);
    access.drive.items.push(created);
    return created;
  });
  return json(
    { '@odata.context': itemContext(deps, access), ...shape(deps, access, item) },
    existing ? 200 : 201,
  );
}

export function putContentByPath(
  deps: FilesDeps,
  req: GraphRequest,
  ref: DriveRef,
  path: string,
): Promise<Reply> {
  const steps = {
    found: appRootStep(deps, ref, 'write'),
    conflict: conflictBehavior,
    target: uploadPath(path),
    bytes: uploadedBytes,
  };
  return resolveThen(req, steps, ({ found, conflict, target, bytes }) =>
    putUnderAppRoot(deps, req, found, conflict, target, bytes),
  );
}

function putUnderAppRoot(
  deps: FilesDeps,
  req: GraphRequest,
  { access, appRoot }: FoundAppRoot,
  conflict: Conflict,
  { folders, name }: { folders: string[]; name: string },
  bytes: Buffer,
): Reply {
  const at = deps.ctx.clock.now().toISOString();
  // Missing parent folders are created, as OneDrive does for path-based uploads.
  const parent = filesSlice(deps.ctx).update(() => {
    let current = appRoot;
    for (const segment of folders) {
      let next = childNamed(access.drive, current.id, segment);
      if (!next) {
        next = newItem(
          { name: segment, parentId: current.id, kind: 'folder', appId: null },
          access.by,
          at,
        );
        access.drive.items.push(next);
      }
      current = next;
    }
    return current;
  });
  if (parent.kind === 'file')
    return graphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
  const existing = childNamed(access.drive, parent.id, name);
  const failed = checkPreconditions(req, existing);
  if (failed) return failed;
  if (existing && existing.kind !== 'file') {
    return graphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
  }
  if (existing && conflict === 'fail') {
    return graphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
  }
  if (existing && conflict === 'rename') {
    return writeFile(
      deps,
      access,
      parent,
      uniqueName(access.drive, parent.id, name),
      undefined,
      bytes,
    );
  }
  return writeFile(deps, access, parent, name, existing, bytes);
}

function remove(deps: FilesDeps, req: GraphRequest, { access, item }: FoundItem): Reply {
  const ifMatch = req.header('if-match');
  if (ifMatch !== undefined && !tagMatches(ifMatch, item)) return preconditionFailed();
  filesSlice(deps.ctx).update(() => {
    const drive = access.drive;
    drive.items = drive.items.filter((candidate) => !isWithin(drive, candidate, item.id));
  });
  return empty(204);
}

export function deleteByPath(
  deps: FilesDeps,
  req: GraphRequest,
  ref: DriveRef,
  path: string,
): Promise<Reply> {
  return resolveThen(req, { found: itemAtPath(deps, ref, path, 'write') }, ({ found }) =>
    remove(deps, req, found),
  );
}

/** By id: with only the app-folder permission, items outside the app's folder are off limits. */
function itemById(
  deps: FilesDeps,
  ref: DriveRef,
  id: string,
  level: DriveAccessLevel,
): Step<FoundItem> {
  return (req) => {
    const drive = resolveDrive(deps.ctx, req, ref, level);
    if (!drive.ok) return refused(drive.reply);
    const access = drive.access;
    const item = access.drive.items.find((candidate) => candidate.id === id);
    if (!item) return refused(itemNotFound());
    if (access.appFolderOnly) {
      const appRoot = access.drive.items.find(
        (candidate) => candidate.kind === 'folder' && candidate.appId === access.appId,
      );
      if (!appRoot || !isWithin(access.drive, item, appRoot.id)) return refused(accessDenied());
    }
    return resolved({ access, item });
  };
}

export function getItem(
  deps: FilesDeps,
  req: GraphRequest,
  ref: DriveRef,
  id: string,
): Promise<Reply> {
  return resolveThen(req, { found: itemById(deps, ref, id, 'read') }, ({ found }) =>
    itemReply(deps, req, found),
  );
}

export function getItemContent(
  deps: FilesDeps,
  req: GraphRequest,
  ref: DriveRef,
  id: string,
): Promise<Reply> {
  return resolveThen(req, { found: itemById(deps, ref, id, 'read') }, ({ found }) =>
    download(deps, req, found),
  );
}

export function putItemContent(
  deps: FilesDeps,
  req: GraphRequest,
  ref: DriveRef,
  id: string,
): Promise<Reply> {
  return resolveThen(req, { found: itemById(deps, ref, id, 'write') }, async ({ found }) => {
    const { access, item } = found;
    if (item.kind !== 'file') return graphError(400, 'invalidRequest', 'Only files have content.');
    const failed = checkPreconditions(req, item);
    if (failed) return failed;
    // Read only once the item may take it: a folder or a stale tag is refused before the upload.
    return replyFrom(await uploadedBytes(req), (bytes) => {
      const parent = access.drive.items.find((candidate) => candidate.id === item.parentId);
      if (!parent) return itemNotFound();
      return writeFile(deps, access, parent, item.name, item, bytes);
    });
  });
}

export function deleteItem(
  deps: FilesDeps,
  req: GraphRequest,
  ref: DriveRef,
  id: string,
): Promise<Reply> {
  return resolveThen(req, { found: itemById(deps, ref, id, 'write') }, ({ found }) => {
    if (found.item.kind === 'root') {
      return graphError(403, 'accessDenied', 'The root of a drive cannot be deleted.');
    }
    return remove(deps, req, found);
  });
}
