import type { z } from 'zod/mini';
import { isPortError } from '../../app/ports/port-error';
import {
  AgreedContractResponse,
  CurrentContractResponse,
  OverdueCommitmentsResponse,
  VersionListResponse,
  VersionHistoryResponse,
  VersionResponse,
  type CommitmentChangeBody,
  type MarkDoneBody,
  type NewCommitmentBody,
  type NewContractVersionBody,
} from '../../app/api-schemas/contract';
import {
  Conversation,
  ConversationListResponse,
  type ConversationPatchBody,
  type NewConversationBody,
} from '../../app/api-schemas/conversation';
import { AgendaItem, AgendaResponse } from '../../app/api-schemas/agenda';
import { Consent, ConsentListResponse } from '../../app/api-schemas/consent';
import { HistoryRequest, HistoryRequestListResponse } from '../../app/api-schemas/history-request';
import { AggregatesResponse, ErasureReceiptResponse, SetupHealth } from '../../app/api-schemas/hr';
import { AuditResponse, ExportResponse, MeResponse } from '../../app/api-schemas/me';
import { NudgePreferencesResponse } from '../../app/api-schemas/nudges';
import { Profile, type ProfileBody } from '../../app/api-schemas/profile';
import { TeamOverviewResponse } from '../../app/api-schemas/team';
import { TriggerListResponse, TriggerLog } from '../../app/api-schemas/trigger';
import type { NudgeKind, TeamOverview, TimeZoneId, TriggerId } from '../../domain';
import { createCareerApiHttp, seg, type CareerApiClientOptions } from './career-api-http';

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

const tz = (zone: TimeZoneId): string => `tz=${encodeURIComponent(zone)}`;

