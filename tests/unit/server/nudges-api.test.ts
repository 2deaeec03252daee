import { describe, expect, it } from 'vitest';
import { MemoryNudgeStore } from '../../../src/adapters/memory/memory-nudge-store';
import { PortError, type ActivityFeed, type FeedNotification } from '../../../src/app/ports';
import type { ConversationRecord } from '../../../src/domain';
import { HEAD, HR_ADMIN, MANAGER, OTHER_MANAGER, REPORT, createHarness } from './harness';

const TEAMS = { appId: 'teams-app', entityId: 'career-home' };

class RecordingFeed implements ActivityFeed {
  readonly sent: FeedNotification[] = [];
  failWith: PortError | undefined;
  notify(notification: FeedNotification): Promise<void> {
    if (this.failWith) return Promise.reject(this.failWith);
    this.sent.push(notification);
    return Promise.resolve();
  }
}

/** Priya held a conversation with Liam 44 hours before the harness's clock, no summary yet. */
function heldWithoutSummary(): ConversationRecord {
  return {
    id: 'conv-1',
    reportId: REPORT,
    managerId: MANAGER,
    kind: 'full',
    state: 'held',
    heldAt: '2026-04-13T13:00:00Z',
    rescheduleCount: 0,
    phasesReached: ['where-now', 'where-to-go', 'close-the-gap'],
    aspirationRecorded: true,
    sharedNotes: 'Liam wants to lead the migration; private to the two of them.',
    manualTicks: [],
  };
}

function nudgeHarness() {
  const store = new MemoryNudgeStore();
  const feed = new RecordingFeed();
  const job = {
    feed,
    links: { appUrl: 'https://career.contoso.example/', teams: TEAMS },
    orgRoots: [HEAD],
    defaultZone: 'UTC',
  };
  const h = createHarness({ nudges: { store, job } });
  return { h, store, feed };
}

describe('the nudge job', () => {
  it('sends the 4-hour summary nudge to the manager with a deep link into the close step', async () => {
    const { h, feed } = nudgeHarness();
    await h.conversations.create(heldWithoutSummary());
    const run = await h.app.runNudges();
    expect(run).toEqual({ sent: 1, failed: [] });
    expect(feed.sent).toEqual([
      expect.objectContaining({
        recipientId: MANAGER,
        kind: 'summaryDue',
        parameters: { person: 'Liam', when: 'in 4 hours' },
      }),
    ]);
    const link = new URL(feed.sent[0]?.link ?? '');
    expect(link.pathname).toBe('/l/entity/teams-app/career-home');
    expect(JSON.parse(link.searchParams.get('context') ?? '{}')).toEqual({
      subEntityId: `reports/${REPORT}/close`,
    });
    expect(JSON.stringify(feed.sent)).not.toContain('migration');
  });

  it('does not send the same nudge again after a restart (what was sent is stored)', async () => {
    const { h, store, feed } = nudgeHarness();
    await h.conversations.create(heldWithoutSummary());
    await h.app.runNudges();
    const restarted = createHarness({
      nudges: {
        store,
        job: {
          feed,
          links: { appUrl: 'https://x/', teams: TEAMS },
          orgRoots: [HEAD],
          defaultZone: 'UTC',
        },
      },
    });
    await restarted.conversations.create(heldWithoutSummary());
    expect(await restarted.app.runNudges()).toEqual({ sent: 0, failed: [] });
    expect(feed.sent).toHaveLength(1);
  });

  it('retries next run when Graph was unavailable, but not when the app is not installed', async () => {
    const { h, feed, store } = nudgeHarness();
    await h.conversations.create(heldWithoutSummary());
    feed.failWith = new PortError('unavailable', 'down');
    expect((await h.app.runNudges())?.failed).toHaveLength(1);
    expect(store.sent).toEqual([]);
    feed.failWith = new PortError('forbidden', 'not installed');
    expect((await h.app.runNudges())?.failed).toEqual([
      { recipientId: MANAGER, kind: 'summaryDue', reason: 'forbidden' },
    ]);
    feed.failWith = undefined;
    expect(await h.app.runNudges()).toEqual({ sent: 0, failed: [] });
  });

  it('sends nothing the manager switched off', async () => {
    const { h, feed } = nudgeHarness();
    await h.conversations.create(heldWithoutSummary());
    const put = await h.call(MANAGER, 'PUT', '/api/me/nudges', {
      body: { switchedOff: ['summaryDue'] },
    });
    expect(put.status).toBe(200);
    await h.app.runNudges();
    expect(feed.sent).toEqual([]);
  });
});

