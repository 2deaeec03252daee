import type { NudgeStore } from '../../app/ports';
import type { IsoDate, NudgeKind, SentNudge } from '../../domain';

/** What was sent and who switched what off, in memory (unit tests, the API's tests). */
export class MemoryNudgeStore implements NudgeStore {
  readonly sent: SentNudge[] = [];
  private readonly off = new Map<string, NudgeKind[]>();

  sentSince(since: IsoDate): Promise<SentNudge[]> {
    return Promise.resolve(this.sent.filter((sent) => sent.day >= since));
  }

  recordSent(sent: SentNudge): Promise<boolean> {
    const known = this.sent.some((s) => s.recipientId === sent.recipientId && s.key === sent.key);
    if (!known) this.sent.push({ ...sent });
    return Promise.resolve(!known);
  }

  forget(recipientId: string, key: string): Promise<void> {
    const index = this.sent.findIndex((s) => s.recipientId === recipientId && s.key === key);
    if (index >= 0) this.sent.splice(index, 1);
    return Promise.resolve();
  }

  switchedOff(personId: string): Promise<NudgeKind[]> {
    return Promise.resolve([...(this.off.get(personId) ?? [])]);
  }

  setSwitchedOff(personId: string, kinds: readonly NudgeKind[]): Promise<void> {
    this.off.set(personId, [...new Set(kinds)]);
    return Promise.resolve();
  }

  removeAll(personId: string): Promise<void> {
    this.off.delete(personId);
    for (let i = this.sent.length - 1; i >= 0; i -= 1) {
      if (this.sent[i]?.recipientId === personId) this.sent.splice(i, 1);
    }
    return Promise.resolve();
  }
}
