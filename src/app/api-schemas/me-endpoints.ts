import { PersonParams } from './common';
import { Consent, ConsentListResponse, ConsentParams, GrantConsentBody } from './consent';
import { defineEndpoint, PROBLEM_RESPONSES as P } from './endpoint';
import {
  AnswerHistoryRequestBody,
  HistoryRequest,
  HistoryRequestListResponse,
  HistoryRequestParams,
} from './history-request';
import { AuditQuery, AuditResponse, ExportResponse, MeResponse } from './me';
import { NudgePreferencesBody, NudgePreferencesResponse } from './nudges';

// A person's own records, addressed by their token alone.
export const ME_ENDPOINTS = {
  me: defineEndpoint({
    method: 'get',
    path: '/api/me',
    summary: 'Who the API sees you as',
    tag: 'You',
    responses: [{ status: 200, description: 'You.', schema: MeResponse }, P.unauthorized],
  }),
  exportOwnData: defineEndpoint({
    method: 'get',
    path: '/api/me/export',
    summary: 'Everything the API holds about you, as JSON',
    tag: 'You',
    access: { subject: 'caller', action: 'export.own-data' },
    responses: [{ status: 200, description: 'Your data.', schema: ExportResponse }],
  }),
  auditTrail: defineEndpoint({
    method: 'get',
    path: '/api/me/audit',
    summary: 'Who accessed your records, and what you did with others’ records',
    description:
      'Newest first, a page at a time: while `hasMore` is true, pass `nextCursor` back as `cursor` to reach older entries, down to the oldest.',
    tag: 'You',
    query: AuditQuery,
    access: { subject: 'caller', action: 'audit.read-own' },
    responses: [
      { status: 200, description: 'A page of your audit trail.', schema: AuditResponse },
      P.badRequest,
    ],
  }),
  consents: defineEndpoint({
    method: 'get',
    path: '/api/me/consents',
    summary: 'Your history-sharing consents, revoked ones included',
    tag: 'Consent',
    access: { subject: 'caller', action: 'export.own-data' },
    responses: [{ status: 200, description: 'Consents.', schema: ConsentListResponse }],
  }),
  grantConsent: defineEndpoint({
    method: 'post',
    path: '/api/me/consents',
    summary: 'Let your current manager see what you recorded with earlier managers',
    tag: 'Consent',
    body: GrantConsentBody,
    access: { subject: 'caller', action: 'consent.grant' },
    responses: [
      {
        status: 201,
        description: 'The consent (the existing one when it was already given).',
        schema: Consent,
        etag: true,
      },
      P.badRequest,
      P.unprocessable,
    ],
  }),
  revokeConsent: defineEndpoint({
    method: 'post',
    path: '/api/me/consents/{consentId}/revoke',
    summary: 'Take a history-sharing consent back, from now on',
    tag: 'Consent',
    params: ConsentParams,
    ifMatch: 'required',
    access: { subject: 'caller', action: 'consent.revoke' },
    responses: [
      { status: 200, description: 'The revoked consent.', schema: Consent, etag: true },
      P.notFound,
      P.preconditionFailed,
      P.preconditionRequired,
    ],
  }),
};

// A person's own switches: there is no one else's to reach, so no access rule is asked.
export const NUDGE_ENDPOINTS = {
  nudgePreferences: defineEndpoint({
    method: 'get',
    path: '/api/me/nudges',
    summary: 'Which Teams nudges you receive',
    tag: 'You',
    responses: [
      { status: 200, description: 'Every kind, on or off.', schema: NudgePreferencesResponse },
      P.unauthorized,
    ],
  }),
  setNudgePreferences: defineEndpoint({
    method: 'put',
    path: '/api/me/nudges',
    summary: 'Switch kinds of Teams nudges off (or on again)',
    description:
      'Replaces your choice: the kinds listed in `switchedOff` are no longer sent to you; every other kind is.',
    tag: 'You',
    body: NudgePreferencesBody,
    responses: [
      { status: 200, description: 'Your choice, as saved.', schema: NudgePreferencesResponse },
      P.badRequest,
    ],
  }),
};

export const HISTORY_REQUEST_ENDPOINTS = {
  askToShareHistory: defineEndpoint({
    method: 'post',
    path: '/api/people/{personId}/history-requests',
    summary: 'Ask your report to share what they recorded with earlier managers',
    description:
      'Only their current manager may ask (checked live in the directory). Asking again while the request waits returns it; a declined request is not reopened. The report answers in their tab.',
    tag: 'Consent',
    params: PersonParams,
    access: { subject: 'person', gate: true, action: 'history-request.ask', hideRecord: true },
    responses: [
      {
        status: 201,
        description: 'The request (the waiting one, when asked before).',
        schema: HistoryRequest,
      },
      P.forbidden,
      P.notFound,
      P.unprocessable,
    ],
  }),
  historyRequestsFor: defineEndpoint({
    method: 'get',
    path: '/api/people/{personId}/history-requests',
    summary: 'Whether your report has answered your request to share their history',
    description:
      'The current manager sees the requests they made themself, never one an earlier manager made.',
    tag: 'Consent',
    params: PersonParams,
    access: { subject: 'person', gate: true, action: 'history-request.read', hideRecord: true },
    responses: [
      {
        status: 200,
        description: 'Your requests, oldest first.',
        schema: HistoryRequestListResponse,
      },
      P.forbidden,
      P.notFound,
    ],
  }),
  myHistoryRequests: defineEndpoint({
    method: 'get',
    path: '/api/me/history-requests',
    summary: 'Managers’ requests to see your earlier history, answered ones included',
    tag: 'Consent',
    access: { subject: 'caller', action: 'history-request.read' },
    responses: [{ status: 200, description: 'Oldest first.', schema: HistoryRequestListResponse }],
  }),
  answerHistoryRequest: defineEndpoint({
    method: 'post',
    path: '/api/me/history-requests/{requestId}/answer',
    summary: 'Share your earlier history with the manager who asked, or decline',
    description:
      'Sharing gives the same consent as POST /api/me/consents, and can be taken back the same way. Only a request from your current manager can be answered.',
    tag: 'Consent',
    params: HistoryRequestParams,
    body: AnswerHistoryRequestBody,
    access: { subject: 'caller', action: 'history-request.answer' },
    responses: [
      { status: 200, description: 'The request with your answer.', schema: HistoryRequest },
      P.badRequest,
      P.notFound,
      P.unprocessable,
    ],
  }),
};
