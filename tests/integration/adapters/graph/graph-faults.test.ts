import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { LocalTenant } from '../../../../src/local-tenant';
import { odataString } from '../../../../src/adapters/graph/client';
import { GraphCalendar } from '../../../../src/adapters/graph/calendar/graph-calendar';
import { GraphDirectory } from '../../../../src/adapters/graph/directory/graph-directory';
import { GraphMailer } from '../../../../src/adapters/graph/mail/graph-mailer';
import { GraphPrivateNotes } from '../../../../src/adapters/graph/notes/graph-private-notes';
import { isPortError } from '../../../../src/app/ports';
import { expectPortError, uniqueKey } from '../../ports/contract-helpers';
import {
  clearFaults,
  setFaults,
  signInGraph,
  startDemoTenant,
  upnOf,
  userIdOf,
  type SignedInGraph,
} from '../../ports/graph-harness';

function urlOf(input: RequestInfo | URL): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

/** A fetch that lets the request reach the tenant, then loses the answer once (a dropped reply). */
function losingFirstAnswer(matches: (url: string, method: string) => boolean) {
  let lost = 0;
  const wrapped = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await fetch(input, init);
    const url = urlOf(input);
    if (lost === 0 && matches(url, init?.method ?? 'GET')) {
      lost += 1;
      await response.body?.cancel();
      throw new TypeError('fetch failed: socket hang up');
    }
    return response;
  };
  return { fetch: wrapped, lost: () => lost };
}

