import { MutationObserver, QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type {
  CareerApiClient,
  CurrentContract,
} from '../../../../src/adapters/career-api/career-api-client';
import { isPortError, PortError } from '../../../../src/app/ports/port-error';
import { careerMutationOptions, CONFLICT_RELOADED } from '../../../../src/web/data/career-mutation';
import { markCommitmentDoneOptions } from '../../../../src/web/data/mark-commitment-done';
import { teamOverviewKey, TEAM_OVERVIEWS } from '../../../../src/web/data/use-team-overview';
import { contractKey, reportKey } from '../../../../src/web/data/use-report-data';

/** A real QueryClient with one watched query per key, counting how often each was fetched. */
function watched(keys: readonly (readonly unknown[])[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const fetches = new Map<string, number>();
  const unsubscribe = keys.map((queryKey) => {
    const name = JSON.stringify(queryKey);
    const observer = new QueryObserver(client, {
      queryKey,
      queryFn: () => {
        fetches.set(name, (fetches.get(name) ?? 0) + 1);
        return Promise.resolve(fetches.get(name));
      },
    });
    return observer.subscribe(() => undefined);
  });
  const settled = () =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (client.isFetching() === 0) resolve();
        else setTimeout(check, 1);
      };
      check();
    });
  return {
    client,
    settled,
    fetchesOf: (queryKey: readonly unknown[]) => fetches.get(JSON.stringify(queryKey)) ?? 0,
    close: () => {
      unsubscribe.forEach((u) => {
        u();
      });
      client.clear();
    },
  };
}

const report = contractKey('r1');
const team = teamOverviewKey('Europe/London');
const elsewhere = reportKey('r2');

describe('one mutation helper for every change', () => {
  it('refetches the queries the change makes stale, and only those', async () => {
    const q = watched([report, team, elsewhere]);
    await q.settled();
    const mutation = new MutationObserver(
      q.client,
      careerMutationOptions(q.client, {
        mutationFn: (n: number) => Promise.resolve(n + 1),
        invalidates: [reportKey('r1')],
        background: [TEAM_OVERVIEWS],
      }),
    );
    await expect(mutation.mutate(1)).resolves.toBe(2);
    await q.settled();
    expect(q.fetchesOf(report)).toBe(2);
    expect(q.fetchesOf(team)).toBe(2);
    expect(q.fetchesOf(elsewhere)).toBe(1);
    q.close();
  });

  it('on a 412 reloads what the change touched, then says so the same way every time', async () => {
    const q = watched([report, team]);
    await q.settled();
    const mutation = new MutationObserver(
      q.client,
      careerMutationOptions(q.client, {
        mutationFn: () => Promise.reject(new PortError('conflict', 'Precondition failed')),
        invalidates: [reportKey('r1')],
        background: [TEAM_OVERVIEWS],
      }),
    );
    const error: unknown = await mutation.mutate(undefined).catch((e: unknown) => e);
    // Already reloaded when the screen hears of it.
    expect(q.fetchesOf(report)).toBe(2);
    expect(isPortError(error, 'conflict')).toBe(true);
    expect((error as PortError).message).toBe(CONFLICT_RELOADED);
    q.close();
  });

  it('leaves other failures as they were', async () => {
    const q = watched([report]);
    await q.settled();
    const down = new PortError('unavailable', 'The service could not be reached.');
    const mutation = new MutationObserver(
      q.client,
      careerMutationOptions(q.client, {
        mutationFn: () => Promise.reject(down),
        invalidates: [reportKey('r1')],
      }),
    );
    await expect(mutation.mutate(undefined)).rejects.toBe(down);
    q.close();
  });
});

describe('marking a commitment done: every caller, the same on a 412', () => {
  const contract = (etag: string) => ({ etag }) as unknown as CurrentContract;

  /** An API whose contract moved on once since the screen read it. */
  function movedOnApi() {
    const sent: { etag: string; note: string | undefined }[] = [];
    const api = {
      markCommitmentDone: (_r: string, _c: string, etag: string, note?: string) => {
        sent.push({ etag, note });
        return etag === 'fresh'
          ? Promise.resolve(contract('after'))
          : Promise.reject(new PortError('conflict', 'Precondition failed'));
      },
      contract: () => Promise.resolve(contract('fresh')),
    } as unknown as CareerApiClient;
    return { api, sent };
  }

  it('ticks it on the fresh version, from the close screen and from the commitments card alike', async () => {
    const outcomes = [];
    for (const request of [
      { commitmentId: 'c1', etag: 'stale' }, // the close screen
      { commitmentId: 'c1', etag: 'stale', note: 'Booked it' }, // the commitments card
    ]) {
      const q = watched([report]);
      const { api, sent } = movedOnApi();
      const mutation = new MutationObserver(
        q.client,
        markCommitmentDoneOptions(api, q.client, 'r1', 'Europe/London'),
      );
      const saved = await mutation.mutate(request);
      outcomes.push({ etag: saved.etag, etags: sent.map((s) => s.etag) });
      expect(sent.at(-1)?.note).toBe(request.note);
      q.close();
    }
    expect(outcomes[0]).toEqual({ etag: 'after', etags: ['stale', 'fresh'] });
    expect(outcomes[1]).toEqual(outcomes[0]);
  });
});
