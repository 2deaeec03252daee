import type { z } from 'zod';
import { PortError, type PortErrorKind } from '../../app/ports/port-error';
import { TeamOverviewResponse } from '../../app/api-schemas/team';
import type { TeamOverview, TimeZoneId } from '../../domain';

/** The domain's overview plus what the API could not include. */
export type TeamOverviewResult = TeamOverview & { truncated: number; hidden: number };

export interface CareerApiClientOptions {
  /** e.g. `https://app.contoso.com/api`; paths are appended to it. */
  baseUrl: string;
  /** A token for the API's `access_as_user` scope; asked for on every request (MSAL caches). */
  getAccessToken: () => Promise<string>;
  fetch?: typeof fetch;
}

export interface CareerApiClient {
  /** Everything the manager's overview needs, read in the manager's zone. */
  team(zone: TimeZoneId): Promise<TeamOverviewResult>;
}

/** What the API said, as far as it is safe to show: its `detail` for 403/404/422 explains. */
interface Problem {
  status: number;
  detail?: string;
}

const MESSAGES: Record<PortErrorKind, string> = {
  unauthenticated: 'Your sign-in has expired. Sign out and sign in again.',
  forbidden: 'You do not have access to this.',
  'not-found': 'Nothing was found there.',
  conflict: 'Someone changed this since you opened it. Reload and apply your change again.',
  'precondition-required': 'This change needs the version you read. Reload and try again.',
  throttled: 'The career service is busy. Wait a minute and try again.',
  unavailable: 'The career service cannot be reached right now. Try again in a moment.',
  invalid: 'The request was not accepted. Reload the app and try again.',
};

function kindOf(status: number): PortErrorKind {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 412) return 'conflict';
  if (status === 428) return 'precondition-required';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'unavailable';
  return 'invalid';
}

async function readProblem(response: Response): Promise<Problem> {
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null && 'detail' in body) {
      const { detail } = body;
      if (typeof detail === 'string') return { status: response.status, detail };
    }
  } catch {
    // A non-JSON error body (a proxy's HTML page) says nothing we can show.
  }
  return { status: response.status };
}

/** Only statuses whose detail is written for the caller; 5xx details are never shown. */
function messageFor(problem: Problem, kind: PortErrorKind): string {
  const explains = problem.status === 403 || problem.status === 422;
  return explains && problem.detail ? problem.detail : MESSAGES[kind];
}

export function createCareerApiClient(options: CareerApiClientOptions): CareerApiClient {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const base = options.baseUrl.replace(/\/+$/, '');

  async function getJson<S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S>> {
    let token: string;
    try {
      token = await options.getAccessToken();
    } catch (error) {
      throw new PortError('unauthenticated', MESSAGES.unauthenticated, { cause: error });
    }
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      });
    } catch (error) {
      throw new PortError('unavailable', MESSAGES.unavailable, { cause: error });
    }
    if (!response.ok) {
      const problem = await readProblem(response);
      const kind = kindOf(response.status);
      throw new PortError(kind, messageFor(problem, kind), { cause: problem });
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      throw new PortError('unavailable', 'The career service sent an answer that is not JSON.', {
        cause: error,
      });
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new PortError(
        'unavailable',
        'The career service sent an answer this app does not understand. Reload the app; if it persists, tell your administrator.',
        { cause: parsed.error },
      );
    }
    return parsed.data;
  }

  return {
    // The declared return type is the compile-time proof that the schema yields the domain's shape.
    team: (zone): Promise<TeamOverviewResult> =>
      getJson(`/team?tz=${encodeURIComponent(zone)}`, TeamOverviewResponse),
  };
}
