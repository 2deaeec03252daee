import { randomUUID } from 'node:crypto';
import type { TenantState } from '../../state/types';
import { findList } from './context';
import { indexItemAdded } from './list-index';
import { spTimestamp } from './seed';
import { SHAREPOINT_SLICE, type FieldValue, type Identity, type SharePointState } from './state';

/**
 * Appends items to a list without going through Graph: for seed hooks (demo history) and for
 * tests that need lists past the 5,000-item threshold. Values are stored as given, so they must
 * already be in stored form (ISO date-times with whole seconds, numbers, lookup ids).
 * Returns the new item ids.
 */
export function insertListItems(
  state: TenantState,
  siteId: string,
  listKey: string,
  rows: Record<string, FieldValue>[],
  author: Identity,
  now: Date,
): number[] {
  const sp = state.features[SHAREPOINT_SLICE] as SharePointState | undefined;
  const site = sp?.sites.find((candidate) => candidate.id === siteId);
  if (!site) throw new Error(`No site ${siteId}`);
  const found = findList(site, listKey);
  if (!found.ok) throw new Error(`No list ${listKey} in ${siteId}`);
  const list = found.value;
  const stamp = spTimestamp(now);
  return rows.map((values) => {
    const id = list.nextItemId;
    list.nextItemId += 1;
    const item = {
      id,
      uniqueId: randomUUID(),
      version: 1,
      createdDateTime: stamp,
      lastModifiedDateTime: stamp,
      createdBy: author,
      lastModifiedBy: author,
      values: { ...values },
    };
    list.items.push(item);
    indexItemAdded(list, item);
    return id;
  });
}
