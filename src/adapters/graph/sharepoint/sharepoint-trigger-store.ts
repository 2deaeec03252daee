import type { TriggerStore, Versioned } from '../../../app/ports';
import { definedOnly, TRIGGER_IDS, type TriggerLog } from '../../../domain';
import { FieldReader } from './field-codecs';
import { eq } from './item-filter';
import { KeyedItems } from './keyed-items';
import type { FieldValues, ListClient, ListItem } from './list-client';
import type { ColumnOf } from './schema';

type Fields = Readonly<Record<ColumnOf<'triggers'>, string | null>> & { Title: string };

function triggerFields(reportId: string, log: TriggerLog): Fields & FieldValues {
  return {
    Title: log.trigger,
    logId: log.id,
    reportId,
    trigger: log.trigger,
    loggedAt: log.loggedAt,
    closedAt: log.closedAt ?? null,
    closedByConversationId: log.closedByConversationId ?? null,
  };
}

/** Triggers a manager logged, one item each in CareerTriggers; the category is a closed choice. */
export class SharePointTriggerStore implements TriggerStore {
  private readonly logs: KeyedItems;

  constructor(private readonly items: ListClient) {
    this.logs = new KeyedItems(items, 'triggers', 'logId', 'trigger');
  }

  private versioned(item: ListItem): Versioned<TriggerLog> | undefined {
    const r = new FieldReader('triggers', item.id, item.fields);
    const required = {
      id: r.text('logId'),
      trigger: r.choice('trigger', TRIGGER_IDS),
      loggedAt: r.instant('loggedAt'),
    };
    const closedAt = r.instant('closedAt');
    const closedByConversationId = r.text('closedByConversationId');
    const v = r.finish(this.items.onProblem, required);
    if (!v) return undefined;
    const value: TriggerLog = {
      ...v,
      ...definedOnly({ closedAt, closedByConversationId }),
    };
    return { value, etag: item.etag };
  }

  async listForReport(reportId: string): Promise<Versioned<TriggerLog>[]> {
    const found = await this.logs.listWhere(eq('reportId', reportId));
    return found.flatMap((item) => this.versioned(item) ?? []);
  }

  async create(reportId: string, log: TriggerLog): Promise<Versioned<TriggerLog>> {
    const item = await this.logs.create(log.id, triggerFields(reportId, log));
    return this.versioned(item) ?? { value: log, etag: item.etag };
  }

  async update(
    reportId: string,
    log: TriggerLog,
    expectedEtag: string,
  ): Promise<Versioned<TriggerLog>> {
    const fields = triggerFields(reportId, log);
    const item = await this.logs.update(log.id, fields, expectedEtag, eq('reportId', reportId));
    return this.versioned(item) ?? { value: log, etag: item.etag };
  }

  async removeAll(reportId: string): Promise<void> {
    await this.logs.removeWhere(eq('reportId', reportId));
  }
}
