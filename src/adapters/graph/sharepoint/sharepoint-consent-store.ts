import {
  PortError,
  type ConsentRecord,
  type ConsentStore,
  type Versioned,
} from '../../../app/ports';
import { FieldReader } from './field-codecs';
import { and, eq } from './item-filter';
import { KeyedItems } from './keyed-items';
import type { FieldValues, ListClient, ListItem } from './list-client';
import type { ColumnOf } from './schema';

type Fields = Readonly<Record<ColumnOf<'consents'>, string | null>> & { Title: string };

function consentFields(consent: ConsentRecord): Fields & FieldValues {
  return {
    Title: 'history consent',
    consentId: consent.id,
    reportId: consent.reportId,
    managerId: consent.managerId,
    grantedAt: consent.grantedAt,
    revokedAt: consent.revokedAt ?? null,
  };
}

const alreadyGranted = () => new PortError('conflict', 'This manager can already see the history.');

/** A report's history consents, one item each in CareerConsents; revoking keeps the item. */
export class SharePointConsentStore implements ConsentStore {
  private readonly grants: KeyedItems;

  constructor(private readonly items: ListClient) {
    this.grants = new KeyedItems(items, 'consents', 'consentId', 'consent');
  }

  private versioned(item: ListItem): Versioned<ConsentRecord> | undefined {
    const r = new FieldReader('consents', item.id, item.fields);
    const required = {
      id: r.text('consentId'),
      reportId: r.text('reportId'),
      managerId: r.text('managerId'),
      grantedAt: r.instant('grantedAt'),
    };
    const revokedAt = r.instant('revokedAt');
    const v = r.finish(this.items.onProblem, required);
    if (!v) return undefined;
    return { value: { ...v, ...(revokedAt === undefined ? {} : { revokedAt }) }, etag: item.etag };
  }

  async listForReport(reportId: string): Promise<Versioned<ConsentRecord>[]> {
    const found = await this.grants.listWhere(eq('reportId', reportId));
    return found.flatMap((item) => this.versioned(item) ?? []);
  }

  /** Unrevoked grants of one report to one manager, oldest first. */
  private async activeGrants(consent: ConsentRecord): Promise<ListItem[]> {
    const found = await this.grants.listWhere(
      and(eq('reportId', consent.reportId), eq('managerId', consent.managerId)),
    );
    return found.filter((item) => {
      const value = item.fields.revokedAt;
      return value === undefined || value === null || value === '';
    });
  }

  /**
   * Two grants racing both pass the first check; the check after writing keeps the older one
   * and takes back the newer, so at most one unrevoked grant per manager survives.
   */
  async create(consent: ConsentRecord): Promise<Versioned<ConsentRecord>> {
    if (consent.revokedAt === undefined && (await this.activeGrants(consent)).length > 0) {
      throw alreadyGranted();
    }
    const item = await this.grants.create(consent.id, consentFields(consent));
    if (consent.revokedAt === undefined) {
      const first = (await this.activeGrants(consent))[0];
      if (first && first.id !== item.id) {
        const outcomes = await this.items.run([this.items.remove('consents', 'undo', item.id)]);
        outcomes.throwIfFailed();
        throw alreadyGranted();
      }
    }
    return this.versioned(item) ?? { value: consent, etag: item.etag };
  }

  async update(consent: ConsentRecord, expectedEtag: string): Promise<Versioned<ConsentRecord>> {
    const item = await this.grants.update(
      consent.id,
      consentFields(consent),
      expectedEtag,
      eq('reportId', consent.reportId),
    );
    return this.versioned(item) ?? { value: consent, etag: item.etag };
  }

  async removeAll(reportId: string): Promise<void> {
    await this.grants.removeWhere(eq('reportId', reportId));
  }
}
