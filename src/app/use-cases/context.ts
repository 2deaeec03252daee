import type {
  AuditLog,
  ConsentStore,
  ContractStore,
  ConversationStore,
  Directory,
  ManagerHistory,
  ProfileStore,
  SecurityLog,
  TriggerStore,
} from '../ports';
import type { Clock } from '../../domain';

/** The ports the career API's use cases work over: the shared lists and the directory. */
export interface CareerStores {
  contracts: ContractStore;
  conversations: ConversationStore;
  triggers: TriggerStore;
  profiles: ProfileStore;
  consents: ConsentStore;
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
}
