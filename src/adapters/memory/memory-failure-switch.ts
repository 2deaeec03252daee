import { PortError, type PortErrorKind } from '../../app/ports';

const MESSAGES: Record<PortErrorKind, string> = {
  conflict: 'This was changed somewhere else since you opened it. Reload, then try again.',
  'precondition-required': 'This change needs the version you last loaded. Reload, then try again.',
  'not-found': 'This item could not be found.',
  forbidden: 'You do not have permission to do this.',
  unauthenticated: 'Your sign-in has expired. Sign in again to continue.',
  throttled: 'The service is busy right now. Wait a minute, then try again.',
  unavailable: 'The service could not be reached. Try again.',
  invalid: 'The request was not accepted.',
};

interface Planned<Op extends string> {
  kind: PortErrorKind;
  op: Op | undefined;
  remaining: number;
}

/**
 * Makes an in-memory store fail on purpose, so tests can show what a screen or use case does when
 * storage is throttled, unreachable or in conflict: `store.failures.failNext('throttled')`.
 */
export class FailureSwitch<Op extends string> {
  private planned: Planned<Op>[] = [];

  /** The next `times` calls (of `op`, or of any operation) fail with `kind`. */
  failNext(kind: PortErrorKind, options: { op?: Op; times?: number } = {}): void {
    this.planned.push({ kind, op: options.op, remaining: options.times ?? 1 });
  }

  /** Every call (of `op`, or of any operation) fails with `kind` until `clear()`. */
  failAlways(kind: PortErrorKind, op?: Op): void {
    this.failNext(kind, { ...(op === undefined ? {} : { op }), times: Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.planned = [];
  }

  /** Throws the planned failure for this call, if there is one. */
  check(op: Op): void {
    const plan = this.planned.find((p) => p.op === undefined || p.op === op);
    if (!plan) return;
    plan.remaining -= 1;
    if (plan.remaining <= 0) this.planned = this.planned.filter((p) => p !== plan);
    throw new PortError(plan.kind, MESSAGES[plan.kind]);
  }

  /**
   * Runs a store operation after the planned failure check. The body runs synchronously, so two
   * concurrent writes see each other as they would in a real store.
   */
  run<T>(op: Op, body: () => T): Promise<T> {
    try {
      this.check(op);
      return Promise.resolve(body());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

/** In-memory eTags: opaque, and different after every write. */
export class EtagSource {
  private counter = 0;

  constructor(private readonly prefix: string) {}

  next(): string {
    this.counter += 1;
    return `"${this.prefix}-${String(this.counter)}"`;
  }
}
