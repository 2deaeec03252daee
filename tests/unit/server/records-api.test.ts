import { describe, expect, it } from 'vitest';
import { TRIGGER_IDS } from '../../../src/domain';
import { createHarness, firstContractBody, MANAGER, OTHER_MANAGER, REPORT } from './harness';

const conversationsPath = `/api/people/${REPORT}/conversations`;
const triggersPath = `/api/people/${REPORT}/triggers`;

describe('conversation records', () => {
  it('creates, reads and updates the shared record with ETags', async () => {
    const h = createHarness();
    const created = await h.call(MANAGER, 'POST', conversationsPath, {
      body: {
        kind: 'full',
        event: {
          eventId: 'ev-1',
          title: 'Career conversation',
          start: '2026-04-20T09:00:00Z',
          end: '2026-04-20T10:00:00Z',
        },
      },
    });
    expect(created.status, created.text).toBe(201);
    const id = String(created.json.id);
    expect(created.headers.get('location')).toBe(`/api/conversations/${id}`);
    const etag = created.headers.get('etag') ?? '';

    const updated = await h.call(MANAGER, 'PATCH', `/api/conversations/${id}`, {
      body: {
        state: 'held',
        confirmHeldEarly: true,
        phasesReached: ['where-now', 'where-to-go'],
        sharedNotes: 'Agreed.',
      },
      ifMatch: etag,
    });
    expect(updated.status, updated.text).toBe(200);
    expect(updated.json.state).toBe('held');
    expect(updated.json.heldAt).toBe('2026-04-15T09:00:00Z');

    const seenByReport = await h.call(REPORT, 'GET', `/api/conversations/${id}`);
    expect(seenByReport.status).toBe(200);
    expect(seenByReport.json.sharedNotes).toBe('Agreed.');
    const reportWrites = await h.call(REPORT, 'PATCH', `/api/conversations/${id}`, {
      body: { sharedNotes: 'Mine' },
      ifMatch: updated.headers.get('etag') ?? '',
    });
    expect(reportWrites.status).toBe(403);
  });

  it('records the queued reflection prompt and hand ticks on the shared record', async () => {
    const h = createHarness();
    const created = await h.call(MANAGER, 'POST', conversationsPath, { body: { kind: 'full' } });
    const prompt = {
      channel: 'mail',
      deliverAt: '2026-04-17T08:00:00Z',
      queuedAt: '2026-04-15T09:00:00Z',
    };
    const updated = await h.call(
      MANAGER,
      'PATCH',
      `/api/conversations/${String(created.json.id)}`,
      {
        body: { prompt, manualTicks: ['cleared-head', 'cleared-head'] },
        ifMatch: created.headers.get('etag') ?? '',
      },
    );
    expect(updated.status, updated.text).toBe(200);
    expect(updated.json.prompt).toEqual(prompt);
    expect(updated.json.manualTicks).toEqual(['cleared-head']);

    const partial = await h.call(
      MANAGER,
      'PATCH',
      `/api/conversations/${String(created.json.id)}`,
      {
        body: { prompt: { channel: 'mail' } },
        ifMatch: updated.headers.get('etag') ?? '',
      },
    );
    expect(partial.status).toBe(400);
  });

  it('requires a trigger for ad hoc conversations and refuses one elsewhere', async () => {
    const h = createHarness();
    const missing = await h.call(MANAGER, 'POST', conversationsPath, { body: { kind: 'ad-hoc' } });
    expect(missing.status).toBe(400);
    expect(missing.json.errors).toContainEqual(expect.objectContaining({ path: 'body.trigger' }));
    const extra = await h.call(MANAGER, 'POST', conversationsPath, {
      body: { kind: 'full', trigger: 'major-milestone' },
    });
    expect(extra.status).toBe(400);
  });

  it('hides a record from a stranger as not found', async () => {
    const h = createHarness();
    const created = await h.call(MANAGER, 'POST', conversationsPath, {
      body: { kind: 'informal' },
    });
    const probe = await h.call(
      OTHER_MANAGER,
      'GET',
      `/api/conversations/${String(created.json.id)}`,
    );
    expect(probe.status).toBe(404);
    const missing = await h.call(OTHER_MANAGER, 'GET', '/api/conversations/does-not-exist');
    expect(missing.status).toBe(404);
    expect(probe.json.detail).toBe(missing.json.detail);
  });
});

