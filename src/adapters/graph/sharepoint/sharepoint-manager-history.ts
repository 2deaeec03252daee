import { PortError, type ManagerHistory, type ManagerStint } from '../../../app/ports';
import type { IsoInstant } from '../../../domain';
import { FieldReader } from './field-codecs';
import { eq } from './item-filter';
import { KeyedItems } from './keyed-items';
import type { FieldValues, ListClient, ListItem } from './list-client';
import type { ColumnOf } from './schema';

type Fields = Readonly<Record<ColumnOf<'managerHistory'>, string | null>> & { Title: string };

interface StoredStint {
  item: ListItem;
  stint: ManagerStint;
}

/**
 * Each lost race costs one attempt and means someone else made progress (closed the open stint
 * or opened the next); two steps settle any handover, so a few attempts always suffice.
 */
const MAX_ATTEMPTS = 4;

/** The n-th stint of a report (0-based): the same for every instance that sees the same list. */
export const stintKey = (reportId: string, ordinal: number): string =>
  `${reportId}#${String(ordinal)}`;

/** Observed manager stints, one item each in CareerManagerHistory, oldest first by item id. */
export class SharePointManagerHistory implements ManagerHistory {
  private readonly keyed: KeyedItems;

  constructor(private readonly items: ListClient) {
    this.keyed = new KeyedItems(items, 'managerHistory', 'stintKey', 'manager stint');
  }

  private read(item: ListItem): StoredStint | undefined {
    const r = new FieldReader('managerHistory', item.id, item.fields);
    const required = { managerId: r.text('managerId'), since: r.instant('since') };
    const until = r.instant('until');
    const v = r.finish(this.items.onProblem, required);
    if (!v) return undefined;
    return { item, stint: { ...v, ...(until === undefined ? {} : { until }) } };
  }

  /** The readable stints, and how many items there are (unreadable ones still hold a key). */
  private async stored(reportId: string): Promise<{ stints: StoredStint[]; items: number }> {
    const found = await this.keyed.listWhere(eq('reportId', reportId));
    return { stints: found.flatMap((item) => this.read(item) ?? []), items: found.length };
  }

  async stints(reportId: string): Promise<ManagerStint[]> {
    return (await this.stored(reportId)).stints.map((s) => s.stint);
  }

  /**
   * Idempotent under concurrency. Two requests (or two API instances) that see the same change
   * race on deterministic steps: ending the open stint is conditional on its eTag, and the next
   * stint's item has a unique key (`reportId#n`), so SharePoint accepts only one of each. The
   * loser reads again and finds the change made, rather than recording a duplicate stint.
   */
  async observe(
    reportId: string,
    managerId: string | undefined,
    at: IsoInstant,
  ): Promise<ManagerStint[]> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.observeOnce(reportId, managerId, at);
      } catch (error) {
        const lostRace = error instanceof PortError && error.kind === 'conflict';
        if (!lostRace || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private async observeOnce(
    reportId: string,
    managerId: string | undefined,
    at: IsoInstant,
  ): Promise<ManagerStint[]> {
    const { stints, items } = await this.stored(reportId);
    const last = stints.at(-1);
    const open = last && last.stint.until === undefined ? last : undefined;
    if (open?.stint.managerId === managerId) return stints.map((s) => s.stint);
    if (open) {
      await this.items.updateItem('managerHistory', open.item.id, { until: at }, open.item.etag);
    }
    if (managerId !== undefined) {
      const key = stintKey(reportId, items);
      const fields: Fields & FieldValues = {
        Title: 'manager stint',
        reportId,
        stintKey: key,
        managerId,
        since: at,
        until: null,
      };
      await this.keyed.create(key, fields);
    }
    return this.stints(reportId);
  }

  async removeAll(reportId: string): Promise<void> {
    await this.keyed.removeWhere(eq('reportId', reportId));
  }
}
