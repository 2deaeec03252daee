import type { LocalTenant } from '../../../../src/local-tenant';
import { GRAPH_SCOPES, graph, spaSignIn, startTenant } from '../helpers';

/** A fixed winter Monday, so seeded series and DST cases are deterministic. */
export const NOW = '2025-03-10T08:00:00Z';

export const AT = (user: string): string => `${user}@contoso-demo.example`;
export const PRIYA = AT('priya.raman');
export const LIAM = AT('liam.oconnor');
export const YUKI = AT('yuki.nakamura');
export const AMARA = AT('amara.okafor');

export async function startCalendarTenant(seed: 'demo' | 'empty' = 'demo'): Promise<LocalTenant> {
  // The clock keeps running from NOW: tokens stay valid and "now" moves only by test time.
  return startTenant({ now: NOW, seed });
}

const tokens = new WeakMap<LocalTenant, Map<string, string>>();

export async function tokenFor(
  tenant: LocalTenant,
  upn: string,
  scope = GRAPH_SCOPES,
): Promise<string> {
  const cache = tokens.get(tenant) ?? new Map<string, string>();
  tokens.set(tenant, cache);
  const key = `${upn} ${scope}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const token = (await spaSignIn(tenant, upn, scope)).access_token;
  cache.set(key, token);
  return token;
}

export interface CallResult {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/** A Graph call with a JSON body, as the product's client sends it. */
export async function call(
  tenant: LocalTenant,
  token: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<CallResult> {
  return graph(tenant, token, path, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

export function userId(tenant: LocalTenant, upn: string): string {
  const user = tenant.state.state.users.find((u) => u.userPrincipalName === upn);
  if (!user) throw new Error(`no user ${upn}`);
  return user.id;
}

export interface GraphEvent {
  id: string;
  subject: string;
  type: string;
  iCalUId: string;
  seriesMasterId: string | null;
  isCancelled: boolean;
  isOrganizer: boolean;
  showAs: string;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  responseStatus: { response: string; time: string };
  organizer: { emailAddress: { name: string; address: string } };
  attendees: { type: string; status: { response: string }; emailAddress: { address: string } }[];
  originalStart?: string;
  [key: string]: unknown;
}

export function valuesOf(body: Record<string, unknown>): GraphEvent[] {
  return body.value as GraphEvent[];
}

export function asEvent(body: Record<string, unknown>): GraphEvent {
  return body as unknown as GraphEvent;
}

/** A one-hour meeting body in Graph's create-event shape. */
export function meeting(
  subject: string,
  start: string,
  end: string,
  attendees: string[] = [],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    subject,
    body: { contentType: 'HTML', content: `<p>${subject}</p>` },
    start: { dateTime: start, timeZone: 'UTC' },
    end: { dateTime: end, timeZone: 'UTC' },
    attendees: attendees.map((address) => ({
      emailAddress: { address, name: address },
      type: 'required',
    })),
    ...extra,
  };
}

/** All pages of a collection, following @odata.nextLink. */
export async function allPages(
  tenant: LocalTenant,
  token: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<GraphEvent[]> {
  const items: GraphEvent[] = [];
  let next: string | undefined = path;
  while (next) {
    const relative: string = next.startsWith('http') ? next.slice(tenant.graphUrl.length) : next;
    const page = await call(tenant, token, 'GET', relative, undefined, headers);
    if (page.status !== 200) throw new Error(JSON.stringify(page.body));
    items.push(...valuesOf(page.body));
    next = page.body['@odata.nextLink'] as string | undefined;
  }
  return items;
}
