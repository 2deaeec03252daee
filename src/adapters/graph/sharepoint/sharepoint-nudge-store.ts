import { isPortError, type NudgeStore } from '../../../app/ports';
import { NUDGE_KINDS, type IsoDate, type NudgeKind, type SentNudge } from '../../../domain';
import { dateToField, FieldReader } from './field-codecs';
import { eq, ge } from './item-filter';
import { KeyedItems } from './keyed-items';
import type { ListClient, ListItem } from './list-client';

const sentKeyOf = (recipientId: string, key: string): string => `${recipientId}|${key}`;
const isKind = (value: string): value is NudgeKind =>
  (NUDGE_KINDS as readonly string[]).includes(value);

/**
 * What the nudge job sent (CareerNudgesSent, one item per recipient and occasion, the key
 * unique so a second instance racing for the same nudge loses) and each person's switches
 * (CareerNudgePreferences, one item per person).
 */
export class SharePointNudgeStore implements NudgeStore {
  private readonly sent: KeyedItems;
  private readonly preferences: KeyedItems;

  constructor(private readonly items: ListClient) {
    this.sent = new KeyedItems(items, 'nudgesSent', 'sentKey', 'nudge');
    this.preferences = new KeyedItems(items, 'nudgePreferences', 'personId', 'nudge preference');
  }

  private readSent(item: ListItem): SentNudge | undefined {
    const r = new FieldReader('nudgesSent', item.id, item.fields);
    const value = r.finish(this.items.onProblem, {
      sentKey: r.text('sentKey'),
      recipientId: r.text('recipientId'),
      day: r.date('sentDay'),
      kind: r.choice('nudgeKind', NUDGE_KINDS),
    });
    if (!value) return undefined;
    const key = value.sentKey.slice(value.recipientId.length + 1);
    return { recipientId: value.recipientId, key, day: value.day, kind: value.kind };
  }

  async sentSince(since: IsoDate): Promise<SentNudge[]> {
    const found = await this.sent.listWhere(ge('sentDay', dateToField(since)));
    return found.flatMap((item) => this.readSent(item) ?? []);
  }

  async recordSent(sent: SentNudge): Promise<boolean> {
    try {
      await this.sent.create(sentKeyOf(sent.recipientId, sent.key), {
        Title: 'nudge',
        sentKey: sentKeyOf(sent.recipientId, sent.key),
        recipientId: sent.recipientId,
        sentDay: dateToField(sent.day),
        nudgeKind: sent.kind,
      });
      return true;
    } catch (error) {
      if (isPortError(error, 'conflict')) return false;
      throw error;
    }
  }

  async forget(recipientId: string, key: string): Promise<void> {
    await this.sent.removeWhere(eq('sentKey', sentKeyOf(recipientId, key)));
  }

  async switchedOff(personId: string): Promise<NudgeKind[]> {
    const item = await this.preferences.find(personId);
    const r = item ? new FieldReader('nudgePreferences', item.id, item.fields) : undefined;
    const listed = r?.text('switchedOff') ?? '';
    return listed.split(',').filter(isKind);
  }

  async setSwitchedOff(personId: string, kinds: readonly NudgeKind[]): Promise<void> {
    const fields = {
      Title: 'nudge preference',
      personId,
      switchedOff: [...new Set(kinds)].join(','),
    };
    const existing = await this.preferences.find(personId);
    if (existing) await this.preferences.update(personId, fields, existing.etag);
    else await this.preferences.create(personId, fields);
  }

  async removeAll(personId: string): Promise<void> {
    await this.sent.removeWhere(eq('recipientId', personId));
    await this.preferences.removeWhere(eq('personId', personId));
  }
}
