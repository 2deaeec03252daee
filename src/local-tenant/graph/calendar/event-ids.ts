import { randomBytes } from 'node:crypto';

/**
 * Outlook item ids are opaque URL-safe base64 (`AAMkAG…=`); an occurrence id names its series and
 * the occurrence's original date, so it is stable without being stored. A string that does not
 * decode is `ErrorInvalidIdMalformed`; one that decodes to nothing is `ErrorItemNotFound`.
 */
const PREFIX = Buffer.from([0x00, 0x03, 0x24, 0x00]);

export type EventIdParts =
  | { kind: 'event'; ownerId: string; key: string }
  | { kind: 'occurrence'; ownerId: string; key: string; originalDate: string };

function encode(payload: string): string {
  return Buffer.concat([PREFIX, Buffer.from(payload, 'utf8')])
    .toString('base64')
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

export function eventId(ownerId: string, key: string): string {
  return encode(`E|${ownerId}|${key}`);
}

/** `originalDate` is the occurrence's original local date, `YYYY-MM-DD`. */
export function occurrenceId(ownerId: string, key: string, originalDate: string): string {
  return encode(`O|${ownerId}|${key}|${originalDate.replace(/-/g, '')}`);
}

export function parseEventId(id: string): EventIdParts | undefined {
  if (!/^[A-Za-z0-9+/_=-]+$/.test(id)) return undefined;
  const bytes = Buffer.from(id.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (bytes.length <= PREFIX.length || !bytes.subarray(0, PREFIX.length).equals(PREFIX)) {
    return undefined;
  }
  const payload = bytes.subarray(PREFIX.length).toString('utf8');
  const single = /^E\|([0-9a-f-]{36})\|([0-9a-f-]{36})$/.exec(payload);
  if (single?.[1] && single[2]) return { kind: 'event', ownerId: single[1], key: single[2] };
  const occurrence = /^O\|([0-9a-f-]{36})\|([0-9a-f-]{36})\|(\d{4})(\d{2})(\d{2})$/.exec(payload);
  if (occurrence?.[1] && occurrence[2]) {
    const [, ownerId, key, year, month, day] = occurrence;
    return {
      kind: 'occurrence',
      ownerId,
      key,
      originalDate: `${year ?? ''}-${month ?? ''}-${day ?? ''}`,
    };
  }
  return undefined;
}

const GOID_CLASS = '040000008200E00074C5B7101A82E008';

/**
 * A GlobalObjectId in hex, as Exchange exposes it for iCalUId. Bytes 16-19 carry the date of an
 * instance and are zero on the series, which is why occurrences have their own iCalUId.
 */
export function newICalUId(key: string, createdMs: number): string {
  const fileTime = (BigInt(createdMs) + 11644473600000n) * 10000n;
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64LE(fileTime);
  const uid = key.replace(/-/g, '').toUpperCase();
  return `${GOID_CLASS}00000000${bytes.toString('hex').toUpperCase()}000000000000000010000000${uid}`;
}

export function instanceICalUId(seriesUid: string, originalDate: string): string {
  const [year = '0', month = '0', day = '0'] = originalDate.split('-');
  const hex = (value: string, width: number): string =>
    Number(value).toString(16).toUpperCase().padStart(width, '0');
  const date = `${hex(year, 4)}${hex(month, 2)}${hex(day, 2)}`;
  return `${seriesUid.slice(0, 32)}${date}${seriesUid.slice(40)}`;
}

export function newChangeKey(): string {
  return randomBytes(22).toString('base64');
}

export function etagOf(changeKey: string): string {
  return `W/"${changeKey}"`;
}
