import { PortError, type AgendaItem, type AgendaStore, type Versioned } from '../../app/ports';

/** Agenda items in memory, oldest first, with the same not-found rule as a real store. */
export class MemoryAgendaStore implements AgendaStore {
  private readonly items: Versioned<AgendaItem>[] = [];
  private counter = 0;

  listForReport(reportId: string): Promise<Versioned<AgendaItem>[]> {
    return Promise.resolve(
      this.items.filter((i) => i.value.reportId === reportId).map((i) => structuredClone(i)),
    );
  }

  create(item: AgendaItem): Promise<Versioned<AgendaItem>> {
    this.counter += 1;
    const stored = { value: structuredClone(item), etag: `agenda-${String(this.counter)}` };
    this.items.push(stored);
    return Promise.resolve(structuredClone(stored));
  }

  remove(reportId: string, itemId: string): Promise<void> {
    const index = this.items.findIndex(
      (i) => i.value.reportId === reportId && i.value.id === itemId,
    );
    if (index < 0) return Promise.reject(new PortError('not-found', 'There is no such item.'));
    this.items.splice(index, 1);
    return Promise.resolve();
  }

  removeAll(reportId: string): Promise<void> {
    for (let i = this.items.length - 1; i >= 0; i -= 1) {
      if (this.items[i]?.value.reportId === reportId) this.items.splice(i, 1);
    }
    return Promise.resolve();
  }
}
