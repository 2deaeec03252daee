import { PortError, type ConsentStore, type ConsentRecord, type Versioned } from '../../app/ports';

/** Consent records in memory, with the same conditional-write rules as a real store. */
export class MemoryConsentStore implements ConsentStore {
  private readonly items = new Map<string, Versioned<ConsentRecord>>();
  private counter = 0;

  listForReport(reportId: string): Promise<Versioned<ConsentRecord>[]> {
    const found = [...this.items.values()].filter((item) => item.value.reportId === reportId);
    return Promise.resolve(found.map(copy));
  }

  create(consent: ConsentRecord): Promise<Versioned<ConsentRecord>> {
    const active = [...this.items.values()].some(
      ({ value }) =>
        value.reportId === consent.reportId &&
        value.managerId === consent.managerId &&
        value.revokedAt === undefined,
    );
    if (active || this.items.has(consent.id)) {
      return Promise.reject(new PortError('conflict', 'This manager can already see the history.'));
    }
    return Promise.resolve(this.store(consent));
  }

  update(consent: ConsentRecord, expectedEtag: string): Promise<Versioned<ConsentRecord>> {
    const current = this.items.get(consent.id);
    if (!current) return Promise.reject(new PortError('not-found', 'This consent does not exist.'));
    if (current.etag !== expectedEtag) {
      return Promise.reject(new PortError('conflict', 'This consent changed since it was read.'));
    }
    return Promise.resolve(this.store(consent));
  }

  removeAll(reportId: string): Promise<void> {
    for (const [id, item] of this.items) {
      if (item.value.reportId === reportId) this.items.delete(id);
    }
    return Promise.resolve();
  }

  private store(consent: ConsentRecord): Versioned<ConsentRecord> {
    this.counter += 1;
    const item = { value: structuredClone(consent), etag: `consent-${String(this.counter)}` };
    this.items.set(consent.id, item);
    return copy(item);
  }
}

function copy(item: Versioned<ConsentRecord>): Versioned<ConsentRecord> {
  return { value: structuredClone(item.value), etag: item.etag };
}