export function createCareerApiClient(options: CareerApiClientOptions): CareerApiClient {
  const http = createCareerApiHttp(options);
  const get = <S extends z.core.$ZodType>(path: string, schema: S) =>
    http.json({ method: 'GET', path }, schema);
  /** A record that may not exist yet: 404 means "nothing recorded", not an error to show. */
  const maybe = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      if (isPortError(error, 'not-found')) return undefined;
      throw error;
    }
  };
  const person = (id: string) => `/people/${seg(id)}`;

  return {
    me: () => get('/me', MeResponse),
    // The declared return type is the compile-time proof that the schema yields the domain's shape.
    // Conditional: an unchanged overview comes back as a 304 and the held copy is answered.
    team: (zone): Promise<TeamOverviewResult> =>
      http.cachedJson(`/team?${tz(zone)}`, TeamOverviewResponse),
    overdueCommitments: (zone) =>
      get(`/team/overdue-commitments?${tz(zone)}`, OverdueCommitmentsResponse),

    contract: (personId, zone) =>
      maybe(() => get(`${person(personId)}/contract?${tz(zone)}`, CurrentContractResponse)),
    contractVersions: (personId) =>
      get(`${person(personId)}/contract/versions`, VersionListResponse),
    contractVersion: (personId, version) =>
      get(`${person(personId)}/contract/versions/${seg(version)}`, VersionResponse),
    contractHistory: (personId) =>
      get(`${person(personId)}/contract/history`, VersionHistoryResponse),
    agreeContractVersion: (personId, body, etag) =>
      http.json(
        {
          method: 'POST',
          path: `${person(personId)}/contract/versions`,
          body,
          ...(etag !== undefined ? { ifMatch: etag } : {}),
        },
        AgreedContractResponse,
      ),
    addCommitment: (personId, body, etag) =>
      http.json(
        { method: 'POST', path: `${person(personId)}/contract/commitments`, body, ifMatch: etag },
        CurrentContractResponse,
      ),
    changeCommitment: (personId, commitmentId, body, etag) =>
      http.json(
        {
          method: 'PATCH',
          path: `${person(personId)}/contract/commitments/${seg(commitmentId)}`,
          body,
          ifMatch: etag,
        },
        CurrentContractResponse,
      ),
    markCommitmentDone: (personId, commitmentId, etag, note) =>
      http.json(
        {
          method: 'POST',
          path: `${person(personId)}/contract/commitments/${seg(commitmentId)}/done`,
          ...(note === undefined ? {} : { body: { note } satisfies MarkDone }),
          ifMatch: etag,
        },
        CurrentContractResponse,
      ),

    conversations: (personId) => get(`${person(personId)}/conversations`, ConversationListResponse),
    conversation: (conversationId) => get(`/conversations/${seg(conversationId)}`, Conversation),
    recordConversation: (personId, body) =>
      http.json({ method: 'POST', path: `${person(personId)}/conversations`, body }, Conversation),
    updateConversation: (conversationId, patch, etag) =>
      http.json(
        {
          method: 'PATCH',
          path: `/conversations/${seg(conversationId)}`,
          body: patch,
          ifMatch: etag,
        },
        Conversation,
      ),

    triggers: (personId) => get(`${person(personId)}/triggers`, TriggerListResponse),
    logTrigger: (personId, trigger) =>
      http.json(
        { method: 'POST', path: `${person(personId)}/triggers`, body: { trigger } },
        TriggerLog,
      ),
    closeTrigger: (personId, logId, conversationId, etag) =>
      http.json(
        {
          method: 'POST',
          path: `${person(personId)}/triggers/${seg(logId)}/close`,
          body: { conversationId },
          ifMatch: etag,
        },
        TriggerLog,
      ),

    profile: (personId) => maybe(() => get(`${person(personId)}/profile`, Profile)),
    saveProfile: (personId, body, etag) =>
      http.json(
        {
          method: 'PUT',
          path: `${person(personId)}/profile`,
          body,
          ...(etag !== undefined ? { ifMatch: etag } : {}),
        },
        Profile,
      ),

    agenda: (personId) => get(`${person(personId)}/agenda`, AgendaResponse),
    addAgendaItem: (text) =>
      http.json({ method: 'POST', path: '/me/agenda', body: { text } }, AgendaItem),
    removeAgendaItem: (itemId) =>
      http.json({ method: 'DELETE', path: `/me/agenda/${seg(itemId)}` }, AgendaResponse),

    exportOwnData: () => get('/me/export', ExportResponse),
    nudgePreferences: () => get('/me/nudges', NudgePreferencesResponse),
    setNudgePreferences: (switchedOff) =>
      http.json(
        { method: 'PUT', path: '/me/nudges', body: { switchedOff } },
        NudgePreferencesResponse,
      ),
    auditTrail: (page = {}) => {
      const query = new URLSearchParams();
      if (page.cursor !== undefined) query.set('cursor', page.cursor);
      if (page.limit !== undefined) query.set('limit', String(page.limit));
      const search = query.size > 0 ? `?${query.toString()}` : '';
      return get(`/me/audit${search}`, AuditResponse);
    },
    consents: async () => (await get('/me/consents', ConsentListResponse)).items,
    askToShareHistory: (personId) =>
      http.json({ method: 'POST', path: `${person(personId)}/history-requests` }, HistoryRequest),
    historyRequestsFor: async (personId) =>
      (await get(`${person(personId)}/history-requests`, HistoryRequestListResponse)).items,
    myHistoryRequests: async () =>
      (await get('/me/history-requests', HistoryRequestListResponse)).items,
    answerHistoryRequest: (requestId, answer) =>
      http.json(
        {
          method: 'POST',
          path: `/me/history-requests/${seg(requestId)}/answer`,
          body: { answer },
        },
        HistoryRequest,
      ),
    grantConsent: (managerId) =>
      http.json({ method: 'POST', path: '/me/consents', body: { managerId } }, Consent),
    revokeConsent: (consentId, etag) =>
      http.json(
        { method: 'POST', path: `/me/consents/${seg(consentId)}/revoke`, ifMatch: etag },
        Consent,
      ),

    setupHealth: () => get('/hr/setup-health', SetupHealth),
    cadenceAggregates: () => get('/hr/aggregates', AggregatesResponse),
    // The id twice: once to address the person, once to confirm it is that person.
    erasePerson: (personId) =>
      http.json(
        { method: 'DELETE', path: `${person(personId)}?confirm=${encodeURIComponent(personId)}` },
        ErasureReceiptResponse,
      ),
  };
}
