import { z } from 'zod/mini';
import { PortError } from '../../../app/ports';
import type { BatchOutcome, BatchStep, GraphCall, GraphClient } from '../client';
import { segment } from '../client';
import { warnProblem, type ProblemSink } from './field-codecs';
import type { ItemFilter } from './item-filter';
import { ReadBatcher, type ListQuery } from './read-batcher';
import { listSpec, type ListIds, type ListKey } from './schema';

/** What the SharePoint adapters need of the one Graph client. */
export type SharePointGraph = Pick<GraphClient, 'root' | 'send' | 'batch'>;

/** App-only (client credentials) access: the token carries the app's Sites.Selected grant. */
export const SHAREPOINT_SCOPES: readonly string[] = ['https://graph.microsoft.com/.default'];

export interface ListItem {
  id: string;
  etag: string;
  fields: Readonly<Record<string, unknown>>;
}

const listItem = z.object({
  id: z.string(),
  eTag: z.exactOptional(z.string()),
  '@odata.etag': z.exactOptional(z.string()),
  fields: z.exactOptional(z.record(z.string(), z.unknown())),
});

const page = z.object({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.exactOptional(z.string()),
});

const fieldsEtag = z.object({ '@odata.etag': z.string() });
const fieldsAnswer = z.intersection(
  z.record(z.string(), z.unknown()),
  z.object({ '@odata.etag': z.exactOptional(z.string()) }),
);

/** Composite site ids (`host,guid,guid`) keep their commas, as Graph shows them. */
export function siteSegment(siteId: string): string {
  return segment(siteId).replace(/%2C/gi, ',');
}

export type FieldValues = Readonly<Record<string, string | number | boolean | null>>;

/**
 * List item reads and writes for one site. Every read filters on indexed columns only and never
 * asks Graph to honour non-indexed queries; every conditional write sends If-Match.
 */
export interface ListClientOptions {
  /**
   * Send the queries started in the same tick together (merged per list and key column, in
   * `$batch`es): default true. False sends each caller's queries as asked, the way the API did
   * before; `npm run bench` keeps it as the per-report baseline.
   */
  batchReads?: boolean;
}

export class ListClient {
  private readonly batcher: ReadBatcher | undefined;

  constructor(
    readonly graph: SharePointGraph,
    readonly siteId: string,
    readonly lists: ListIds,
    readonly onProblem: ProblemSink = warnProblem,
    options: ListClientOptions = {},
  ) {
    this.batcher =
      options.batchReads === false ? undefined : new ReadBatcher((q) => this.sendQueries(q));
  }

  itemsPath(list: ListKey): string {
    return `/sites/${siteSegment(this.siteId)}/lists/${segment(this.lists[list])}/items`;
  }

  queryCall(list: ListKey, filter: ItemFilter): GraphCall {
    const columns = listSpec(list).columns.map((c) => c.name);
    return {
      method: 'GET',
      path: this.itemsPath(list),
      query: { $filter: filter.expression, $expand: `fields($select=${columns.join(',')})` },
      scopes: SHAREPOINT_SCOPES,
    };
  }

  /** Every item matching the filter, across pages. */
  async query(list: ListKey, filter: ItemFilter): Promise<ListItem[]> {
    const [items] = await this.queryMany([{ list, filter }]);
    return items ?? [];
  }

  /** Several queries in one round trip (a `$batch`), each followed through its pages. */
  async queryMany(queries: readonly ListQuery[]): Promise<ListItem[][]> {
    const batcher = this.batcher;
    if (batcher) return Promise.all(queries.map((q) => batcher.query(q.list, q.filter)));
    const settled = await this.sendQueries(queries);
    return settled.map((result) => {
      if (result.status === 'rejected') throw result.reason;
      return result.value;
    });
  }

