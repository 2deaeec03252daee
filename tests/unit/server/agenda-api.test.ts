import { describe, expect, it } from 'vitest';
import { createHarness, MANAGER, OTHER_MANAGER, REPORT, REPORT_2 } from './harness';

type Item = { id: string; text: string; managerId: string; addedAt: string };
const itemsOf = (json: Record<string, unknown>): Item[] => json.items as Item[];

describe('the shared agenda: what a report wants to raise next time', () => {
  it('lets the report add and remove items, and their manager read them', async () => {
    const h = createHarness();
    const added = await h.call(REPORT, 'POST', '/api/me/agenda', {
      body: { text: 'Whether I can shadow the platform on-call next quarter' },
    });
    expect(added.status, added.text).toBe(201);
    expect(added.json).toMatchObject({
      text: 'Whether I can shadow the platform on-call next quarter',
      managerId: MANAGER,
    });
    await h.call(REPORT, 'POST', '/api/me/agenda', { body: { text: 'Conference budget' } });

    const managerView = await h.call(MANAGER, 'GET', `/api/people/${REPORT}/agenda`);
    expect(managerView.status, managerView.text).toBe(200);
    expect(itemsOf(managerView.json).map((i) => i.text)).toEqual([
      'Whether I can shadow the platform on-call next quarter',
      'Conference budget',
    ]);

    const removed = await h.call(REPORT, 'DELETE', `/api/me/agenda/${String(added.json.id)}`);
    expect(removed.status, removed.text).toBe(200);
    expect(itemsOf(removed.json).map((i) => i.text)).toEqual(['Conference budget']);
    const own = await h.call(REPORT, 'GET', `/api/people/${REPORT}/agenda`);
    expect(itemsOf(own.json).map((i) => i.text)).toEqual(['Conference budget']);
  });

  it('is the report’s alone to write: the manager cannot add, and nobody else reads it', async () => {
    const h = createHarness();
    await h.call(REPORT, 'POST', '/api/me/agenda', { body: { text: 'Private to us two' } });
    const other = await h.call(OTHER_MANAGER, 'GET', `/api/people/${REPORT}/agenda`);
    expect([403, 404]).toContain(other.status);
    const peer = await h.call(REPORT_2, 'GET', `/api/people/${REPORT}/agenda`);
    expect([403, 404]).toContain(peer.status);
    const managerWrite = await h.call(MANAGER, 'POST', `/api/people/${REPORT}/agenda`, {
      body: { text: 'x' },
    });
    expect(managerWrite.status).toBe(404);
  });

  it('shows a new manager only what was added for them, not what was meant for the manager before', async () => {
    const h = createHarness();
    await h.call(REPORT, 'POST', '/api/me/agenda', { body: { text: 'For Priya' } });
    h.directory.setManager(REPORT, OTHER_MANAGER);
    await h.call(REPORT, 'POST', '/api/me/agenda', { body: { text: 'For Mateo' } });
    const mateo = await h.call(OTHER_MANAGER, 'GET', `/api/people/${REPORT}/agenda`);
    expect(itemsOf(mateo.json).map((i) => i.text)).toEqual(['For Mateo']);
    const own = await h.call(REPORT, 'GET', `/api/people/${REPORT}/agenda`);
    expect(itemsOf(own.json).map((i) => i.text)).toEqual(['For Priya', 'For Mateo']);
  });

  it('refuses an empty or overlong item and removes nothing it was not asked to', async () => {
    const h = createHarness();
    expect((await h.call(REPORT, 'POST', '/api/me/agenda', { body: { text: '  ' } })).status).toBe(
      400,
    );
    expect(
      (await h.call(REPORT, 'POST', '/api/me/agenda', { body: { text: 'x'.repeat(501) } })).status,
    ).toBe(400);
    expect((await h.call(REPORT, 'DELETE', '/api/me/agenda/nope')).status).toBe(404);
  });

  it('erases the agenda with the person, and exports it to them', async () => {
    const h = createHarness();
    await h.call(REPORT, 'POST', '/api/me/agenda', { body: { text: 'Keep me' } });
    const exported = await h.call(REPORT, 'GET', '/api/me/export');
    expect((exported.json.agenda as Item[]).map((i) => i.text)).toEqual(['Keep me']);
    expect(await h.agenda.listForReport(REPORT)).toHaveLength(1);
    await h.call('hr-1', 'DELETE', `/api/people/${REPORT}?confirm=${REPORT}`);
    expect(await h.agenda.listForReport(REPORT)).toHaveLength(0);
  });
});
