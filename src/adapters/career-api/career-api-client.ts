import type { z } from 'zod/mini';
import { isPortError } from '../../app/ports/port-error';
import type {
  AgreedContractResponse,
  CurrentContractResponse,
  OverdueCommitmentsResponse,
  VersionListResponse,
  VersionHistoryResponse,
  VersionResponse,
  CommitmentChangeBody,
  MarkDoneBody,
  NewCommitmentBody,
  NewContractVersionBody,
} from '../../app/api-schemas/contract';
import type {
  Conversation,
  ConversationListResponse,
  ConversationPatchBody,
  NewConversationBody,
} from '../../app/api-schemas/conversation';
import type { AgendaItem, AgendaResponse } from '../../app/api-schemas/agenda';
import type { Consent } from '../../app/api-schemas/consent';
import type { HistoryRequest } from '../../app/api-schemas/history-request';
import type {
  AggregatesResponse,
  ErasureReceiptResponse,
  SetupHealth,
} from '../../app/api-schemas/hr';
import type { AuditResponse, ExportResponse, MeResponse } from '../../app/api-schemas/me';
import type { NudgePreferencesResponse } from '../../app/api-schemas/nudges';
import type { Profile, ProfileBody } from '../../app/api-schemas/profile';
import type { TriggerListResponse, TriggerLog } from '../../app/api-schemas/trigger';
import type { NudgeKind, TeamOverview, TimeZoneId, TriggerId } from '../../domain';
import { ENDPOINTS as E } from '../../app/api-schemas/endpoints';
import { createCareerApiHttp, type CareerApiClientOptions } from './career-api-http';

export type { CareerApiClientOptions } from './career-api-http';

/** The domain's overview plus what the API could not include. */
export type TeamOverviewResult = TeamOverview & { truncated: number; earlierHistory: boolean };

export type CurrentContract = z.infer<typeof CurrentContractResponse>;
/** A new version's answer: the contract, and whether the conversation it was agreed in names it. */
export type AgreedContract = z.infer<typeof AgreedContractResponse>;
export type ContractVersionList = z.infer<typeof VersionListResponse>;
export type ContractVersionOf = z.infer<typeof VersionResponse>;
export type ContractHistoryOf = z.infer<typeof VersionHistoryResponse>;
export type OverdueCommitments = z.infer<typeof OverdueCommitmentsResponse>;
export type ConversationRecord = z.infer<typeof Conversation>;
export type ConversationList = z.infer<typeof ConversationListResponse>;
export type TriggerLogRecord = z.infer<typeof TriggerLog>;
export type TriggerList = z.infer<typeof TriggerListResponse>;
export type ProfileRecord = z.infer<typeof Profile>;
export type ConsentRecord = z.infer<typeof Consent>;
export type HistoryRequestRecord = z.infer<typeof HistoryRequest>;
export type Me = z.infer<typeof MeResponse>;
export type AuditTrail = z.infer<typeof AuditResponse>;
export type OwnDataExport = z.infer<typeof ExportResponse>;
export type NudgePreferences = z.infer<typeof NudgePreferencesResponse>;
export type AgendaItemRecord = z.infer<typeof AgendaItem>;
export type Agenda = z.infer<typeof AgendaResponse>;
export type SetupHealthReport = z.infer<typeof SetupHealth>;
export type CadenceAggregates = z.infer<typeof AggregatesResponse>;
export type ErasureReceipt = z.infer<typeof ErasureReceiptResponse>;

/** Request bodies as the caller writes them (defaults may be left out). */
export type NewContractVersion = z.input<typeof NewContractVersionBody>;
export type NewCommitment = z.input<typeof NewCommitmentBody>;
export type CommitmentChange = z.input<typeof CommitmentChangeBody>;
export type MarkDone = z.input<typeof MarkDoneBody>;
export type NewConversation = z.input<typeof NewConversationBody>;
export type ConversationPatch = z.input<typeof ConversationPatchBody>;
export type ProfileChange = z.input<typeof ProfileBody>;

/**
 * The career API as the app sees it: one method per endpoint (docs/api.md), every answer parsed
 * by the schema the server validates with. Changes carry the ETag they were based on; a stale
 * one fails as a `conflict` PortError and nothing is overwritten.
 */