describe('triggers', () => {
  it('logs one of the six categories and refuses any free text', async () => {
    const h = createHarness();
    for (const trigger of TRIGGER_IDS) {
      const logged = await h.call(MANAGER, 'POST', triggersPath, { body: { trigger } });
      expect(logged.status, logged.text).toBe(201);
    }
    const withText = await h.call(MANAGER, 'POST', triggersPath, {
      body: { trigger: 'drop-in-engagement', note: 'seemed quiet' },
    });
    expect(withText.status).toBe(400);
    const unknown = await h.call(MANAGER, 'POST', triggersPath, {
      body: { trigger: 'flight-risk' },
    });
    expect(unknown.status).toBe(400);
    const list = await h.call(REPORT, 'GET', triggersPath);
    expect((list.json.items as unknown[]).length).toBe(TRIGGER_IDS.length);
  });

  it('closes a trigger when the ad hoc conversation for it is held', async () => {
    const h = createHarness();
    await h.call(MANAGER, 'POST', triggersPath, { body: { trigger: 'major-milestone' } });
    const held = await h.call(MANAGER, 'POST', conversationsPath, {
      body: { kind: 'ad-hoc', trigger: 'major-milestone', state: 'held' },
    });
    expect(held.status).toBe(201);
    const list = await h.call(MANAGER, 'GET', triggersPath);
    const [log] = list.json.items as { closedByConversationId?: string }[];
    expect(log?.closedByConversationId).toBe(held.json.id);
  });

  it('closes only the triggers the caller may close: never the previous manager’s', async () => {
    const h = createHarness();
    const earlier = await h.call(MANAGER, 'POST', triggersPath, {
      body: { trigger: 'major-milestone' },
    });
    expect(earlier.status).toBe(201);
    h.clock.advance({ hours: 48 });
    h.directory.setManager(REPORT, OTHER_MANAGER);
    // The report shares their history: it can be read, but it stays as it was.
    const shared = await h.call(REPORT, 'POST', '/api/me/consents', {
      body: { managerId: OTHER_MANAGER },
    });
    expect(shared.status, shared.text).toBe(201);
    h.clock.advance({ minutes: 1 });
    const own = await h.call(OTHER_MANAGER, 'POST', triggersPath, {
      body: { trigger: 'major-milestone' },
    });
    expect(own.status).toBe(201);
    h.clock.advance({ minutes: 1 });
    const held = await h.call(OTHER_MANAGER, 'POST', conversationsPath, {
      body: { kind: 'ad-hoc', trigger: 'major-milestone', state: 'held' },
    });
    expect(held.status, held.text).toBe(201);

    const logs = await h.triggers.listForReport(REPORT);
    const byId = new Map(logs.map(({ value }) => [value.id, value]));
    expect(byId.get(String(earlier.json.id))?.closedAt).toBeUndefined();
    expect(byId.get(String(own.json.id))?.closedByConversationId).toBe(held.json.id);
  });

  it('closes a trigger by hand with a held conversation', async () => {
    const h = createHarness();
    const logged = await h.call(MANAGER, 'POST', triggersPath, {
      body: { trigger: 'role-or-team-changed' },
    });
    const held = await h.call(MANAGER, 'POST', conversationsPath, {
      body: { kind: 'informal', state: 'held' },
    });
    const closed = await h.call(
      MANAGER,
      'POST',
      `${triggersPath}/${String(logged.json.id)}/close`,
      {
        body: { conversationId: held.json.id },
        ifMatch: logged.headers.get('etag') ?? '',
      },
    );
    expect(closed.status, closed.text).toBe(200);
    expect(closed.json.closedByConversationId).toBe(held.json.id);
  });
});