describe('Graph client and adapters under faults (local tenant)', () => {
  let tenant: LocalTenant;
  let priya: SignedInGraph;
  let liam: SignedInGraph;

  const inboxCount = async (subject: string) =>
    (
      await liam.client.json(
        {
          method: 'GET',
          path: '/me/mailFolders/inbox/messages',
          query: { $filter: `subject eq ${odataString(subject)}`, $select: 'id' },
          scopes: ['Mail.ReadWrite'],
        },
        z.object({ value: z.array(z.unknown()) }),
      )
    ).value.length;
  const mail = (subject: string) => ({
    to: [{ email: upnOf('liam.oconnor'), name: "Liam O'Connor" }],
    subject,
    html: '<p>Summary of our development contract.</p>',
    idempotencyKey: uniqueKey('mail'),
  });

  beforeAll(async () => {
    tenant = await startDemoTenant();
    priya = await signInGraph(tenant, 'priya.raman');
    liam = await signInGraph(tenant, 'liam.oconnor');
  });
  afterEach(async () => {
    await clearFaults(tenant);
    priya.waits.length = 0;
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('waits out the Retry-After of a throttled request, then succeeds', async () => {
    const liamId = userIdOf(tenant, 'liam.oconnor');
    await setFaults(tenant, {
      throttle: { percent: 100, retryAfterSeconds: 4, pathPattern: '/v1.0/users/*', remaining: 2 },
    });
    const person = await new GraphDirectory(priya.client, { othersTimeZones: 'none' }).person(
      liamId,
    );
    expect(person.id).toBe(liamId);
    expect(priya.waits).toEqual([4000, 4000]);
  });

  it('reports "throttled" once the retries run out, after honouring each Retry-After', async () => {
    await setFaults(tenant, {
      throttle: { percent: 100, retryAfterSeconds: 2, pathPattern: '/v1.0/users/*' },
    });
    const directory = new GraphDirectory(priya.client, { othersTimeZones: 'none' });
    await expectPortError(directory.person(userIdOf(tenant, 'liam.oconnor')), 'throttled');
    // A throttled read is retried up to six times (retry-policy.ts: maxThrottledRetries), each
    // after the Retry-After Graph asked for, before the port reports it.
    expect(priya.waits).toEqual([2000, 2000, 2000, 2000, 2000, 2000]);
  });

  it('retries a 429 inside a $batch: only the throttled request, after its Retry-After', async () => {
    const batches: string[][] = [];
    const spying = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (typeof init?.body === 'string' && urlOf(input).endsWith('/$batch')) {
        const { requests } = JSON.parse(init.body) as { requests: { id: string }[] };
        batches.push(requests.map((r) => r.id));
      }
      return fetch(input, init);
    }) as typeof fetch;
    const spied = await signInGraph(tenant, 'priya.raman', { fetch: spying });
    await setFaults(tenant, {
      throttle: {
        percent: 100,
        retryAfterSeconds: 3,
        pathPattern: '/v1.0/me/mailboxSettings',
        remaining: 1,
      },
    });
    const me = await new GraphDirectory(spied.client).me();
    expect(me.timeZone).toBeDefined();
    expect(spied.waits).toEqual([3000]);
    expect(batches).toEqual([['me', 'settings'], ['settings']]);
  });

  it('mails exactly once when the first /send loses its connection and the send is retried', async () => {
    await setFaults(tenant, {
      drops: [{ pathPattern: '/v1.0/me/messages/*/send', method: 'POST', remaining: 1 }],
    });
    const mailer = new GraphMailer(priya.client);
    const message = mail(`Dropped send ${uniqueKey('s')}`);
    const first = await mailer.send(message).catch((error: unknown) => error);
    expect(isPortError(first, 'unavailable')).toBe(true);
    expect(await inboxCount(message.subject)).toBe(0);
    const sent = await mailer.send(message);
    expect(sent.id).not.toBe('');
    await mailer.send(message);
    expect(await inboxCount(message.subject)).toBe(1);
  });

  it('mails exactly once when /send fails with 503 and the client retries it', async () => {
    await setFaults(tenant, {
      errors: [
        { pathPattern: '/v1.0/me/messages/*/send', method: 'POST', status: 503, remaining: 1 },
      ],
    });
    const message = mail(`Unavailable send ${uniqueKey('s')}`);
    await new GraphMailer(priya.client).send(message);
    expect(priya.waits).toEqual([1000]);
    expect(await inboxCount(message.subject)).toBe(1);
  });

  it('mails exactly once when /send went through but its answer was lost', async () => {
    const losing = losingFirstAnswer((url, method) => method === 'POST' && url.endsWith('/send'));
    const flaky = await signInGraph(tenant, 'priya.raman', { fetch: losing.fetch });
    const mailer = new GraphMailer(flaky.client);
    const message = mail(`Lost answer ${uniqueKey('s')}`);
    await expectPortError(mailer.send(message), 'unavailable');
    expect(losing.lost()).toBe(1);
    await mailer.send(message);
    expect(await inboxCount(message.subject)).toBe(1);
  });

  it('books once when the answer to an event create is lost and the client retries it', async () => {
    const losing = losingFirstAnswer(
      (url, method) => method === 'POST' && url.endsWith('/me/events'),
    );
    const flaky = await signInGraph(tenant, 'priya.raman', { fetch: losing.fetch });
    const calendar = new GraphCalendar(flaky.client);
    const title = `Career conversation ${uniqueKey('t')}`;
    const start = new Date(tenant.clock.now().getTime() + 40 * 86_400_000);
    start.setUTCHours(9, 0, 0, 0);
    const end = new Date(start.getTime() + 3_600_000);
    const event = await calendar.createEvent({
      title,
      start: start.toISOString().slice(0, 19) + 'Z',
      end: end.toISOString().slice(0, 19) + 'Z',
      timeZone: 'Europe/London',
      attendees: [{ email: upnOf('liam.oconnor'), name: "Liam O'Connor" }],
      bodyHtml: '<p>Career conversation</p>',
      onlineMeeting: true,
      idempotencyKey: uniqueKey('event'),
    });
    expect(losing.lost()).toBe(1);
    const day = {
      start: new Date(start.getTime() - 3_600_000).toISOString(),
      end: new Date(end.getTime() + 3_600_000).toISOString(),
    };
    const listed = (await calendar.eventsBetween(day, 'UTC')).filter((e) => e.title === title);
    expect(listed.map((e) => e.id)).toEqual([event.id]);
  });

  it('refuses a note write from a stale tab with "conflict" and keeps the newer text', async () => {
    const key = uniqueKey('prep');
    const tab = new GraphPrivateNotes(priya.client);
    const outlook = new GraphPrivateNotes((await signInGraph(tenant, 'priya.raman')).client);
    await tab.write(key, 'Ask Liam what is in the way of the Staff promotion.');
    const readInTab = await tab.read(key);
    const readInOutlook = await outlook.read(key);
    if (!readInTab || !readInOutlook) throw new Error('the note was written');
    const saved = await outlook.write(key, 'Also: who could sponsor him?', readInOutlook.etag);
    await expectPortError(tab.write(key, 'Overwritten?', readInTab.etag), 'conflict');
    expect(await tab.read(key)).toEqual({ text: 'Also: who could sponsor him?', etag: saved.etag });
  });
});
