import { PortError, type ManagerHistory, type ManagerStint } from '../../../app/ports';
import type { IsoInstant } from '../../../domain';
import { FieldReader } from './field-codecs';
import { eq } from './item-filter';
import type { FieldValues, ListClient, ListItem } from './list-client';
import type { ColumnOf } from './schema';

type Fields = Readonly<Record<ColumnOf<'managerHistory'>, string | null>> & { Title: string };

interface StoredStint {
  item: ListItem;
  stint: ManagerStint;
}

/** Observed manager stints, one item each in CareerManagerHistory, oldest first by item id. */
export class SharePointManagerHistory implements ManagerHistory {
  constructor(private readonly items: ListClient) {}

  private read(item: ListItem): StoredStint | undefined {
    const r = new FieldReader('managerHistory', item.id, item.fields);
    const required = { managerId: r.text('managerId'), since: r.instant('since') };
    const until = r.instant('until');
    const v = r.finish(this.items.onProblem, required);
    if (!v) return undefined;
    return { item, stint: { ...v, ...(until === undefined ? {} : { until }) } };
  }

  private async stored(reportId: string): Promise<StoredStint[]> {
    const found = await this.items.query('managerHistory', eq('reportId', reportId));
    return [...found]
      .sort((a, b) => Number(a.id) - Number(b.id))
      .flatMap((item) => this.read(item) ?? []);
  }

  async stints(reportId: string): Promise<ManagerStint[]> {
    return (await this.stored(reportId)).map((s) => s.stint);
  }

  /**
   * Ending the open stint is conditional on its eTag, so of two API instances seeing the same
   * change only one closes it and opens the next; the other reads again and finds it done.
   */
  async observe(
    reportId: string,
    managerId: string | undefined,
    at: IsoInstant,
  ): Promise<ManagerStint[]> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.observeOnce(reportId, managerId, at);
      } catch (error) {
        if (attempt > 0 || !(error instanceof PortError) || error.kind !== 'conflict') throw error;
      }
    }
  }

  private async observeOnce(
    reportId: string,
    managerId: string | undefined,
    at: IsoInstant,
  ): Promise<ManagerStint[]> {
    const stored = await this.stored(reportId);
    const last = stored.at(-1);
    const open = last && last.stint.until === undefined ? last : undefined;
    if (open?.stint.managerId === managerId) return stored.map((s) => s.stint);
    if (open) {
      await this.items.updateItem('managerHistory', open.item.id, { until: at }, open.item.etag);
    }
    if (managerId !== undefined) {
      const fields: Fields & FieldValues = {
        Title: 'manager stint',
        reportId,
        managerId,
        since: at,
        until: null,
      };
      await this.items.createItem('managerHistory', fields);
    }
    return this.stints(reportId);
  }

  async removeAll(reportId: string): Promise<void> {
    const found = await this.items.query('managerHistory', eq('reportId', reportId));
    const outcomes = await this.items.run(
      found.map((item, i) => this.items.remove('managerHistory', `d${String(i)}`, item.id)),
    );
    const failed = [...outcomes.byId.values()].find((o) => o.error && o.status !== 404);
    if (failed?.error) throw failed.error;
  }
}
