import { PortError } from '../../app/ports';
import type { ConversationStore, Versioned } from '../../app/ports';
import type { ConversationRecord } from '../../domain';
import { EtagSource, FailureSwitch } from './memory-failure-switch';

type Operation = 'listForReport' | 'get' | 'create' | 'update' | 'removeAll';

const copy = (entry: Versioned<ConversationRecord>): Versioned<ConversationRecord> => ({
  value: structuredClone(entry.value),
  etag: entry.etag,
});

/** Conversation records in memory, with the SharePoint store's conditional-write rules. */
export class MemoryConversationStore implements ConversationStore {
  readonly failures = new FailureSwitch<Operation>();
  /** Insertion order is creation order, which listing keeps. */
  private readonly byId = new Map<string, Versioned<ConversationRecord>>();
  private readonly etags = new EtagSource('conversation');

  listForReport(reportId: string): Promise<Versioned<ConversationRecord>[]> {
    return this.failures.run('listForReport', () =>
      [...this.byId.values()].filter((e) => e.value.reportId === reportId).map(copy),
    );
  }

  get(id: string): Promise<Versioned<ConversationRecord> | undefined> {
    return this.failures.run('get', () => {
      const entry = this.byId.get(id);
      return entry && copy(entry);
    });
  }

  create(record: ConversationRecord): Promise<Versioned<ConversationRecord>> {
    return this.failures.run('create', () => {
      if (this.byId.has(record.id)) {
        throw new PortError('conflict', 'This conversation already exists. Reload to see it.');
      }
      return this.put(record);
    });
  }

  update(record: ConversationRecord, expectedEtag: string): Promise<Versioned<ConversationRecord>> {
    return this.failures.run('update', () => {
      const entry = this.byId.get(record.id);
      // Scoped to the report, as in SharePoint: an update cannot move a record to someone else.
      if (entry?.value.reportId !== record.reportId) {
        throw new PortError(
          'not-found',
          'This conversation no longer exists. It may have been erased.',
        );
      }
      if (entry.etag !== expectedEtag) {
        throw new PortError('conflict', 'This conversation was changed somewhere else. Reload it.');
      }
      return this.put(record);
    });
  }

  removeAll(reportId: string): Promise<void> {
    return this.failures.run('removeAll', () => {
      for (const [id, entry] of this.byId) {
        if (entry.value.reportId === reportId) this.byId.delete(id);
      }
    });
  }

  private put(record: ConversationRecord): Versioned<ConversationRecord> {
    const entry = { value: structuredClone(record), etag: this.etags.next() };
    this.byId.set(record.id, entry);
    return copy(entry);
  }
}