export interface CareerApiClient {
  me(): Promise<Me>;
  /** Everything the manager's overview needs, read in the manager's zone. */
  team(zone: TimeZoneId): Promise<TeamOverviewResult>;
  overdueCommitments(zone: TimeZoneId): Promise<OverdueCommitments>;

  /** The current contract, or undefined when none was agreed yet. */
  contract(personId: string, zone: TimeZoneId): Promise<CurrentContract | undefined>;
  contractVersions(personId: string): Promise<ContractVersionList>;
  contractVersion(personId: string, version: number): Promise<ContractVersionOf>;
  /** Every visible version with its terms, in one call. */
  contractHistory(personId: string): Promise<ContractHistoryOf>;
  /** `etag` of the current contract; omit only for the first version. */
  agreeContractVersion(
    personId: string,
    body: NewContractVersion,
    etag?: string,
  ): Promise<AgreedContract>;
  addCommitment(personId: string, body: NewCommitment, etag: string): Promise<CurrentContract>;
  changeCommitment(
    personId: string,
    commitmentId: string,
    body: CommitmentChange,
    etag: string,
  ): Promise<CurrentContract>;
  /** `note`: what the owner wants the other person to know; left out, it is done without one. */
  markCommitmentDone(
    personId: string,
    commitmentId: string,
    etag: string,
    note?: string,
  ): Promise<CurrentContract>;

  conversations(personId: string): Promise<ConversationList>;
  conversation(conversationId: string): Promise<ConversationRecord>;
  recordConversation(personId: string, body: NewConversation): Promise<ConversationRecord>;
  updateConversation(
    conversationId: string,
    patch: ConversationPatch,
    etag: string,
  ): Promise<ConversationRecord>;

  triggers(personId: string): Promise<TriggerList>;
  logTrigger(personId: string, trigger: TriggerId): Promise<TriggerLogRecord>;
  closeTrigger(
    personId: string,
    logId: string,
    conversationId: string,
    etag: string,
  ): Promise<TriggerLogRecord>;

  /** The profile, or undefined when nothing was recorded yet. */
  profile(personId: string): Promise<ProfileRecord | undefined>;
  saveProfile(personId: string, body: ProfileChange, etag?: string): Promise<ProfileRecord>;

  /** What the report wants to raise next time: all of it for them, their manager's share for the manager. */
  agenda(personId: string): Promise<Agenda>;
  addAgendaItem(text: string): Promise<AgendaItemRecord>;
  removeAgendaItem(itemId: string): Promise<Agenda>;

  exportOwnData(): Promise<OwnDataExport>;
  /** Which Teams nudges you receive; yours alone to switch. */
  nudgePreferences(): Promise<NudgePreferences>;
  setNudgePreferences(switchedOff: readonly NudgeKind[]): Promise<NudgePreferences>;
  /** One page, newest first; pass the answer's `nextCursor` for the next while `hasMore`. */
  auditTrail(page?: { cursor?: string; limit?: number }): Promise<AuditTrail>;
  consents(): Promise<ConsentRecord[]>;
  grantConsent(managerId: string): Promise<ConsentRecord>;
  revokeConsent(consentId: string, etag: string): Promise<ConsentRecord>;
  /** The current manager asks the report to share their earlier history; and sees the answer. */
  askToShareHistory(personId: string): Promise<HistoryRequestRecord>;
  historyRequestsFor(personId: string): Promise<HistoryRequestRecord[]>;
  /** The report's side: the requests made to them, and their answer. */
  myHistoryRequests(): Promise<HistoryRequestRecord[]>;
  answerHistoryRequest(
    requestId: string,
    answer: 'share' | 'decline',
  ): Promise<HistoryRequestRecord>;

  /** HR admins only: the deployment's checks, each with its fix. */
  setupHealth(): Promise<SetupHealthReport>;
  /** HR admins only: counts per department, small groups held back, no names. */
  cadenceAggregates(): Promise<CadenceAggregates>;
  /** HR admins only: erases a leaver's records; the receipt says what remains elsewhere. */
  erasePerson(personId: string): Promise<ErasureReceipt>;
}

