import {
  PortError,
  type HistoryRequest,
  type HistoryRequestStore,
  type Versioned,
} from '../../app/ports';

const pairOf = (r: HistoryRequest): string => `${r.reportId}#${r.managerId}`;

/** History requests in memory, with the same one-per-pair and conditional-write rules. */
export class MemoryHistoryRequestStore implements HistoryRequestStore {
  /** By report#manager: there is at most one request per pair. */
  private readonly items = new Map<string, Versioned<HistoryRequest>>();
  private counter = 0;

  listForReport(reportId: string): Promise<Versioned<HistoryRequest>[]> {
    const found = [...this.items.values()].filter((item) => item.value.reportId === reportId);
    return Promise.resolve(found.map(copy));
  }

  create(request: HistoryRequest): Promise<Versioned<HistoryRequest>> {
    if (this.items.has(pairOf(request))) {
      return Promise.reject(new PortError('conflict', 'This manager has already asked.'));
    }
    return Promise.resolve(this.store(request));
  }

  update(request: HistoryRequest, expectedEtag: string): Promise<Versioned<HistoryRequest>> {
    const current = this.items.get(pairOf(request));
    if (current?.value.id !== request.id) {
      return Promise.reject(new PortError('not-found', 'This request does not exist.'));
    }
    if (current.etag !== expectedEtag) {
      return Promise.reject(new PortError('conflict', 'This request changed since it was read.'));
    }
    return Promise.resolve(this.store(request));
  }

  removeAll(reportId: string): Promise<void> {
    for (const [key, item] of this.items) {
      if (item.value.reportId === reportId) this.items.delete(key);
    }
    return Promise.resolve();
  }

  private store(request: HistoryRequest): Versioned<HistoryRequest> {
    this.counter += 1;
    const item = { value: structuredClone(request), etag: `request-${String(this.counter)}` };
    this.items.set(pairOf(request), item);
    return copy(item);
  }
}

function copy(item: Versioned<HistoryRequest>): Versioned<HistoryRequest> {
  return { value: structuredClone(item.value), etag: item.etag };
}