describe('a new manager and the report’s consent', () => {
  it('keeps history from the previous manager closed until the report shares it', async () => {
    const h = createHarness();
    const before = await h.call(MANAGER, 'POST', conversationsPath, {
      body: { kind: 'full', state: 'held', sharedNotes: 'Said with Priya' },
    });
    expect(before.status).toBe(201);
    // The directory moves the report; the API notices on the next request.
    h.clock.advance({ hours: 24 });
    h.directory.setManager(REPORT, OTHER_MANAGER);

    const closed = await h.call(OTHER_MANAGER, 'GET', conversationsPath);
    expect(closed.status).toBe(200);
    expect(closed.json.items).toEqual([]);
    expect(closed.json.earlierHistory).toBe(true);
    const formerManager = await h.call(MANAGER, 'GET', conversationsPath);
    expect(formerManager.status).toBe(403);

    h.clock.advance({ minutes: 5 });
    const granted = await h.call(REPORT, 'POST', '/api/me/consents', {
      body: { managerId: OTHER_MANAGER },
    });
    expect(granted.status, granted.text).toBe(201);
    h.clock.advance({ minutes: 1 });
    const open = await h.call(OTHER_MANAGER, 'GET', conversationsPath);
    expect((open.json.items as { sharedNotes: string }[]).map((c) => c.sharedNotes)).toEqual([
      'Said with Priya',
    ]);
    const readOnly = await h.call(
      OTHER_MANAGER,
      'PATCH',
      `/api/conversations/${String(before.json.id)}`,
      {
        body: { sharedNotes: 'Rewritten' },
        ifMatch: before.headers.get('etag') ?? '',
      },
    );
    expect(readOnly.status).toBe(403);

    const revoked = await h.call(
      REPORT,
      'POST',
      `/api/me/consents/${String(granted.json.id)}/revoke`,
      {
        ifMatch: granted.headers.get('etag') ?? '',
      },
    );
    expect(revoked.status, revoked.text).toBe(200);
    h.clock.advance({ minutes: 1 });
    const closedAgain = await h.call(OTHER_MANAGER, 'GET', conversationsPath);
    expect(closedAgain.json.items).toEqual([]);
  });

  it('tells a new manager that earlier history exists and the person decides, never how much', async () => {
    const h = createHarness();
    await h.call(MANAGER, 'POST', `/api/people/${REPORT}/contract/versions`, {
      body: firstContractBody(),
    });
    await h.call(MANAGER, 'POST', conversationsPath, { body: { kind: 'full', state: 'held' } });
    await h.call(MANAGER, 'POST', conversationsPath, { body: { kind: 'informal', state: 'held' } });
    await h.call(MANAGER, 'POST', triggersPath, { body: { trigger: 'major-milestone' } });
    h.clock.advance({ hours: 24 });
    h.directory.setManager(REPORT, OTHER_MANAGER);

    const answers = await Promise.all(
      [conversationsPath, triggersPath, `/api/people/${REPORT}/contract/versions`, '/api/team'].map(
        (path) => h.call(OTHER_MANAGER, 'GET', path),
      ),
    );
    for (const answer of answers) {
      expect(answer.status, answer.text).toBe(200);
      expect(answer.json.earlierHistory).toBe(true);
      expect(answer.json).not.toHaveProperty('hidden');
    }

    const own = await h.call(REPORT, 'GET', conversationsPath);
    expect(own.json.earlierHistory).toBe(false);
    h.clock.advance({ minutes: 5 });
    await h.call(REPORT, 'POST', '/api/me/consents', { body: { managerId: OTHER_MANAGER } });
    h.clock.advance({ minutes: 1 });
    const shared = await h.call(OTHER_MANAGER, 'GET', conversationsPath);
    expect(shared.json.earlierHistory).toBe(false);
    expect(shared.json.items).toHaveLength(2);
  });

  it('only lets the report share with their current manager', async () => {
    const h = createHarness();
    const refused = await h.call(REPORT, 'POST', '/api/me/consents', {
      body: { managerId: OTHER_MANAGER },
    });
    expect(refused.status).toBe(422);
  });
});

describe('holding a conversation before its first session', () => {
  const booked = {
    kind: 'full',
    event: {
      eventId: 'ev-1',
      title: 'Career conversation',
      start: '2026-04-20T09:00:00Z',
      end: '2026-04-20T10:00:00Z',
    },
  };

  it('refuses an early "held" without explicit confirmation, with a problem that says why', async () => {
    const h = createHarness();
    const created = await h.call(MANAGER, 'POST', conversationsPath, { body: booked });
    const id = String(created.json.id);
    const early = await h.call(MANAGER, 'PATCH', `/api/conversations/${id}`, {
      body: { state: 'held' },
      ifMatch: created.headers.get('etag') ?? '',
    });
    expect(early.status, early.text).toBe(422);
    expect(early.json.type).toBe('urn:career-api:problem:unprocessable');
    expect(String(early.json.detail)).toMatch(/has not started yet.*confirmHeldEarly/);
    const still = await h.call(MANAGER, 'GET', `/api/conversations/${id}`);
    expect(still.json.state).toBe('booked');

    const refusedCreate = await h.call(MANAGER, 'POST', conversationsPath, {
      body: { ...booked, state: 'held' },
    });
    expect(refusedCreate.status, refusedCreate.text).toBe(422);
  });

  it('accepts it when the manager confirms it was held early', async () => {
    const h = createHarness();
    const created = await h.call(MANAGER, 'POST', conversationsPath, { body: booked });
    const confirmed = await h.call(
      MANAGER,
      'PATCH',
      `/api/conversations/${String(created.json.id)}`,
      {
        body: { state: 'held', confirmHeldEarly: true },
        ifMatch: created.headers.get('etag') ?? '',
      },
    );
    expect(confirmed.status, confirmed.text).toBe(200);
    expect(confirmed.json.state).toBe('held');
    expect(confirmed.json).not.toHaveProperty('confirmHeldEarly');
  });
});
