import { describe, expect, it } from 'vitest';
import { MemoryDirectory, type MemoryPerson } from '../../../src/adapters/memory/memory-directory';
import { aContract, aManagerCommitment, aVersion } from '../builders';
import { createHarness, HEAD, HR_ADMIN, type Harness } from './harness';

/** Two managers of five under the top, and the HR admin: one department of thirteen. */
function organisation(): MemoryPerson[] {
  const person = (id: string, managerId: string): MemoryPerson => ({
    id,
    displayName: id,
    mail: `${id}@contoso.example`,
    managerId,
    department: 'Platform',
  });
  const teams = ['m1', 'm2'].flatMap((m) => [
    person(m, HEAD),
    ...[1, 2, 3, 4, 5].map((i) => person(`${m}-r${String(i)}`, m)),
  ]);
  return [
    { id: HEAD, displayName: 'Dana Head', mail: 'dana@contoso.example' },
    ...teams,
    person(HR_ADMIN, HEAD),
  ];
}

/**
 * One manager commitment due 10 March, done at 11:00 UTC that day: on time in Honolulu (01:00 on
 * the 10th), late in Auckland (00:00 on the 11th). The clock stands at 15 April.
 */
async function harnessWithOrgZone(orgTimeZone?: string): Promise<Harness> {
  const h = createHarness({
    directory: new MemoryDirectory(organisation(), HR_ADMIN),
    ...(orgTimeZone === undefined ? {} : { orgTimeZone }),
  });
  const commitment = aManagerCommitment({
    due: '2026-03-10',
    status: 'done',
    completedAt: '2026-03-10T11:00:00Z',
  });
  await h.contracts.saveVersion(
    { ...aContract(aVersion({ commitments: [commitment] })), reportId: 'm1-r1', managerId: 'm1' },
    undefined,
  );
  return h;
}

async function aggregates(h: Harness, query: string): Promise<Record<string, unknown>> {
  const reply = await h.call(HR_ADMIN, 'GET', `/api/hr/aggregates${query}`);
  expect(reply.status, reply.text).toBe(200);
  return reply.json;
}

describe('HR aggregates: the organisation’s time zone, not the caller’s', () => {
  it('gives the same figures whatever time zone the caller sends', async () => {
    const h = await harnessWithOrgZone('Europe/London');
    const plain = await aggregates(h, '');
    expect(plain.organisation).toMatchObject({ size: 13 });
    for (const tz of ['Pacific/Auckland', 'Pacific/Honolulu', 'Asia/Kolkata', 'UTC']) {
      expect(await aggregates(h, `?tz=${encodeURIComponent(tz)}`), tz).toEqual(plain);
    }
  });

  it('draws the quarter and “on time” in the configured zone, and says which', async () => {
    const auckland = await aggregates(
      await harnessWithOrgZone('Pacific/Auckland'),
      '?tz=Pacific/Honolulu',
    );
    const honolulu = await aggregates(
      await harnessWithOrgZone('Pacific/Honolulu'),
      '?tz=Pacific/Auckland',
    );
    expect(auckland.organisation).toMatchObject({ metrics: { managerCommitmentsOnTime: 0 } });
    expect(auckland.period).toMatchObject({ timeZone: 'Pacific/Auckland', to: '2026-04-15' });
    expect(honolulu.organisation).toMatchObject({ metrics: { managerCommitmentsOnTime: 100 } });
    expect(honolulu.period).toMatchObject({ timeZone: 'Pacific/Honolulu' });
  });

  it('uses UTC when no organisation zone is configured', async () => {
    const r = await aggregates(await harnessWithOrgZone(), '?tz=Pacific/Auckland');
    expect(r.period).toMatchObject({ timeZone: 'UTC' });
    expect(r.organisation).toMatchObject({ metrics: { managerCommitmentsOnTime: 100 } });
  });
});
