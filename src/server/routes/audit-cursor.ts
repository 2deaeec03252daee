import { z } from 'zod';
import type { AuditEntry, AuditPosition, AuditQuery } from '../../app/ports';
import { IsoInstant } from '../../app/api-schemas/common';
import { parseWith } from '../http/validate';

/**
 * Where each list of a person's trail stands after a page: the last entry shown, or null once the
 * list has ended. The client gets it as an opaque string and hands it back for the next page.
 */
export interface TrailCursor {
  aboutYou: AuditPosition | null;
  byYou: AuditPosition | null;
}

const Position = z.object({ at: IsoInstant, id: z.string().min(1).max(128) }).nullable();
const CursorQuery = z.object({ cursor: z.object({ aboutYou: Position, byYou: Position }) });

export function encodeCursor(cursor: TrailCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** A cursor the API wrote; anything else is a 400 naming `query.cursor`. */
export function decodeCursor(text: string): TrailCursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
  } catch {
    value = undefined;
  }
  return parseWith('query', CursorQuery, { cursor: value }).cursor;
}

export interface TrailPage {
  entries: AuditEntry[];
  next: AuditPosition | null;
}

/**
 * One page of one list, starting after `from` (from the newest when undefined; nothing once the
 * list has ended). One entry more than the page is asked for, to know whether there is more.
 */
export async function readPage(
  from: AuditPosition | null | undefined,
  limit: number,
  list: (query: AuditQuery) => Promise<AuditEntry[]>,
): Promise<TrailPage> {
  if (from === null) return { entries: [], next: null };
  const found = await list({ limit: limit + 1, ...(from === undefined ? {} : { after: from }) });
  const entries = found.slice(0, limit);
  const last = entries.at(-1);
  const next = found.length > limit && last?.id !== undefined ? { at: last.at, id: last.id } : null;
  return { entries, next };
}
