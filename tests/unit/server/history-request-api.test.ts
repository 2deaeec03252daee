import { describe, expect, it } from 'vitest';
import {
  createHarness,
  firstContractBody,
  HEAD,
  HR_ADMIN,
  MANAGER,
  OTHER_MANAGER,
  REPORT,
  REPORT_2,
} from './harness';

const conversationsPath = `/api/people/${REPORT}/conversations`;
const askPath = `/api/people/${REPORT}/history-requests`;
type Request = {
  id: string;
  managerId: string;
  askedAt: string;
  state: string;
  answeredAt?: string;
};

/** Priya (MANAGER) held a conversation with the report; then the report moved to Mateo. */
async function handedOver() {
  const h = createHarness();
  await h.call(MANAGER, 'POST', `/api/people/${REPORT}/contract/versions`, {
    body: firstContractBody(),
  });
  await h.call(MANAGER, 'POST', conversationsPath, {
    body: { kind: 'full', state: 'held', sharedNotes: 'Said with Priya' },
  });
  h.clock.advance({ hours: 24 });
  h.directory.setManager(REPORT, OTHER_MANAGER);
  return h;
}

async function asked(h: Awaited<ReturnType<typeof handedOver>>): Promise<Request> {
  const answer = await h.call(OTHER_MANAGER, 'POST', askPath);
  expect(answer.status, answer.text).toBe(201);
  return answer.json as Request;
}

const mine = async (h: Awaited<ReturnType<typeof handedOver>>, who = REPORT) =>
  (await h.call(who, 'GET', '/api/me/history-requests')).json.items as Request[];

describe('asking a report to share their earlier history', () => {
  it('reaches the report; sharing lets the new manager read the history', async () => {
    const h = await handedOver();
    const request = await asked(h);
    expect(request).toMatchObject({ managerId: OTHER_MANAGER, state: 'pending' });

    expect(await mine(h)).toEqual([expect.objectContaining({ id: request.id, state: 'pending' })]);
    const seen = await h.call(OTHER_MANAGER, 'GET', askPath);
    expect(seen.status, seen.text).toBe(200);
    expect(seen.json.items).toEqual([expect.objectContaining({ state: 'pending' })]);

    h.clock.advance({ minutes: 5 });
    const shared = await h.call(REPORT, 'POST', `/api/me/history-requests/${request.id}/answer`, {
      body: { answer: 'share' },
    });
    expect(shared.status, shared.text).toBe(200);
    expect(shared.json).toMatchObject({ state: 'shared' });
    h.clock.advance({ minutes: 1 });
    const history = await h.call(OTHER_MANAGER, 'GET', conversationsPath);
    expect(history.json.earlierHistory).toBe(false);
    expect(JSON.stringify(history.json.items)).toContain('Said with Priya');
    const consents = await h.call(REPORT, 'GET', '/api/me/consents');
    expect(consents.json.items).toEqual([expect.objectContaining({ managerId: OTHER_MANAGER })]);
  });

  it('declining keeps the history closed, and the manager sees the answer', async () => {
    const h = await handedOver();
    const request = await asked(h);
    const declined = await h.call(REPORT, 'POST', `/api/me/history-requests/${request.id}/answer`, {
      body: { answer: 'decline' },
    });
    expect(declined.status, declined.text).toBe(200);
    h.clock.advance({ minutes: 1 });
    const history = await h.call(OTHER_MANAGER, 'GET', conversationsPath);
    expect(history.json.items).toEqual([]);
    expect(history.json.earlierHistory).toBe(true);
    const seen = await h.call(OTHER_MANAGER, 'GET', askPath);
    expect(seen.json.items).toEqual([expect.objectContaining({ state: 'declined' })]);
    // Declined is the report's answer: asking again does not reopen it.
    expect((await h.call(OTHER_MANAGER, 'POST', askPath)).status).toBe(422);
    expect(await h.consents.listForReport(REPORT)).toEqual([]);
  });

  it('is not asked of a report who already shares with this manager', async () => {
    const h = await handedOver();
    await h.call(REPORT, 'POST', '/api/me/consents', { body: { managerId: OTHER_MANAGER } });
    const answer = await h.call(OTHER_MANAGER, 'POST', askPath);
    expect(answer.status, answer.text).toBe(422);
    expect(await h.historyRequests.listForReport(REPORT)).toEqual([]);
  });

  it('asking twice is asking once', async () => {
    const h = await handedOver();
    const first = await asked(h);
    const second = await asked(h);
    expect(second.id).toBe(first.id);
    expect(await mine(h)).toHaveLength(1);
  });

  it('is asked only by the current manager: not the former one, a peer, the skip-level or HR', async () => {
    const h = await handedOver();
    for (const who of [MANAGER, REPORT_2, HEAD, HR_ADMIN, REPORT]) {
      const answer = await h.call(who, 'POST', askPath);
      expect([403, 404], `${who}: ${answer.text}`).toContain(answer.status);
    }
    expect(await h.historyRequests.listForReport(REPORT)).toEqual([]);
  });

  it('is read and answered by nobody but the report and the manager who asked', async () => {
    const h = await handedOver();
    const request = await asked(h);
    for (const who of [MANAGER, REPORT_2, HEAD, HR_ADMIN]) {
      const read = await h.call(who, 'GET', askPath);
      expect([403, 404], `${who} read: ${read.text}`).toContain(read.status);
      expect(await mine(h, who)).toEqual([]);
      const answer = await h.call(who, 'POST', `/api/me/history-requests/${request.id}/answer`, {
        body: { answer: 'share' },
      });
      expect(answer.status, `${who} answer: ${answer.text}`).toBe(404);
    }
    // The manager who asked cannot answer for the report either.
    const self = await h.call(
      OTHER_MANAGER,
      'POST',
      `/api/me/history-requests/${request.id}/answer`,
      {
        body: { answer: 'share' },
      },
    );
    expect(self.status).toBe(404);
    expect((await mine(h))[0]?.state).toBe('pending');
    expect(await h.consents.listForReport(REPORT)).toEqual([]);
  });

  it('shows a later manager nothing of an earlier manager’s request, and the old one cannot be answered', async () => {
    const h = await handedOver();
    const request = await asked(h);
    h.directory.setManager(REPORT, MANAGER);
    const seen = await h.call(MANAGER, 'GET', askPath);
    expect(seen.json.items).toEqual([]);
    const answer = await h.call(REPORT, 'POST', `/api/me/history-requests/${request.id}/answer`, {
      body: { answer: 'share' },
    });
    expect(answer.status, answer.text).toBe(422);
    expect(await h.consents.listForReport(REPORT)).toEqual([]);
  });

  it('is in the report’s audit trail as asked by the manager, with ids only', async () => {
    const h = await handedOver();
    await asked(h);
    const trail = await h.call(REPORT, 'GET', '/api/me/audit');
    const entries = trail.json.aboutYou as { actorId: string; action: string }[];
    expect(entries).toContainEqual(
      expect.objectContaining({ actorId: OTHER_MANAGER, action: 'history-request.ask' }),
    );
    expect(JSON.stringify(entries)).not.toContain('Said with Priya');
  });

  it('is exported to the report and erased with them', async () => {
    const h = await handedOver();
    await asked(h);
    const exported = await h.call(REPORT, 'GET', '/api/me/export');
    expect(exported.json.historyRequests).toEqual([expect.objectContaining({ state: 'pending' })]);
    await h.call(HR_ADMIN, 'DELETE', `/api/people/${REPORT}?confirm=${REPORT}`);
    expect(await h.historyRequests.listForReport(REPORT)).toEqual([]);
  });
});
