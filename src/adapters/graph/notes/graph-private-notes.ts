import { z } from 'zod/mini';
import type { PrivateNote, PrivateNotes } from '../../../app/ports';
import { isPortError, isValidNoteKey, noteFilePath, PortError } from '../../../app/ports';
import { segment, unreadableResponse, type GraphClient } from '../client';
import { SCOPES } from '../shared/scopes';

const driveItem = z.object({
  id: z.string().check(z.minLength(1)),
  eTag: z.string().check(z.minLength(1)),
});
const downloadableItem = z.extend(driveItem, {
  '@microsoft.graph.downloadUrl': z.string().check(z.minLength(1)),
});
const noteFile = z.object({ text: z.string() });

/** The stored file: versioned JSON, so the format can grow without breaking old notes. */
export function encodeNote(text: string): string {
  return JSON.stringify({ version: 1, text });
}

/** Reads a note file, repairing what a person may have edited by hand: plain text is the note. */
export function decodeNote(content: string): string {
  try {
    const parsed = noteFile.safeParse(JSON.parse(content));
    return parsed.success ? parsed.data.text : content;
  } catch {
    return content;
  }
}

function invalidKey(): PortError {
  return new PortError(
    'invalid',
    'This note cannot be saved under that name. Use letters, digits, dots, dashes or underscores.',
  );
}

/**
 * Private preparation notes as files in the manager's OneDrive app folder
 * (`/me/drive/special/approot:/prep/<key>.json`), readable only with the manager's own sign-in.
 * Writes are conditional: with an etag via If-Match (412 becomes `conflict`), without one via
 * conflictBehavior=fail (an existing note is never overwritten blindly).
 */
export class GraphPrivateNotes implements PrivateNotes {
  constructor(private readonly graph: GraphClient) {}

  async read(key: string): Promise<PrivateNote | undefined> {
    if (!isValidNoteKey(key)) throw invalidKey();
    const path = this.itemPath(key);
    let item: z.infer<typeof downloadableItem>;
    try {
      // Metadata before content: should the note change in between, the older etag makes the
      // next write fail as a conflict instead of overwriting a version nobody read.
      item = await this.graph.json(
        {
          method: 'GET',
          path,
          query: { $select: 'id,eTag,@microsoft.graph.downloadUrl' },
          scopes: SCOPES.appFolder,
        },
        downloadableItem,
      );
    } catch (error) {
      if (isPortError(error, 'not-found')) return undefined;
      throw error;
    }
    // Not GET …/content: its 302 to SharePoint cannot be followed from a browser (CORS), so
    // JavaScript apps download from the short-lived pre-authenticated URL instead
    // (https://learn.microsoft.com/graph/api/driveitem-get-content).
    const raw = await this.graph.download(item['@microsoft.graph.downloadUrl']);
    return { text: decodeNote(raw), etag: item.eTag };
  }

  async write(key: string, text: string, etag?: string): Promise<PrivateNote> {
    if (!isValidNoteKey(key)) throw invalidKey();
    const path = `${this.itemPath(key)}:/content`;
    try {
      const result = await this.graph.send({
        method: 'PUT',
        path,
        headers: {
          'Content-Type': 'application/json',
          ...(etag === undefined ? {} : { 'If-Match': etag }),
        },
        ...(etag === undefined ? { query: { '@microsoft.graph.conflictBehavior': 'fail' } } : {}),
        body: encodeNote(text),
        scopes: SCOPES.appFolder,
      });
      const item = driveItem.safeParse(result.body);
      if (!item.success) throw unreadableResponse({ method: 'PUT', path }, item.error.message);
      return { text, etag: item.data.eTag };
    } catch (error) {
      // The note was deleted since it was read: the write must not silently recreate it.
      if (etag !== undefined && isPortError(error, 'not-found')) {
        throw new PortError('conflict', 'This note was deleted elsewhere since you opened it.', {
          cause: error,
        });
      }
      throw error;
    }
  }

  private itemPath(key: string): string {
    return `/me/drive/special/approot:/${noteFilePath(segment(key))}`;
  }
}

export function createGraphPrivateNotes(graph: GraphClient): PrivateNotes {
  return new GraphPrivateNotes(graph);
}
