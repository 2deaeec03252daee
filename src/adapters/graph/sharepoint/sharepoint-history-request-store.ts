import {
  HISTORY_REQUEST_STATES,
  type HistoryRequest,
  type HistoryRequestStore,
  type Versioned,
} from '../../../app/ports';
import { FieldReader } from './field-codecs';
import { eq } from './item-filter';
import { KeyedItems } from './keyed-items';
import type { FieldValues, ListClient, ListItem } from './list-client';
import type { ColumnOf } from './schema';

type Fields = Readonly<Record<ColumnOf<'historyRequests'>, string | null>> & { Title: string };

/** The pair is the key: SharePoint's unique column settles two requests made at once. */
const requestKey = (r: HistoryRequest): string => `${r.reportId}#${r.managerId}`;

function requestFields(request: HistoryRequest): Fields & FieldValues {
  return {
    Title: 'history request',
    requestKey: requestKey(request),
    requestId: request.id,
    reportId: request.reportId,
    managerId: request.managerId,
    askedAt: request.askedAt,
    requestState: request.state,
    answeredAt: request.answeredAt ?? null,
  };
}

/** Requests to share earlier history, one item per report and manager in CareerHistoryRequests. */
export class SharePointHistoryRequestStore implements HistoryRequestStore {
  private readonly requests: KeyedItems;

  constructor(private readonly items: ListClient) {
    this.requests = new KeyedItems(items, 'historyRequests', 'requestKey', 'history request');
  }

  private versioned(item: ListItem): Versioned<HistoryRequest> | undefined {
    const r = new FieldReader('historyRequests', item.id, item.fields);
    const required = {
      id: r.text('requestId'),
      reportId: r.text('reportId'),
      managerId: r.text('managerId'),
      askedAt: r.instant('askedAt'),
      state: r.choice('requestState', HISTORY_REQUEST_STATES),
    };
    const answeredAt = r.instant('answeredAt');
    const v = r.finish(this.items.onProblem, required);
    if (!v) return undefined;
    return {
      value: { ...v, ...(answeredAt === undefined ? {} : { answeredAt }) },
      etag: item.etag,
    };
  }

  async listForReport(reportId: string): Promise<Versioned<HistoryRequest>[]> {
    const found = await this.requests.listWhere(eq('reportId', reportId));
    return found.flatMap((item) => this.versioned(item) ?? []);
  }

  async create(request: HistoryRequest): Promise<Versioned<HistoryRequest>> {
    const item = await this.requests.create(requestKey(request), requestFields(request));
    return this.versioned(item) ?? { value: request, etag: item.etag };
  }

  /** Only the answer changes; the id must match, so an old request is never answered by a new one. */
  async update(request: HistoryRequest, expectedEtag: string): Promise<Versioned<HistoryRequest>> {
    const item = await this.requests.update(
      requestKey(request),
      requestFields(request),
      expectedEtag,
      eq('requestId', request.id),
    );
    return this.versioned(item) ?? { value: request, etag: item.etag };
  }

  async removeAll(reportId: string): Promise<void> {
    await this.requests.removeWhere(eq('reportId', reportId));
  }
}
