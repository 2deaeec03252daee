import { Consent, ConsentListResponse, ConsentParams, GrantConsentBody } from './consent';
import { defineEndpoint, PROBLEM_RESPONSES as P } from './endpoint';
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