  /** The queries as they are: one request, or one `$batch` (chunks of 20, in parallel). */
  private async sendQueries(
    queries: readonly ListQuery[],
  ): Promise<PromiseSettledResult<ListItem[]>[]> {
    if (queries.length === 1 && queries[0]) {
      const { list, filter } = queries[0];
      return Promise.allSettled([
        this.graph
          .send(this.queryCall(list, filter))
          .then((first) => this.readPages(list, first.body)),
      ]);
    }
    const outcomes = await this.graph.batch(
      queries.map((q, i) => ({ id: String(i + 1), ...this.queryCall(q.list, q.filter) })),
    );
    return Promise.allSettled(
      queries.map(async (q, i) => {
        const outcome = outcomes[i];
        if (!outcome) throw new PortError('unavailable', 'Microsoft 365 did not answer in full.');
        if (outcome.error) throw outcome.error;
        return this.readPages(q.list, outcome.body);
      }),
    );
  }

  /**
   * The first `top` items matching the filter, sorted on one (indexed) column: the pages after
   * the ones holding them are never fetched.
   */
  async queryTop(
    list: ListKey,
    filter: ItemFilter,
    order: { column: string; descending: boolean },
    top: number,
  ): Promise<ListItem[]> {
    const call = this.queryCall(list, filter);
    const first = await this.graph.send({
      ...call,
      query: {
        ...call.query,
        $orderby: `fields/${order.column} ${order.descending ? 'desc' : 'asc'}`,
        $top: String(top),
      },
    });
    return this.readPages(list, first.body, top);
  }

  private async readPages(list: ListKey, body: unknown, limit = Infinity): Promise<ListItem[]> {
    const items: ListItem[] = [];
    let current: unknown = body;
    for (;;) {
      const parsed = page.safeParse(current);
      if (!parsed.success) {
        throw new PortError('unavailable', 'Microsoft 365 answered with something unreadable.', {
          cause: parsed.error,
        });
      }
      for (const raw of parsed.data.value) {
        const item = this.readItem(list, raw);
        if (item) items.push(item);
      }
      const next = parsed.data['@odata.nextLink'];
      if (next === undefined || items.length >= limit) return items.slice(0, limit);
      current = (await this.graph.send(this.followCall(next))).body;
    }
  }

  private followCall(nextLink: string): GraphCall {
    const root = this.graph.root.toLowerCase();
    if (!nextLink.toLowerCase().startsWith(`${root}/`)) {
      throw new PortError('unavailable', 'Microsoft 365 sent a next page link elsewhere.');
    }
    return {
      method: 'GET',
      path: nextLink.slice(this.graph.root.length),
      scopes: SHAREPOINT_SCOPES,
    };
  }

  /** A list item as Graph returns it; one without id, eTag or fields is reported and left out. */
  readItem(list: ListKey, raw: unknown): ListItem | undefined {
    const parsed = listItem.safeParse(raw);
    const id = parsed.success ? parsed.data.id : 'unknown';
    const etag = parsed.success ? (parsed.data.eTag ?? parsed.data['@odata.etag']) : undefined;
    const fields = parsed.success ? parsed.data.fields : undefined;
    if (etag === undefined || fields === undefined) {
      this.onProblem({
        list,
        itemId: id,
        problem: 'the item has no eTag or fields',
        action: 'skipped',
      });
      return undefined;
    }
    return { id, etag, fields };
  }

  create(list: ListKey, id: string, fields: FieldValues, dependsOn?: readonly string[]): BatchStep {
    const values = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
    return {
      id,
      method: 'POST',
      path: this.itemsPath(list),
      body: { fields: values },
      scopes: SHAREPOINT_SCOPES,
      ...(dependsOn ? { dependsOn } : {}),
    };
  }

