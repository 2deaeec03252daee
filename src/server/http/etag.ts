import { problem, ProblemError } from './problem';

/**
 * HTTP entity tags wrap the store's version tag (SharePoint's `"{guid},3"`, or the memory store's
 * counter) in base64url, so any store value becomes a valid, opaque, strong ETag.
 */
export function toHttpEtag(storeEtag: string): string {
  return `"${Buffer.from(storeEtag, 'utf8').toString('base64url')}"`;
}

/**
 * A record with its `etag` field as the HTTP ETag: what a client sends back in `If-Match`. Items
 * in lists carry it in the body because they have no header of their own (docs/api.md).
 */
export function withHttpEtag<T extends object>(value: T, storeEtag: string): T & { etag: string } {
  return { ...value, etag: toHttpEtag(storeEtag) };
}

const STRONG = /^"([A-Za-z0-9_-]*)"$/;

/**
 * The store version a write is conditional on, from `If-Match`. Without one the write is refused
 * with 428: the API never overwrites blindly. A value that is not one of our ETags cannot match
 * anything, so it fails as stale (412), the same answer a changed item gets.
 */
export function requireIfMatch(header: string | undefined): string {
  const value = header?.trim();
  if (value === undefined || value === '') {
    throw new ProblemError(
      problem(
        'precondition-required',
        428,
        'Send the ETag you read in an If-Match header, so a change someone else made in between is not overwritten.',
      ),
    );
  }
  if (value === '*') {
    throw new ProblemError(
      problem(
        'precondition-required',
        428,
        'If-Match: * is not enough here: send the ETag of the version you changed.',
      ),
    );
  }
  const match = STRONG.exec(value);
  if (!match?.[1]) throw staleVersion();
  return Buffer.from(match[1], 'base64url').toString('utf8');
}

export function staleVersion(): ProblemError {
  return new ProblemError(
    problem(
      'precondition-failed',
      412,
      'Someone changed this since you loaded it. Reload to see their change, then apply yours again.',
    ),
  );
}
