/**
 * Wraps a port so every method call is counted by name: tests can then say how often a use case
 * went to the directory or the stores.
 */
export class CallCounter {
  private readonly counts = new Map<string, number>();

  wrap<T extends object>(label: string, port: T): T {
    return new Proxy(port, {
      get: (target, property, receiver) => {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        const name = `${label}.${String(property)}`;
        return (...args: unknown[]): unknown => {
          this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
          return Reflect.apply(value, target, args) as unknown;
        };
      },
    });
  }

  of(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** Every call so far, by `label.method`. */
  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }
}
