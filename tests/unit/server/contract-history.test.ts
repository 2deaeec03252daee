import { describe, expect, it } from 'vitest';
import { createHarness, firstContractBody, MANAGER, OTHER_MANAGER, REPORT } from './harness';

const versionsPath = `/api/people/${REPORT}/contract/versions`;
const historyPath = `/api/people/${REPORT}/contract/history`;

/** Three agreed versions, as a manager and report would build them over a year. */
async function threeVersions() {
  const h = createHarness();
  let reply = await h.call(MANAGER, 'POST', versionsPath, { body: firstContractBody() });
  for (const note of ['Second quarter', 'Third quarter']) {
    const current = reply.json.current as { commitments: unknown[]; reviews: unknown[] };
    reply = await h.call(MANAGER, 'POST', versionsPath, {
      body: firstContractBody({
        reason: 'quarterly-update',
        note,
        terms: { ...firstContractBody().terms, commitments: current.commitments },
      }),
      ifMatch: reply.headers.get('etag') ?? '',
    });
    expect(reply.status, reply.text).toBe(201);
  }
  return h;
}

describe('GET /api/people/{id}/contract/history: the whole history in one call', () => {
  it('answers every visible version with its terms, as the one-version endpoint does', async () => {
    const h = await threeVersions();
    const history = await h.call(MANAGER, 'GET', historyPath);
    expect(history.status, history.text).toBe(200);
    const versions = history.json.versions as { version: number }[];
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3]);
    for (const n of [1, 2, 3]) {
      const one = await h.call(MANAGER, 'GET', `${versionsPath}/${String(n)}`);
      const { reportId, ...terms } = one.json;
      expect(reportId).toBe(REPORT);
      expect(versions[n - 1]).toEqual(terms);
    }
    expect(history.json.earlierHistory).toBe(false);
  });

  it('is refused to someone who is not the manager, like the version list', async () => {
    const h = await threeVersions();
    const refused = await h.call(OTHER_MANAGER, 'GET', historyPath);
    expect(refused.status).toBe(
      await h.call(OTHER_MANAGER, 'GET', versionsPath).then((r) => r.status),
    );
    expect(refused.text).not.toContain('Second quarter');
  });

  it('puts each version read in the report’s trail', async () => {
    const h = await threeVersions();
    await h.call(MANAGER, 'GET', historyPath);
    const reads = h.audit.all().filter((e) => e.action === 'contract.read-version');
    expect(reads.map((e) => e.recordId)).toHaveLength(3);
  });
});
