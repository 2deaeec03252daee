import { PortError, type AgendaItem, type AgendaStore, type Versioned } from '../../../app/ports';
import { FieldReader } from './field-codecs';
import { and, eq } from './item-filter';
import { KeyedItems } from './keyed-items';
import type { FieldValues, ListClient, ListItem } from './list-client';
import type { ColumnOf } from './schema';

type Fields = Readonly<Record<ColumnOf<'agenda'>, string>> & { Title: string };

function agendaFields(item: AgendaItem): Fields & FieldValues {
  return {
    Title: 'agenda item',
    itemId: item.id,
    reportId: item.reportId,
    managerId: item.managerId,
    agendaText: item.text,
    addedAt: item.addedAt,
  };
}

/** A report's agenda for the next conversation: one item each in CareerAgenda. */
export class SharePointAgendaStore implements AgendaStore {
  private readonly entries: KeyedItems;

  constructor(private readonly items: ListClient) {
    this.entries = new KeyedItems(items, 'agenda', 'itemId', 'agenda item');
  }

  private versioned(item: ListItem): Versioned<AgendaItem> | undefined {
    const r = new FieldReader('agenda', item.id, item.fields);
    const value = r.finish(this.items.onProblem, {
      id: r.text('itemId'),
      reportId: r.text('reportId'),
      managerId: r.text('managerId'),
      text: r.text('agendaText'),
      addedAt: r.instant('addedAt'),
    });
    return value ? { value, etag: item.etag } : undefined;
  }

  async listForReport(reportId: string): Promise<Versioned<AgendaItem>[]> {
    const found = await this.entries.listWhere(eq('reportId', reportId));
    return found.flatMap((item) => this.versioned(item) ?? []);
  }

  async create(item: AgendaItem): Promise<Versioned<AgendaItem>> {
    const created = await this.entries.create(item.id, agendaFields(item));
    return this.versioned(created) ?? { value: item, etag: created.etag };
  }

  async remove(reportId: string, itemId: string): Promise<void> {
    const found = await this.entries.find(itemId, eq('reportId', reportId));
    if (!found) throw new PortError('not-found', 'There is no such item on your agenda.');
    await this.entries.removeWhere(and(eq('itemId', itemId), eq('reportId', reportId)));
  }

  async removeAll(reportId: string): Promise<void> {
    await this.entries.removeWhere(eq('reportId', reportId));
  }
}
