import { z } from 'zod/mini';
import { PortError, type PortErrorKind } from '../../../app/ports';
import { definedOnly } from '../../../domain';

const graphErrorBody = z.object({
  error: z.object({
    code: z.catch(z.string(), 'unknown'),
    message: z.catch(z.string(), ''),
    innerError: z.catch(
      z.optional(
        z.partial(
          z.object({
            'request-id': z.exactOptional(z.string()),
            date: z.exactOptional(z.string()),
          }),
        ),
      ),
      undefined,
    ),
  }),
});

/** Graph's own account of a failed request, kept as a PortError's cause for logs and support. */
export class GraphRequestError extends Error {
  override readonly name = 'GraphRequestError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly request: { method: string; path: string },
    readonly requestId?: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

const USER_MESSAGES: Record<PortErrorKind, string> = {
  conflict:
    'This was changed somewhere else since you opened it. Reload to see the latest version, then make your change again.',
  'precondition-required':
    'This change needs the version you last loaded. Reload, then make your change again.',
  'not-found': 'Microsoft 365 could not find this item. It may have been deleted or moved.',
  forbidden:
    'You do not have permission to do this in Microsoft 365. Ask your administrator if you think you should.',
  unauthenticated: 'Your sign-in has expired. Sign in again to continue.',
  throttled: 'Microsoft 365 is busy right now. Wait a minute, then try again.',
  unavailable: 'Microsoft 365 could not be reached. Check your connection, then try again.',
  invalid: 'Microsoft 365 did not accept this request. Check the details, then try again.',
};

/** Error codes whose meaning is sharper than their HTTP status. */
const KIND_BY_CODE: Readonly<Record<string, PortErrorKind>> = {
  nameAlreadyExists: 'conflict',
  ErrorDuplicateTransactionId: 'conflict',
  ErrorIrresolvableConflict: 'conflict',
  ErrorItemNotFound: 'not-found',
  // An id Exchange cannot even decode names nothing that could be found.
  ErrorInvalidIdMalformed: 'not-found',
  itemNotFound: 'not-found',
  ErrorAccessDenied: 'forbidden',
  accessDenied: 'forbidden',
  InvalidAuthenticationToken: 'unauthenticated',
};

export function kindForStatus(status: number, code?: string): PortErrorKind {
  const byCode = code === undefined ? undefined : KIND_BY_CODE[code];
  if (byCode) return byCode;
  if (status === 412 || status === 409) return 'conflict';
  if (status === 428) return 'precondition-required';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 403) return 'forbidden';
  if (status === 401) return 'unauthenticated';
  if (status === 429) return 'throttled';
  if (status >= 500 || status === 408) return 'unavailable';
  return 'invalid';
}

export function userMessage(kind: PortErrorKind): string {
  return USER_MESSAGES[kind];
}

/** Reads Graph's `{ error: { code, message } }`, tolerating any other shape. */
export function readGraphError(body: unknown): {
  code: string;
  message: string;
  requestId?: string;
} {
  const parsed = graphErrorBody.safeParse(body);
  if (!parsed.success) return { code: 'unknown', message: typeof body === 'string' ? body : '' };
  const { code, message, innerError } = parsed.data.error;
  return { code, message, ...definedOnly({ requestId: innerError?.['request-id'] }) };
}

export function portErrorFromResponse(
  status: number,
  body: unknown,
  request: { method: string; path: string },
  retryAfterMs?: number,
): PortError {
  const graph = readGraphError(body);
  const kind = kindForStatus(status, graph.code);
  const cause = new GraphRequestError(
    status,
    graph.code,
    graph.message,
    request,
    graph.requestId,
    retryAfterMs,
  );
  return new PortError(kind, userMessage(kind), { cause });
}

export function portErrorFromFailure(kind: PortErrorKind, cause: unknown): PortError {
  if (cause instanceof PortError) return cause;
  return new PortError(kind, userMessage(kind), { cause });
}

/** A response that arrived but could not be understood: Graph (or a proxy) misbehaved. */
export function portErrorFromBadResponse(request: { method: string; path: string }, issue: string) {
  const cause = new GraphRequestError(0, 'unreadableResponse', issue, request);
  return new PortError('unavailable', userMessage('unavailable'), { cause });
}
