import { isPortError } from '../../../app/ports/port-error';
import { failedWith, messageOf } from './autosave-errors';
import type {
  AutosaveOptions,
  AutosaveSnapshot,
  AutosaveStatus,
  RemoteVersion,
} from './autosave-types';

export type * from './autosave-types';

/**
 * Every autosave with something it may still have to send: running on a screen, or stopped with
 * its last save under way. Signing out flushes them all first (`flushAutosaves`).
 */
const unsettled = new Set<{ flush(): Promise<unknown> }>();

/** Sends whatever every autosave still holds and waits until each has answered. */
export async function flushAutosaves(): Promise<void> {
  await Promise.all([...unsettled].map((engine) => engine.flush()));
}

/**
 * Autosave that never loses typed text: every change is kept on the device first, then sent
 * after a pause with the version it was typed on. A network failure waits and retries; a
 * version that moved on elsewhere becomes a conflict showing both texts; a restore after a reload
 * uses the device's copy only if the saved one did not move on since it was typed.
 */
export class AutosaveEngine<T> {
  private snapshot: AutosaveSnapshot<T> = {
    value: undefined,
    status: { kind: 'loading' },
    restored: false,
    deviceCopy: true,
  };
  private readonly listeners = new Set<() => void>();
  private base: RemoteVersion<T> | undefined;
  private baseEtag: string | null = null;
  /** The saved value the local changes were typed on (for a three-way check). */
  private typedOn: T | undefined;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;
  /** Bumped by start and stop, so a read answered after a newer start is ignored. */
  private generation = 0;
  private stopped = false;
  private readonly debounceMs: number;
  private readonly retryMs: number;
  private readonly now: () => Date;
  private readonly isOnline: () => boolean;

  constructor(private readonly options: AutosaveOptions<T>) {
    this.debounceMs = options.debounceMs ?? 1000;
    this.retryMs = options.retryMs ?? 5000;
    this.now = options.now ?? (() => new Date());
    this.isOnline = options.isOnline ?? (() => true);
  }

  getSnapshot = (): AutosaveSnapshot<T> => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The version writes are based on (for a change made beside the autosave, e.g. "held"). */
  get etag(): string | null {
    return this.baseEtag;
  }

  /** Reads the saved version and reconciles it with what this device kept. */
  async start(): Promise<void> {
    this.stopped = false;
    unsettled.add(this);
    const generation = ++this.generation;
    if (this.snapshot.value === undefined) {
      const draft = this.options.drafts.load();
      if (draft) {
        this.dirty = true;
        this.baseEtag = draft.baseEtag;
        this.typedOn = draft.baseValue;
        this.update({ value: draft.value, restored: true });
      }
    }
    let remote: RemoteVersion<T>;
    try {
      remote = await this.options.remote.read();
    } catch (error) {
      if (generation !== this.generation) return;
      const network = this.isNetwork(error);
      if (this.snapshot.value === undefined) {
        this.update({ status: { kind: 'unreachable', message: messageOf(error) } });
      } else {
        this.update({ status: network ? { kind: 'offline' } : failedWith(error) });
      }
      if (network) this.schedule(() => void this.start(), this.retryMs);
      return;
    }
    if (generation === this.generation) this.reconcile(remote);
  }

  edit(value: T): void {
    const { status } = this.snapshot;
    if (status.kind === 'loading' || status.kind === 'unreachable') return;
    this.dirty = true;
    this.keepOnDevice(value);
    if (status.kind === 'conflict') {
      this.update({ value, status: { ...status, mine: value } });
      return;
    }
    this.update({ value, status: status.kind === 'offline' ? status : { kind: 'pending' } });
    if (status.kind !== 'offline') this.schedule(() => void this.save(), this.debounceMs);
  }

  /** Sends now and waits until nothing is in flight; the status says how it went. */
  async flush(): Promise<AutosaveStatus<T>> {
    this.clearTimer();
    await this.save();
    while (this.inFlight) await this.inFlight;
    return this.snapshot.status;
  }

  /** The network is back, or the person asked to try again. */
  retry(): void {
    const { status } = this.snapshot;
    if (status.kind !== 'unreachable' && status.kind !== 'offline' && status.kind !== 'failed') {
      return;
    }
    this.clearTimer();
    void (this.base ? this.save() : this.start());
  }

  /** Ends a conflict with the person's merged text, written on top of the newer version. */
  resolve(merged: T): void {
    if (this.snapshot.status.kind !== 'conflict' || !this.base) return;
    this.baseEtag = this.base.etag;
    this.typedOn = this.base.value;
    if (this.options.equals(merged, this.base.value)) {
      this.markSaved(merged, undefined);
      return;
    }
    this.dirty = true;
    this.keepOnDevice(merged);
    this.update({ value: merged, status: { kind: 'pending' } });
    void this.save();
  }

