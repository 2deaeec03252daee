import { PortError } from '../../../app/ports';
import { and, eq, type ItemFilter } from './item-filter';
import type { FieldValues, ListClient, ListItem } from './list-client';
import type { ListKey } from './schema';

const byItemId = (a: ListItem, b: ListItem) => Number(a.id) - Number(b.id);

/**
 * Items that stand for one record each, found by a unique, indexed key column (a conversation's
 * id, a report's profile). Creating never overwrites: an existing key is a `conflict`; updating
 * sends If-Match with the eTag the caller read.
 */
export class KeyedItems {
  constructor(
    private readonly items: ListClient,
    private readonly listKey: ListKey,
    private readonly keyColumn: string,
    private readonly what: string,
  ) {}

  /** Should two items share a key (a lost race on a tenant without unique keys), the first wins. */
  async find(key: string, scope?: ItemFilter): Promise<ListItem | undefined> {
    const found = await this.items.query(this.listKey, this.filter(key, scope));
    return [...found].sort(byItemId)[0];
  }

  private filter(key: string, scope: ItemFilter | undefined): ItemFilter {
    const byKey = eq(this.keyColumn, key);
    return scope ? and(byKey, scope) : byKey;
  }

  /** Oldest first: item ids grow with every item created. */
  async listWhere(filter: ItemFilter): Promise<ListItem[]> {
    return [...(await this.items.query(this.listKey, filter))].sort(byItemId);
  }

  private conflict(): PortError {
    return new PortError(
      'conflict',
      `This ${this.what} already exists or was changed somewhere else. Reload to see the latest version.`,
    );
  }

  /**
   * The key column is unique, so SharePoint refuses the second item of a race (409). The check
   * afterwards covers a site where uniqueness could not be enforced: the earlier item wins.
   */
  async create(key: string, fields: FieldValues): Promise<ListItem> {
    let created: ListItem;
    try {
      created = await this.items.createItem(this.listKey, fields);
    } catch (error) {
      throw error instanceof PortError && error.kind === 'conflict' ? this.conflict() : error;
    }
    const first = await this.find(key);
    if (first && first.id !== created.id) {
      await this.removeIds([created.id]);
      throw this.conflict();
    }
    return created;
  }

  async update(
    key: string,
    fields: FieldValues,
    expectedEtag: string,
    scope?: ItemFilter,
  ): Promise<ListItem> {
    const found = await this.find(key, scope);
    if (!found) {
      throw new PortError(
        'not-found',
        `This ${this.what} no longer exists. It may have been erased.`,
      );
    }
    if (found.etag !== expectedEtag) throw this.conflict();
    try {
      return await this.items.updateItem(this.listKey, found.id, fields, expectedEtag);
    } catch (error) {
      throw error instanceof PortError && error.kind === 'conflict' ? this.conflict() : error;
    }
  }

  async removeWhere(filter: ItemFilter): Promise<void> {
    const found = await this.items.query(this.listKey, filter);
    await this.removeIds(found.map((item) => item.id));
  }

  private async removeIds(ids: readonly string[]): Promise<void> {
    const outcomes = await this.items.run(
      ids.map((id, i) => this.items.remove(this.listKey, `d${i}`, id)),
    );
    const failed = [...outcomes.byId.values()].find((o) => o.error && o.status !== 404);
    if (failed?.error) throw failed.error;
  }
}
