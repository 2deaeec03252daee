export type { CareerStores, UseCaseContext } from './context';
export { mapConcurrent } from './map-concurrent';
export { resolveRelationship, type ResolvedRelationship } from './access/relationship';
export {
  commitmentFacts,
  conversationFacts,
  profileFacts,
  triggerFacts,
  versionFacts,
} from './access/record-facts';
export { permits } from './access/visible-records';
export {
  agreeContractVersion,
  type AgreeContractVersionInput,
} from './contract/agree-contract-version';
export {
  agreeInConversation,
  type AgreedVersion,
  type ConversationLink,
} from './contract/agree-in-conversation';
export {
  addCommitment,
  changeCommitment,
  markCommitmentDone,
  scheduleCommitment,
} from './contract/commitment-changes';
export type { CommitmentDraft, ReviewDraft, TermsDraft } from './contract/terms-draft';
export {
  recordConversation,
  updateConversation,
  type ConversationChanges,
  type ConversationSaved,
  type NewConversation,
} from './conversations/conversation-changes';
export {
  closeTrigger,
  closeTriggersFor,
  logTrigger,
  type MayCloseTrigger,
} from './triggers/trigger-changes';
export { grantHistoryConsent, revokeHistoryConsent } from './consent/consent-changes';
export {
  answerHistoryRequest,
  askToShareHistory,
  requestsBy,
  type HistoryAnswer,
} from './consent/history-requests';
export { addAgendaItem, agendaFor } from './agenda/agenda-changes';
export { exportOwnData, type OwnDataExport } from './people/export-own-data';
export { erasePerson } from './people/erase-person';
export {
  erasureReceipt,
  REMOVED_BY_ERASURE,
  type ErasureReceipt,
  type Leftover,
  type LeftoverPlace,
} from './people/erasure-receipt';
export { saveProfile } from './people/save-profile';
export {
  loadReportRecords,
  visibleHistory,
  type ReportRecords,
  type VisibleHistory,
} from './team/report-records';
export {
  readTeamOverview,
  TEAM_OVERVIEW_MAX,
  type TeamOverviewResult,
} from './team/read-team-overview';
export { listOverdueCommitments } from './team/list-overdue-commitments';
export { readCadenceAggregates, NO_DEPARTMENT } from './hr/read-cadence-aggregates';
export { sendDueNudges, type NudgeJob, type NudgeRun } from './nudges/send-due-nudges';
export {
  nudgePreferencesOf,
  setNudgePreferences,
  type NudgePreference,
} from './nudges/nudge-preferences';
