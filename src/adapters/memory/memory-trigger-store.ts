import { PortError } from '../../app/ports';
import type { TriggerStore, Versioned } from '../../app/ports';
import type { TriggerLog } from '../../domain';
import { EtagSource, FailureSwitch } from './memory-failure-switch';

type Operation = 'listForReport' | 'create' | 'update' | 'removeAll';

interface Entry {
  reportId: string;
  log: TriggerLog;
  etag: string;
}

const copy = (entry: Entry): Versioned<TriggerLog> => ({
  value: structuredClone(entry.log),
  etag: entry.etag,
});

/** Logged triggers in memory, with the SharePoint store's conditional-write rules. */
export class MemoryTriggerStore implements TriggerStore {
  readonly failures = new FailureSwitch<Operation>();
  private readonly byId = new Map<string, Entry>();
  private readonly etags = new EtagSource('trigger');

  listForReport(reportId: string): Promise<Versioned<TriggerLog>[]> {
    return this.failures.run('listForReport', () =>
      [...this.byId.values()].filter((e) => e.reportId === reportId).map(copy),
    );
  }

  create(reportId: string, log: TriggerLog): Promise<Versioned<TriggerLog>> {
    return this.failures.run('create', () => {
      if (this.byId.has(log.id)) {
        throw new PortError('conflict', 'This trigger is already logged. Reload to see it.');
      }
      return this.put(reportId, log);
    });
  }

  update(reportId: string, log: TriggerLog, expectedEtag: string): Promise<Versioned<TriggerLog>> {
    return this.failures.run('update', () => {
      const entry = this.byId.get(log.id);
      if (entry?.reportId !== reportId) {
        throw new PortError('not-found', 'This trigger no longer exists. It may have been erased.');
      }
      if (entry.etag !== expectedEtag) {
        throw new PortError('conflict', 'This trigger was changed somewhere else. Reload it.');
      }
      return this.put(reportId, log);
    });
  }

  removeAll(reportId: string): Promise<void> {
    return this.failures.run('removeAll', () => {
      for (const [id, entry] of this.byId) {
        if (entry.reportId === reportId) this.byId.delete(id);
      }
    });
  }

  private put(reportId: string, log: TriggerLog): Versioned<TriggerLog> {
    const entry = { reportId, log: structuredClone(log), etag: this.etags.next() };
    this.byId.set(log.id, entry);
    return copy(entry);
  }
}
