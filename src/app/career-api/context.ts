import type {
  AgendaStore,
  AuditLog,
  ConsentStore,
  ContractStore,
  HistoryRequestStore,
  ConversationStore,
  Directory,
  ManagerHistory,
  ProfileStore,
  SecurityLog,
  TriggerStore,
} from '../ports';
import type { Clock } from '../../domain';
import type { Leftover } from './people/erasure-receipt';

/** The ports the career API's use cases work over: the shared lists and the directory. */
export interface CareerStores {
  contracts: ContractStore;
  conversations: ConversationStore;
  triggers: TriggerStore;
  profiles: ProfileStore;
  consents: ConsentStore;
  agenda: AgendaStore;
  historyRequests: HistoryRequestStore;
}

export interface UseCaseContext {
  stores: CareerStores;
  /** Read with the API's own (application) permission: anyone in the tenant can be looked up. */
  directory: Directory;
  /** When each manager took over, as observed: what was recorded before is history. */
  managerHistory: ManagerHistory;
  audit: AuditLog;
  /** Refused requests, counted per hour apart from the audit trail. */
  security: SecurityLog;
  clock: Clock;
  newId: () => string;
  /**
   * What the storage keeps after a record is removed (SharePoint's recycle bin), for the erasure
   * receipt. None for storage that forgets at once.
   */
  storageLeftovers?: readonly Leftover[];
}
