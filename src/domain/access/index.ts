export * from './access-types';
export * from './actions';
export { auditEntry, isAuditable, refusalHour, refusalOf } from './audit';
export type { AuditEntry, AuditOutcome, OperationResult, Refusal } from './audit';
export { authorize } from './authorize';
export { DENY_MESSAGES } from './deny-messages';
export { classifyRecord, hasHistoryConsent } from './history';
export type { RecordAge } from './history';
