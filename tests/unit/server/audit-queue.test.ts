import { describe, expect, it } from 'vitest';
import { MemoryAuditLog } from '../../../src/adapters/memory/memory-audit-log';
import type { AuditEntry } from '../../../src/app/ports';
import { AuditQueue } from '../../../src/server/access/audit-queue';
import type { ServerLog } from '../../../src/server/deps';

const quiet: ServerLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

const read = (at: string, subjectId = 'report-1', actorId = 'manager-1'): AuditEntry => ({
  at,
  actorId,
  subjectId,
  action: 'team.overview',
  outcome: 'allowed',
  basis: 'current-manager',
});

/** A store that refuses the first `refusals` write rounds, as a throttled SharePoint would. */
class FlakyAudit extends MemoryAuditLog {
  rounds = 0;
  constructor(private refusals: number) {
    super();
  }
  override async appendAll(entries: readonly AuditEntry[]): Promise<AuditEntry[]> {
    this.refuse();
    return super.appendAll(entries);
  }
  override async recordReads(entries: readonly AuditEntry[]): Promise<AuditEntry[]> {
    this.refuse();
    return super.recordReads(entries);
  }
  private refuse(): void {
    this.rounds += 1;
    if (this.refusals > 0) {
      this.refusals -= 1;
      throw new Error('throttled');
    }
  }
}

describe('AuditQueue: reads audited off the request path, summarised per reader, person and day', () => {
  it('answers an append at once and writes nothing until it flushes', async () => {
    const store = new MemoryAuditLog();
    const queue = new AuditQueue(store, { log: quiet, flushDelayMs: 60_000 });
    await queue.append(read('2026-04-15T09:00:00Z'));
    expect(store.all()).toEqual([]);
    await queue.flush();
    expect(store.all()).toHaveLength(1);
  });

  it('summarises the same reader, person and day into one entry with a count and the last time', async () => {
    const store = new MemoryAuditLog();
    const queue = new AuditQueue(store, { log: quiet, flushDelayMs: 60_000 });
    await queue.append(read('2026-04-15T09:00:00Z'));
    await queue.append(read('2026-04-15T17:30:00Z'));
    await queue.append(read('2026-04-15T12:00:00Z'));
    await queue.append(read('2026-04-16T08:00:00Z'));
    await queue.append(read('2026-04-15T10:00:00Z', 'report-2'));
    await queue.flush();
    const aboutReport1 = await queue.listForSubject('report-1');
    expect(aboutReport1.map((e) => [e.at, e.count ?? 1])).toEqual([
      ['2026-04-16T08:00:00Z', 1],
      ['2026-04-15T17:30:00Z', 3],
    ]);
    expect(await queue.listForSubject('report-2')).toHaveLength(1);
  });

  it('counts a read into the stored entry of its day, flush after flush, keeping the first time', async () => {
    const store = new MemoryAuditLog();
    const queue = new AuditQueue(store, { log: quiet, flushDelayMs: 60_000 });
    for (const time of ['09:00', '11:00', '16:45']) {
      await queue.append(read(`2026-04-15T${time}:00Z`));
      await queue.flush();
    }
    expect(store.all()).toEqual([
      expect.objectContaining({
        at: '2026-04-15T16:45:00Z',
        firstAt: '2026-04-15T09:00:00Z',
        count: 3,
      }),
    ]);
  });

  it('writes every change as its own entry, even the same change twice in a second', async () => {
    const store = new MemoryAuditLog();
    const queue = new AuditQueue(store, { log: quiet, flushDelayMs: 60_000 });
    const change: AuditEntry = {
      ...read('2026-04-15T09:00:00Z'),
      action: 'commitment.update',
      recordId: 'commitment-1',
    };
    await queue.append(change);
    await queue.append(change);
    await queue.flush();
    expect(store.all()).toEqual([
      { ...change, id: expect.any(String) as unknown },
      { ...change, id: expect.any(String) as unknown },
    ]);
  });

  it('shows every queued access to the person it concerns when they read their trail', async () => {
    const store = new MemoryAuditLog();
    const queue = new AuditQueue(store, { log: quiet, flushDelayMs: 60_000 });
    await queue.append(read('2026-04-15T09:00:00Z'));
    expect(await queue.listForSubject('report-1')).toHaveLength(1);
  });

  it('keeps what a failed flush could not write and writes it on the retry', async () => {
    const store = new FlakyAudit(2);
    const queue = new AuditQueue(store, { log: quiet, flushDelayMs: 60_000, retryDelayMs: 1 });
    await queue.append(read('2026-04-15T09:00:00Z'));
    await queue.flush();
    expect(queue.size).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 30));
    await queue.flush();
    expect(store.all()).toHaveLength(1);
    expect(queue.size).toBe(0);
  });

  it('loses nothing on close: flushes, retrying a refused write', async () => {
    const store = new FlakyAudit(1);
    const queue = new AuditQueue(store, { log: quiet, flushDelayMs: 60_000, retryDelayMs: 1 });
    await queue.append(read('2026-04-15T09:00:00Z'));
    await queue.append(read('2026-04-15T09:00:00Z', 'report-2'));
    await queue.close();
    expect(store.all()).toHaveLength(2);
  });

  it('drops what waits about a person who is erased', async () => {
    const store = new MemoryAuditLog();
    const queue = new AuditQueue(store, { log: quiet, flushDelayMs: 60_000 });
    await queue.append(read('2026-04-15T09:00:00Z'));
    await queue.eraseSubject('report-1');
    await queue.close();
    expect(store.all()).toEqual([]);
  });
});