  /** A change written beside the autosave with its etag (e.g. marking the record held). */
  adopt(version: RemoteVersion<T>): void {
    this.base = version;
    this.baseEtag = version.etag;
    this.typedOn = version.value;
    const shown = this.snapshot.value;
    if (this.dirty) this.keepOnDevice(shown ?? version.value);
    // Equal text is left as typed (a trailing newline, the caret) rather than replaced.
    else if (shown === undefined || !this.options.equals(shown, version.value)) {
      this.update({ value: version.value });
    }
  }

  /**
   * Leaving the screen: timers stop, but a change still waiting for its pause is sent now, so
   * the next screen (the contract, the summary) reads it from the record.
   */
  stop(): void {
    const waiting = this.timer !== undefined;
    this.clearTimer();
    this.stopped = true;
    this.generation += 1;
    const last = waiting ? this.save() : (this.inFlight ?? Promise.resolve());
    void last.finally(() => {
      if (this.stopped && this.timer === undefined) unsettled.delete(this);
    });
  }

  private reconcile(remote: RemoteVersion<T>): void {
    const mine = this.snapshot.value;
    const { equals } = this.options;
    this.base = remote;
    if (!this.dirty || mine === undefined) {
      this.rebase(remote);
      this.markSaved(remote.value, undefined);
      return;
    }
    if (equals(mine, remote.value)) {
      this.rebase(remote);
      this.update({ restored: false });
      this.markSaved(mine, undefined);
      return;
    }
    // Typed on the version still saved, or the saved one moved on without touching this text
    // (another field of the record changed): nothing newer to lose, so send it on top.
    const untouched = this.typedOn !== undefined && equals(this.typedOn, remote.value);
    if (this.baseEtag === remote.etag || untouched) {
      this.rebase(remote);
      this.keepOnDevice(mine);
      this.update({ status: { kind: 'pending' } });
      void this.save();
      return;
    }
    this.update({ status: { kind: 'conflict', mine, theirs: remote.value } });
  }

  private rebase(remote: RemoteVersion<T>): void {
    this.baseEtag = remote.etag;
    this.typedOn = remote.value;
  }

  private async save(): Promise<void> {
    if (this.inFlight) {
      await this.inFlight;
      return this.save();
    }
    const value = this.snapshot.value;
    const { status } = this.snapshot;
    if (value === undefined || !this.dirty || status.kind === 'conflict') return;
    this.clearTimer();
    const problem = this.options.check?.(value);
    if (problem !== undefined) {
      this.update({ status: { kind: 'failed', message: problem } });
      return;
    }
    this.update({ status: { kind: 'saving' } });
    this.inFlight = this.send(value).finally(() => {
      this.inFlight = undefined;
    });
    await this.inFlight;
  }

  private async send(value: T): Promise<void> {
    try {
      const saved = await this.options.remote.write(value, this.baseEtag);
      this.base = saved;
      this.rebase(saved);
      this.options.onSaved?.(saved);
      const current = this.snapshot.value ?? value;
      if (this.options.equals(current, value)) {
        this.markSaved(current, this.now());
      } else {
        // Typed more while it was sending: keep that on top of the new version and send it too.
        this.keepOnDevice(current);
        this.update({ status: { kind: 'pending' } });
        this.schedule(() => void this.save(), this.debounceMs);
      }
    } catch (error) {
      await this.failed(error);
    }
  }

  private async failed(error: unknown): Promise<void> {
    if (isPortError(error, 'conflict')) {
      try {
        const latest = await this.options.remote.read();
        // A refusal that is not about the version (the etag still matches) is not a conflict.
        if (latest.etag !== this.baseEtag) {
          this.reconcile(latest);
          return;
        }
      } catch (readError) {
        error = readError;
      }
    }
    if (this.isNetwork(error)) {
      this.update({ status: { kind: 'offline' } });
      this.schedule(() => void this.save(), this.retryMs);
    } else {
      this.update({ status: failedWith(error) });
    }
  }

  private isNetwork(error: unknown): boolean {
    return !this.isOnline() || isPortError(error, 'unavailable') || isPortError(error, 'throttled');
  }

  private markSaved(value: T, at: Date | undefined): void {
    this.dirty = false;
    this.options.drafts.clear();
    this.update({ value, status: at ? { kind: 'saved', at } : { kind: 'saved' } });
  }

  private keepOnDevice(value: T): void {
    const kept = this.options.drafts.save({
      value,
      baseEtag: this.baseEtag,
      ...(this.typedOn === undefined ? {} : { baseValue: this.typedOn }),
      changedAt: this.now().toISOString(),
    });
    if (kept !== this.snapshot.deviceCopy) this.update({ deviceCopy: kept });
  }

  private schedule(run: () => void, ms: number): void {
    this.clearTimer();
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      run();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private update(change: Partial<AutosaveSnapshot<T>>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }
}
