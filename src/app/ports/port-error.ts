/**
 * Every port fails with a PortError, whatever technology sits behind it, so use cases and screens
 * handle "conflict" or "throttled" once instead of knowing Graph's status codes.
 */
export type PortErrorKind =
  /** The item changed since it was read (HTTP 412): reload and reapply, never overwrite. */
  | 'conflict'
  /** A conditional write was attempted without a version (HTTP 428). */
  | 'precondition-required'
  | 'not-found'
  /** The caller may not do this. */
  | 'forbidden'
  /** The caller is not signed in or the token expired. */
  | 'unauthenticated'
  /** Rate limited and retries ran out. */
  | 'throttled'
  /** The service could not be reached or failed (5xx, network). */
  | 'unavailable'
  /** The request was rejected as invalid (HTTP 400). */
  | 'invalid';

export class PortError extends Error {
  override readonly name = 'PortError';

  constructor(
    readonly kind: PortErrorKind,
    /** Safe to show to the user. */
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isPortError(error: unknown, kind?: PortErrorKind): error is PortError {
  return error instanceof PortError && (kind === undefined || error.kind === kind);
}
