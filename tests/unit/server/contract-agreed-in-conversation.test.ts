import { describe, expect, it } from 'vitest';
import { CallCounter } from './counting';
import {
  createHarness,
  firstContractBody,
  MANAGER,
  OTHER_MANAGER,
  OTHER_REPORT,
  REPORT,
  type Harness,
} from './harness';

const versionsPath = `/api/people/${REPORT}/contract/versions`;

async function heldConversation(h: Harness, reportId = REPORT, as = MANAGER): Promise<string> {
  const held = await h.call(as, 'POST', `/api/people/${reportId}/conversations`, {
    body: { kind: 'full', state: 'held', sharedNotes: 'What we said' },
  });
  expect(held.status, held.text).toBe(201);
  return String(held.json.id);
}

/** The contract's first version agreed, then a revision body built on it. */
async function revision(h: Harness) {
  const first = await h.call(MANAGER, 'POST', versionsPath, { body: firstContractBody() });
  expect(first.status, first.text).toBe(201);
  const kept = first.json.current as { commitments: { id: string }[] };
  const body = firstContractBody({ reason: 'quarterly-update', note: 'After the conversation' });
  const terms = {
    ...body.terms,
    commitments: body.terms.commitments.map((c, i) => ({ ...c, id: kept.commitments[i]?.id })),
  };
  return { body: { ...body, terms }, etag: first.headers.get('etag') ?? '' };
}

describe('agreeing a contract version in a conversation: one request', () => {
  it('stores the version and records it on the conversation in the same request', async () => {
    const h = createHarness();
    const conversationId = await heldConversation(h);
    const before = await h.conversations.get(conversationId);
    const agreed = await h.call(MANAGER, 'POST', versionsPath, {
      body: firstContractBody({ conversationId }),
    });
    expect(agreed.status, agreed.text).toBe(201);
    expect(agreed.json.conversationLink).toEqual({ conversationId, linked: true });
    const after = await h.conversations.get(conversationId);
    expect(after?.value.contractVersion).toBe(1);
    expect(after?.value.sharedNotes).toBe('What we said');
    expect(after?.etag).not.toBe(before?.etag);
  });

  it('links even when the conversation moved on meanwhile: the link is read again and retried', async () => {
    const h = createHarness();
    const conversationId = await heldConversation(h);
    // Notes autosaved from the conversation screen win the race once.
    h.conversations.failures.failNext('conflict', { op: 'update' });
    const agreed = await h.call(MANAGER, 'POST', versionsPath, {
      body: firstContractBody({ conversationId }),
    });
    expect(agreed.status, agreed.text).toBe(201);
    expect(agreed.json.conversationLink).toEqual({ conversationId, linked: true });
    expect((await h.conversations.get(conversationId))?.value.contractVersion).toBe(1);
  });

  it('keeps the version when the conversation cannot be updated, and says so in the answer', async () => {
    const h = createHarness();
    const conversationId = await heldConversation(h);
    h.conversations.failures.failAlways('unavailable', 'update');
    const agreed = await h.call(MANAGER, 'POST', versionsPath, {
      body: firstContractBody({ conversationId }),
    });
    expect(agreed.status, agreed.text).toBe(201);
    expect(agreed.json.versionCount).toBe(1);
    expect(agreed.json.conversationLink).toMatchObject({ conversationId, linked: false });
    expect((agreed.json.conversationLink as { message: string }).message).not.toBe('');
    expect((await h.contracts.get(REPORT))?.value.versions).toHaveLength(1);
  });

  it('refuses a conversation the caller may not update, before anything is saved', async () => {
    const h = createHarness();
    const elsewhere = await heldConversation(h, OTHER_REPORT, OTHER_MANAGER);
    const refused = await h.call(MANAGER, 'POST', versionsPath, {
      body: firstContractBody({ conversationId: elsewhere }),
    });
    expect([403, 404]).toContain(refused.status);
    expect(await h.contracts.get(REPORT)).toBeUndefined();
    expect((await h.conversations.get(elsewhere))?.value.contractVersion).toBeUndefined();
  });

  it('refuses a conversation id that does not exist, before anything is saved', async () => {
    const h = createHarness();
    const refused = await h.call(MANAGER, 'POST', versionsPath, {
      body: firstContractBody({ conversationId: 'no-such-conversation' }),
    });
    expect(refused.status).toBe(404);
    expect(await h.contracts.get(REPORT)).toBeUndefined();
  });

  it('reads the stored contract once per request', async () => {
    const h = createHarness();
    const { body, etag } = await revision(h);
    const conversationId = await heldConversation(h);
    const counter = new CallCounter();
    h.deps.stores.contracts = counter.wrap('contracts', h.contracts);
    const agreed = await h.call(MANAGER, 'POST', versionsPath, {
      body: { ...body, conversationId },
      ifMatch: etag,
    });
    expect(agreed.status, agreed.text).toBe(201);
    expect(counter.of('contracts.get')).toBe(1);
    expect(counter.of('contracts.saveVersion')).toBe(1);
    expect((await h.conversations.get(conversationId))?.value.contractVersion).toBe(2);
  });
});
