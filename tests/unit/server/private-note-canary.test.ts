import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MemoryPrivateNotes } from '../../../src/adapters/memory/memory-private-notes';
import { ENDPOINT_LIST } from '../../../src/app/api-schemas/endpoints';
import {
  createHarness,
  firstContractBody,
  HEAD,
  HR_ADMIN,
  MANAGER,
  OTHER_MANAGER,
  OTHER_REPORT,
  PEOPLE,
  REPORT,
  REPORT_2,
} from './harness';

/**
 * A manager's private preparation notes live in their own storage and never pass through the
 * career API. A unique string written there must not show up in any answer, for any caller, nor
 * in any store the API writes to.
 */
describe('private-note canary', () => {
  it('never appears in an API answer or a stored item', async () => {
    const canary = `canary-${randomUUID()}`;
    const notes = new MemoryPrivateNotes();
    await notes.write(`prep-${REPORT}`, `Liam might be thinking of leaving. ${canary}`);
    expect((await notes.read(`prep-${REPORT}`))?.text).toContain(canary);

    const h = createHarness();
    const seen: string[] = [];
    const statuses: number[] = [];
    const keep = async (reply: Promise<{ text: string; status: number }>) => {
      const r = await reply;
      seen.push(r.text);
      statuses.push(r.status);
      return r;
    };
    // Shared data, written the way the app writes it, so every read below has something to show.
    const contract = await keep(
      h.call(MANAGER, 'POST', `/api/people/${REPORT}/contract/versions`, {
        body: firstContractBody(),
      }),
    );
    expect(contract.status).toBe(201);
    const conversation = await keep(
      h.call(MANAGER, 'POST', `/api/people/${REPORT}/conversations`, {
        body: { kind: 'full', state: 'held', sharedNotes: 'Shared: wants platform work' },
      }),
    );
    const conversationId = (JSON.parse(conversation.text) as { id: string }).id;
    await keep(
      h.call(MANAGER, 'POST', `/api/people/${REPORT}/triggers`, {
        body: { trigger: 'major-milestone' },
      }),
    );
    await keep(
      h.call(MANAGER, 'PUT', `/api/people/${REPORT}/profile`, {
        body: { direction: 'Staff engineer on the platform', transitions: [] },
      }),
    );

    const params: Record<string, string[]> = {
      personId: PEOPLE.map((p) => p.id),
      conversationId: [conversationId],
      version: ['1'],
      commitmentId: ['none'],
      logId: ['none'],
      consentId: ['none'],
    };
    const callers = [MANAGER, REPORT, REPORT_2, OTHER_MANAGER, OTHER_REPORT, HR_ADMIN, HEAD];
    let reads = 0;
    for (const route of ENDPOINT_LIST.filter((r) => r.method === 'get')) {
      for (const path of expand(route.path, params)) {
        for (const caller of callers) {
          await keep(h.call(caller, 'GET', path));
          reads += 1;
        }
      }
    }
    expect(reads).toBeGreaterThan(100);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(20);
    for (const text of seen) expect(text).not.toContain(canary);

    const stored = JSON.stringify(
      await Promise.all(
        PEOPLE.map(async (p) => [
          await h.contracts.get(p.id),
          await h.conversations.listForReport(p.id),
          await h.triggers.listForReport(p.id),
          await h.profiles.get(p.id),
          await h.consents.listForReport(p.id),
          await h.managerHistory.stints(p.id),
        ]),
      ),
    );
    expect(stored).toContain('Shared: wants platform work');
    expect(stored).not.toContain(canary);
    expect(JSON.stringify(h.audit.all())).not.toContain(canary);
    expect(JSON.stringify(h.log.entries)).not.toContain(canary);
  });
});

/** Every concrete path for a route template, one per value of each parameter. */
function expand(template: string, params: Record<string, string[]>): string[] {
  const names = [...template.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1] ?? '');
  let paths = [template];
  for (const name of names) {
    const values = params[name] ?? ['x'];
    paths = paths.flatMap((p) => values.map((v) => p.replace(`{${name}}`, v)));
  }
  return paths.map((p) => (p.includes('/team') || p.includes('/hr/') ? `${p}?tz=UTC` : p));
}
