export * from './access-types';
export * from './actions';
export {
  AUDIT_OUTCOMES,
  auditEntry,
  isAuditable,
  isSummarisedRead,
  mergeReads,
  readDayKey,
  refusalHour,
  refusalOf,
} from './audit';
export type { AuditEntry, AuditOutcome, OperationResult, Refusal } from './audit';
export { authorize } from './authorize';
export { DENY_MESSAGES } from './deny-messages';
export { classifyRecord, hasHistoryConsent } from './history';
export type { RecordAge } from './history';
export { decideHomeRoles, HOME_ROLES } from './home-roles';
export type { HomeRole, HomeRoles, RoleFacts } from './home-roles';