export function createCareerApiClient(options: CareerApiClientOptions): CareerApiClient {
  const { call } = createCareerApiHttp(options);
  /** A record that may not exist yet: 404 means "nothing recorded", not an error to show. */
  const maybe = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      if (isPortError(error, 'not-found')) return undefined;
      throw error;
    }
  };
  const none = {};

  return {
    me: () => call(E.me, none),
    // The declared return type is the compile-time proof that the schema yields the domain's shape.
    // Conditional: an unchanged overview comes back as a 304 and the held copy is answered.
    team: (zone): Promise<TeamOverviewResult> =>
      call(E.team, { query: { tz: zone } }, { cached: true }),
    overdueCommitments: (zone) => call(E.overdueCommitments, { query: { tz: zone } }),

    contract: (personId, zone) =>
      maybe(() => call(E.contract, { params: { personId }, query: { tz: zone } })),
    contractVersions: (personId) => call(E.contractVersions, { params: { personId } }),
    contractVersion: (personId, version) =>
      call(E.contractVersion, { params: { personId, version } }),
    contractHistory: (personId) => call(E.contractHistory, { params: { personId } }),
    agreeContractVersion: (personId, body, etag) =>
      call(E.agreeContractVersion, {
        params: { personId },
        body,
        ...(etag === undefined ? {} : { etag }),
      }),
    addCommitment: (personId, body, etag) =>
      call(E.addCommitment, { params: { personId }, body, etag }),
    changeCommitment: (personId, commitmentId, body, etag) =>
      call(E.changeCommitment, { params: { personId, commitmentId }, body, etag }),
    markCommitmentDone: (personId, commitmentId, etag, note) =>
      call(E.markCommitmentDone, {
        params: { personId, commitmentId },
        ...(note === undefined ? {} : { body: { note } }),
        etag,
      }),

    conversations: (personId) => call(E.conversations, { params: { personId } }),
    conversation: (conversationId) => call(E.conversation, { params: { conversationId } }),
    recordConversation: (personId, body) =>
      call(E.recordConversation, { params: { personId }, body }),
    updateConversation: (conversationId, patch, etag) =>
      call(E.updateConversation, { params: { conversationId }, body: patch, etag }),

    triggers: (personId) => call(E.triggers, { params: { personId } }),
    logTrigger: (personId, trigger) =>
      call(E.logTrigger, { params: { personId }, body: { trigger } }),
    closeTrigger: (personId, logId, conversationId, etag) =>
      call(E.closeTrigger, { params: { personId, logId }, body: { conversationId }, etag }),

    profile: (personId) => maybe(() => call(E.profile, { params: { personId } })),
    saveProfile: (personId, body, etag) =>
      call(E.saveProfile, { params: { personId }, body, ...(etag === undefined ? {} : { etag }) }),

    agenda: (personId) => call(E.agenda, { params: { personId } }),
    addAgendaItem: (text) => call(E.addAgendaItem, { body: { text } }),
    removeAgendaItem: (itemId) => call(E.removeAgendaItem, { params: { itemId } }),

    exportOwnData: () => call(E.exportOwnData, none),
    nudgePreferences: () => call(E.nudgePreferences, none),
    setNudgePreferences: (switchedOff) =>
      call(E.setNudgePreferences, { body: { switchedOff: [...switchedOff] } }),
    auditTrail: (page = {}) => call(E.auditTrail, { query: page }),
    consents: async () => (await call(E.consents, none)).items,
    askToShareHistory: (personId) => call(E.askToShareHistory, { params: { personId } }),
    historyRequestsFor: async (personId) =>
      (await call(E.historyRequestsFor, { params: { personId } })).items,
    myHistoryRequests: async () => (await call(E.myHistoryRequests, none)).items,
    answerHistoryRequest: (requestId, answer) =>
      call(E.answerHistoryRequest, { params: { requestId }, body: { answer } }),
    grantConsent: (managerId) => call(E.grantConsent, { body: { managerId } }),
    revokeConsent: (consentId, etag) => call(E.revokeConsent, { params: { consentId }, etag }),

    setupHealth: () => call(E.setupHealth, none),
    cadenceAggregates: () => call(E.cadenceAggregates, none),
    // The id twice: once to address the person, once to confirm it is that person.
    erasePerson: (personId) =>
      call(E.erasePerson, { params: { personId }, query: { confirm: personId } }),
  };
}
