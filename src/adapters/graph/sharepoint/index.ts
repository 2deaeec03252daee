import type {
  AuditLog,
  AgendaStore,
  ConsentStore,
  ContractStore,
  HistoryRequestStore,
  ConversationStore,
  ManagerHistory,
  NudgeStore,
  ProfileStore,
  SecurityLog,
  TriggerStore,
} from '../../../app/ports';
import { SharePointNudgeStore } from './sharepoint-nudge-store';
import { warnProblem, type ProblemSink } from './field-codecs';
import { ListClient, type SharePointGraph } from './list-client';
import type { ListIds } from './schema';
import { SharePointAuditLog } from './sharepoint-audit-log';
import { SharePointAgendaStore } from './sharepoint-agenda-store';
import { SharePointConsentStore } from './sharepoint-consent-store';
import { SharePointHistoryRequestStore } from './sharepoint-history-request-store';
import { SharePointContractStore } from './sharepoint-contract-store';
import { SharePointConversationStore } from './sharepoint-conversation-store';
import { SharePointManagerHistory } from './sharepoint-manager-history';
import { SharePointProfileStore } from './sharepoint-profile-store';
import { SharePointSecurityLog } from './sharepoint-security-log';
import { SharePointTriggerStore } from './sharepoint-trigger-store';

export { provision, resolveLists, type ProvisionReport } from './provision';
export { sharePointErasureLeftovers } from './erasure-leftovers';
export {
  findSite,
  grantSiteAccess,
  holdsRole,
  siteGrantOf,
  siteGrantRequests,
  siteLookupRequest,
  SITE_ROLES,
  type GrantedApp,
  type SiteGrant,
  type GraphRequestText,
  type SiteRef,
  type SiteRole,
} from './site-access';
export { inspectLists, listMatches, type ListInspection } from './schema-inspection';
export {
  SHAREPOINT_LISTS,
  LIST_KEYS,
  columnDefinition,
  type ColumnSpec,
  type ListIds,
  type ListKey,
  type ListSpec,
} from './schema';
export { SHAREPOINT_SCOPES, ListClient, type SharePointGraph } from './list-client';
export { columnsInFilter } from './item-filter';
export type { DataProblem, ProblemSink } from './field-codecs';
export {
  SharePointAuditLog,
  SharePointConsentStore,
  SharePointContractStore,
  SharePointManagerHistory,
  SharePointConversationStore,
  SharePointProfileStore,
  SharePointSecurityLog,
  SharePointTriggerStore,
};

export interface SharePointStoresOptions {
  /** The one Graph client, with an app-only token for the site (Sites.Selected). */
  graph: SharePointGraph;
  siteId: string;
  /** From `provision` or `resolveLists`. */
  lists: ListIds;
  /** Where bad data found in the lists is reported (default: console.warn). */
  onProblem?: ProblemSink;
  /** Queries started together go out together (default true; see `ListClientOptions`). */
  batchReads?: boolean;
}

export interface SharePointStores {
  contracts: ContractStore;
  conversations: ConversationStore;
  triggers: TriggerStore;
  profiles: ProfileStore;
  consents: ConsentStore;
  agenda: AgendaStore;
  historyRequests: HistoryRequestStore;
  managerHistory: ManagerHistory;
  /** Append-only. */
  audit: AuditLog;
  /** Refusals, counted per hour. */
  security: SecurityLog;
  /** Teams nudges sent and switched off. */
  nudges: NudgeStore;
}

export function createSharePointStores(options: SharePointStoresOptions): SharePointStores {
  const items = new ListClient(
    options.graph,
    options.siteId,
    options.lists,
    options.onProblem ?? warnProblem,
    options.batchReads === undefined ? {} : { batchReads: options.batchReads },
  );
  return {
    contracts: new SharePointContractStore(items),
    conversations: new SharePointConversationStore(items),
    triggers: new SharePointTriggerStore(items),
    profiles: new SharePointProfileStore(items),
    consents: new SharePointConsentStore(items),
    agenda: new SharePointAgendaStore(items),
    historyRequests: new SharePointHistoryRequestStore(items),
    managerHistory: new SharePointManagerHistory(items),
    audit: new SharePointAuditLog(items),
    security: new SharePointSecurityLog(items),
    nudges: new SharePointNudgeStore(items),
  };
}
