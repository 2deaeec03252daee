/**
 * The tenant's notion of "now". Everything time-dependent in the tenant (token lifetimes, code
 * expiry, calendar "today") reads this clock, so tests and demos can move time without waiting.
 * It runs with the system clock plus an offset; `freeze` stops it for deterministic tests.
 */
export interface TenantClock {
  now(): Date;
  epochMs(): number;
  /** Milliseconds added to the system clock. */
  readonly offsetMs: number;
  readonly frozen: boolean;
  set(instant: Date): void;
  advance(ms: number): void;
  freeze(at?: Date): void;
  unfreeze(): void;
  onChange(listener: () => void): void;
}

export interface ClockSnapshot {
  offsetMs: number;
  frozenAtMs: number | null;
}

export function createTenantClock(
  snapshot: ClockSnapshot = { offsetMs: 0, frozenAtMs: null },
  systemNow: () => number = () => Date.now(),
): TenantClock & { snapshot(): ClockSnapshot } {
  let offsetMs = snapshot.offsetMs;
  let frozenAtMs = snapshot.frozenAtMs;
  const listeners: (() => void)[] = [];
  const changed = (): void => {
    for (const listener of listeners) listener();
  };
  const epochMs = (): number => frozenAtMs ?? systemNow() + offsetMs;
  return {
    now: () => new Date(epochMs()),
    epochMs,
    get offsetMs() {
      return frozenAtMs === null ? offsetMs : frozenAtMs - systemNow();
    },
    get frozen() {
      return frozenAtMs !== null;
    },
    set(instant) {
      if (frozenAtMs !== null) frozenAtMs = instant.getTime();
      else offsetMs = instant.getTime() - systemNow();
      changed();
    },
    advance(ms) {
      if (frozenAtMs !== null) frozenAtMs += ms;
      else offsetMs += ms;
      changed();
    },
    freeze(at) {
      frozenAtMs = (at ?? new Date(epochMs())).getTime();
      changed();
    },
    unfreeze() {
      if (frozenAtMs !== null) offsetMs = frozenAtMs - systemNow();
      frozenAtMs = null;
      changed();
    },
    onChange(listener) {
      listeners.push(listener);
    },
    snapshot: () => ({ offsetMs, frozenAtMs }),
  };
}