  patch(
    list: ListKey,
    id: string,
    itemId: string,
    fields: FieldValues,
    options: { ifMatch?: string; dependsOn?: readonly string[] } = {},
  ): BatchStep {
    return {
      id,
      method: 'PATCH',
      path: `${this.itemsPath(list)}/${segment(itemId)}/fields`,
      body: fields,
      headers: options.ifMatch === undefined ? {} : { 'If-Match': options.ifMatch },
      scopes: SHAREPOINT_SCOPES,
      ...(options.dependsOn ? { dependsOn: options.dependsOn } : {}),
    };
  }

  remove(list: ListKey, id: string, itemId: string): BatchStep {
    return {
      id,
      method: 'DELETE',
      path: `${this.itemsPath(list)}/${segment(itemId)}`,
      scopes: SHAREPOINT_SCOPES,
    };
  }

  /** Creates one item now; Graph answers with the item, eTag included. */
  async createItem(list: ListKey, fields: FieldValues): Promise<ListItem> {
    const step = this.create(list, 'create', fields);
    const result = await this.graph.send(step);
    const item = this.readItem(list, result.body);
    if (!item) throw new PortError('unavailable', 'Microsoft 365 did not return the new item.');
    return item;
  }

  /** Updates fields now, if the item still has `ifMatch` as its eTag; returns the new eTag. */
  async updateItem(
    list: ListKey,
    itemId: string,
    fields: FieldValues,
    ifMatch: string,
  ): Promise<ListItem> {
    const result = await this.graph.send(this.patch(list, 'update', itemId, fields, { ifMatch }));
    const answer = fieldsAnswer.safeParse(result.body);
    const etag = answer.success ? answer.data['@odata.etag'] : undefined;
    if (answer.success && etag !== undefined) {
      return { id: itemId, etag, fields: { ...fields, ...answer.data } };
    }
    return this.getItem(list, itemId);
  }

  async getItem(list: ListKey, itemId: string): Promise<ListItem> {
    const columns = listSpec(list).columns.map((c) => c.name);
    const result = await this.graph.send({
      method: 'GET',
      path: `${this.itemsPath(list)}/${segment(itemId)}`,
      query: { $expand: `fields($select=${columns.join(',')})` },
      scopes: SHAREPOINT_SCOPES,
    });
    const item = this.readItem(list, result.body);
    if (!item)
      throw new PortError('unavailable', 'Microsoft 365 answered with something unreadable.');
    return item;
  }

  /** Sends the steps (in `$batch` chunks of 20) and returns the outcomes by step id. */
  async run(steps: readonly BatchStep[]): Promise<Outcomes> {
    if (steps.length === 0) return new Outcomes(new Map());
    const outcomes = await this.graph.batch(steps);
    return new Outcomes(new Map(outcomes.map((o) => [o.id, o])));
  }

  /** The created item, from a create step's answer. */
  createdItem(list: ListKey, outcome: BatchOutcome): ListItem {
    const item = this.readItem(list, outcome.body);
    if (!item) throw new PortError('unavailable', 'Microsoft 365 did not return the new item.');
    return item;
  }
}

/** Batch outcomes by step id, with the first real failure (not a 424 echo) at hand. */
export class Outcomes {
  constructor(readonly byId: ReadonlyMap<string, BatchOutcome>) {}

  get(id: string): BatchOutcome {
    const outcome = this.byId.get(id);
    if (!outcome) throw new PortError('unavailable', 'Microsoft 365 did not answer in full.');
    return outcome;
  }

  /** The failure to report: the root cause rather than the steps that failed because of it. */
  firstError(): PortError | undefined {
    const failed = [...this.byId.values()].filter((o) => o.error !== undefined);
    return (failed.find((o) => o.status !== 424) ?? failed[0])?.error;
  }

  throwIfFailed(): void {
    const error = this.firstError();
    if (error) throw error;
  }

  /** The eTag a field update answered with (`@odata.etag` of the fieldValueSet). */
  etagOf(id: string): string | undefined {
    const parsed = fieldsEtag.safeParse(this.get(id).body);
    return parsed.success ? parsed.data['@odata.etag'] : undefined;
  }
}
