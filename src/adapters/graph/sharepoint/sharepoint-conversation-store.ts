import type { ConversationStore, Versioned } from '../../../app/ports';
import type { ConversationRecord } from '../../../domain';
import { conversationFields, readConversation } from './conversation-rows';
import { eq } from './item-filter';
import { KeyedItems } from './keyed-items';
import type { ListClient, ListItem } from './list-client';

/** Shared conversation records: one item per conversation in CareerConversations. */
export class SharePointConversationStore implements ConversationStore {
  private readonly records: KeyedItems;

  constructor(private readonly items: ListClient) {
    this.records = new KeyedItems(items, 'conversations', 'conversationId', 'conversation');
  }

  private versioned(item: ListItem): Versioned<ConversationRecord> | undefined {
    const value = readConversation(item, this.items.onProblem);
    return value && { value, etag: item.etag };
  }

  private stored(item: ListItem, written: ConversationRecord): Versioned<ConversationRecord> {
    return this.versioned(item) ?? { value: written, etag: item.etag };
  }

  async listForReport(reportId: string): Promise<Versioned<ConversationRecord>[]> {
    const found = await this.records.listWhere(eq('reportId', reportId));
    return found.flatMap((item) => this.versioned(item) ?? []);
  }

  async get(id: string): Promise<Versioned<ConversationRecord> | undefined> {
    const item = await this.records.find(id);
    return item && this.versioned(item);
  }

  async create(record: ConversationRecord): Promise<Versioned<ConversationRecord>> {
    const item = await this.records.create(record.id, conversationFields(record));
    return this.stored(item, record);
  }

  async update(
    record: ConversationRecord,
    expectedEtag: string,
  ): Promise<Versioned<ConversationRecord>> {
    // Scoped to the report: a record cannot be moved to another person by an update.
    const item = await this.records.update(
      record.id,
      conversationFields(record),
      expectedEtag,
      eq('reportId', record.reportId),
    );
    return this.stored(item, record);
  }

  async removeAll(reportId: string): Promise<void> {
    await this.records.removeWhere(eq('reportId', reportId));
  }
}