describe('a new manager asking the report to share their history', () => {
  /** Liam moved from Priya to Mateo, who asks him to share what he recorded with Priya. */
  async function askedByMateo() {
    const harness = nudgeHarness();
    harness.h.directory.setManager(REPORT, OTHER_MANAGER);
    const ask = await harness.h.call(
      OTHER_MANAGER,
      'POST',
      `/api/people/${REPORT}/history-requests`,
    );
    expect(ask.status, ask.text).toBe(201);
    return { ...harness, requestId: (ask.json as { id: string }).id };
  }

  it('sends Liam one activity that Mateo asked, opening My development, and nothing else', async () => {
    const { h, feed } = await askedByMateo();
    expect(await h.app.runNudges()).toEqual({ sent: 1, failed: [] });
    expect(feed.sent).toEqual([
      expect.objectContaining({
        recipientId: REPORT,
        kind: 'historyRequest',
        parameters: { person: 'Mateo', when: 'Wed 15 Apr' },
      }),
    ]);
    const link = new URL(feed.sent[0]?.link ?? '');
    expect(JSON.parse(link.searchParams.get('context') ?? '{}')).toEqual({
      subEntityId: 'my-development',
    });
    // Only that Mateo asked: not who the earlier manager was.
    expect(JSON.stringify(feed.sent)).not.toMatch(/Priya/);
    h.clock.advance({ hours: 24 });
    await h.app.runNudges();
    expect(feed.sent).toHaveLength(1);
  });

  it('sends nothing once Liam has answered, or when he switched it off', async () => {
    const answered = await askedByMateo();
    const decline = await answered.h.call(
      REPORT,
      'POST',
      `/api/me/history-requests/${answered.requestId}/answer`,
      { body: { answer: 'decline' } },
    );
    expect(decline.status, decline.text).toBe(200);
    await answered.h.app.runNudges();
    expect(answered.feed.sent).toEqual([]);

    const off = await askedByMateo();
    await off.h.call(REPORT, 'PUT', '/api/me/nudges', {
      body: { switchedOff: ['historyRequest'] },
    });
    await off.h.app.runNudges();
    expect(off.feed.sent).toEqual([]);
  });
});

describe('erasure', () => {
  it('removes what was sent to the person and their switches', async () => {
    const { h, store } = nudgeHarness();
    await store.recordSent({
      recipientId: REPORT,
      key: 'contractVersion:c:1',
      day: '2026-04-14',
      kind: 'contractVersion',
    });
    await store.setSwitchedOff(REPORT, ['reflectionPrompt']);
    const erased = await h.call(HR_ADMIN, 'DELETE', `/api/people/${REPORT}?confirm=${REPORT}`);
    expect(erased.status).toBe(200);
    expect(store.sent).toEqual([]);
    expect(await store.switchedOff(REPORT)).toEqual([]);
  });
});

describe('GET and PUT /api/me/nudges', () => {
  it('lists every kind on until the person switches one off, and keeps their choice', async () => {
    const { h } = nudgeHarness();
    const before = await h.call(REPORT, 'GET', '/api/me/nudges');
    expect(before.status).toBe(200);
    const items = before.json.items as { kind: string; on: boolean }[];
    expect(items.every((item) => item.on)).toBe(true);
    await h.call(REPORT, 'PUT', '/api/me/nudges', { body: { switchedOff: ['contractVersion'] } });
    const after = await h.call(REPORT, 'GET', '/api/me/nudges');
    const off = (after.json.items as { kind: string; on: boolean }[]).filter((i) => !i.on);
    expect(off.map((i) => i.kind)).toEqual(['contractVersion']);
    const others = await h.call(MANAGER, 'GET', '/api/me/nudges');
    expect((others.json.items as { on: boolean }[]).every((i) => i.on)).toBe(true);
  });

  it('refuses a kind that does not exist', async () => {
    const { h } = nudgeHarness();
    const put = await h.call(REPORT, 'PUT', '/api/me/nudges', {
      body: { switchedOff: ['flightRisk'] },
    });
    expect(put.status).toBe(400);
  });
});
