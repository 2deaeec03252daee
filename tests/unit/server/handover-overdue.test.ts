import { describe, expect, it } from 'vitest';
import { createHarness, firstContractBody, MANAGER, OTHER_MANAGER, REPORT } from './harness';

type Row = {
  person: { id: string };
  status: { code: string; reasons: string[] };
  cadence: { reason: { code: string } };
  earlierHistory?: unknown;
};

const SHARED_NOTES = 'Talked about moving towards the data platform team';

/** Lucas's story: a contract and one full conversation with Priya, then eight months of nothing. */
async function handedOverAfterEightMonths() {
  const h = createHarness();
  const contract = await h.call(MANAGER, 'POST', `/api/people/${REPORT}/contract/versions`, {
    body: firstContractBody(),
  });
  expect(contract.status, contract.text).toBe(201);
  const held = await h.call(MANAGER, 'POST', `/api/people/${REPORT}/conversations`, {
    body: { kind: 'full', state: 'held', sharedNotes: SHARED_NOTES },
  });
  expect(held.status, held.text).toBe(201);
  h.clock.advance({ hours: 24 * 240 });
  h.directory.setManager(REPORT, OTHER_MANAGER);
  return h;
}

const rowOf = (json: Record<string, unknown>): Row => {
  const row = (json.reports as Row[]).find((r) => r.person.id === REPORT);
  if (!row) throw new Error('expected the report in the overview');
  return row;
};

describe('a hand-over: what the new manager knows is overdue, without the content', () => {
  it('shows the last conversation and both sides’ overdue commitments, not "none held yet"', async () => {
    const h = await handedOverAfterEightMonths();

    const team = await h.call(OTHER_MANAGER, 'GET', '/api/team');
    expect(team.status, team.text).toBe(200);
    const row = rowOf(team.json);

    expect(row.status.code).toBe('overdue');
    expect(row.cadence.reason.code).not.toBe('first-conversation');
    expect(row.status.reasons.join('\n')).not.toMatch(/held yet/);
    expect(row.status.reasons[0]).toMatch(/Last full conversation, before you, was 8 months ago/);
    expect(row.status.reasons).toContainEqual(
      expect.stringMatching(/earlier manager’s commitment is overdue by 7 months/),
    );
    expect(row.status.reasons).toContainEqual(
      expect.stringMatching(/Their commitment from before you is overdue by 5 months/),
    );
    expect(row.earlierHistory).toEqual({
      lastHeldOn: '2026-04-15',
      lastFullHeldOn: '2026-04-15',
      overdue: {
        manager: { count: 1, oldestDue: '2026-05-15' },
        report: { count: 1, oldestDue: '2026-06-30' },
      },
    });
    expect((team.json.counts as { overdue: number }).overdue).toBe(1);
  });

  it('never carries what was said or agreed: no commitment, contract or notes text', async () => {
    const h = await handedOverAfterEightMonths();
    const team = await h.call(OTHER_MANAGER, 'GET', '/api/team');
    const body = firstContractBody();
    for (const hidden of [
      SHARED_NOTES,
      ...body.terms.commitments.map((c) => c.action),
      body.terms.openQuestion,
      body.terms.reviews[0]?.aspect ?? 'review aspect',
    ]) {
      expect(team.text).not.toContain(hidden);
    }
  });

  it('gives the facts no more once the report shares: the records speak for themselves', async () => {
    const h = await handedOverAfterEightMonths();
    await h.call(REPORT, 'POST', '/api/me/consents', { body: { managerId: OTHER_MANAGER } });
    h.clock.advance({ minutes: 1 });
    const row = rowOf((await h.call(OTHER_MANAGER, 'GET', '/api/team')).json);
    expect(row.earlierHistory).toBeUndefined();
    expect(row.status.code).toBe('overdue');
    expect(row.status.reasons[0]).toMatch(/Last full conversation was 8 months ago/);
  });
});

describe('a hand-over: the failure check agrees with the status', () => {
  it('says how long since the last conversation before you, not "none held yet"', async () => {
    const h = await handedOverAfterEightMonths();
    h.clock.advance({ hours: 24 * 15 });
    const team = await h.call(OTHER_MANAGER, 'GET', '/api/team');
    const row = (team.json.reports as (Row & { failures: { evidence: string[] }[] })[])[0];
    const evidence = (row?.failures ?? []).flatMap((f) => f.evidence).join('\n');
    expect(evidence).not.toMatch(/No career conversation with .* (held yet|in the)/);
    expect(evidence).toMatch(/The last career conversation with .*, before you, was on /);
  });
});
