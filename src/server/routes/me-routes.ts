import { isPortError } from '../../app/ports';
import { exportOwnData, grantHistoryConsent, revokeHistoryConsent } from '../../app/career-api';
import { requireIfMatch, withHttpEtag } from '../http/etag';
import { respond } from '../http/respond';
import { readBody, readParams, readQuery } from '../http/validate';
import {
  Consent,
  ConsentListResponse,
  ConsentParams,
  GrantConsentBody,
} from '../../app/api-schemas/consent';
import {
  AUDIT_PAGE_MAX,
  AuditQuery,
  AuditResponse,
  ExportResponse,
  MeResponse,
} from '../../app/api-schemas/me';
import { decodeCursor, encodeCursor, readPage } from './audit-cursor';
import { PROBLEM_RESPONSES as P } from './helpers';
import type { Route } from './route';

const me: Route = {
  method: 'get',
  path: '/api/me',
  summary: 'Who the API sees you as',
  tag: 'You',
  responses: [{ status: 200, description: 'You.', schema: MeResponse }, P.unauthorized],
  async handle(c, services) {
    const caller = c.get('caller');
    // Live, like the team overview: the app's home for a new manager appears with their first report.
    const [managerId, reports] = await Promise.all([
      services.managers.managerOf(caller.userId),
      // Someone the directory does not list (a guest, say) manages nobody.
      services.managers.directReports(caller.userId).catch((error: unknown) => {
        if (isPortError(error, 'not-found')) return [];
        throw error;
      }),
    ]);
    return respond(c, MeResponse, {
      userId: caller.userId,
      isHrAdmin: caller.isHrAdmin,
      hasDirectReports: reports.length > 0,
      ...(managerId === undefined ? {} : { manager: { id: managerId } }),
    });
  },
};

const exportData: Route = {
  method: 'get',
  path: '/api/me/export',
  summary: 'Everything the API holds about you, as JSON',
  tag: 'You',
  responses: [{ status: 200, description: 'Your data.', schema: ExportResponse }],
  async handle(c, services) {
    const caller = c.get('caller');
    const grant = await services.guard.check({
      caller,
      action: 'export.own-data',
      subjectId: caller.userId,
    });
    const data = await grant.run(() => exportOwnData(services.ctx, caller.userId));
    c.header('Content-Disposition', 'attachment; filename="career-conversations-export.json"');
    return respond(c, ExportResponse, data);
  },
};

const audit: Route = {
  method: 'get',
  path: '/api/me/audit',
  summary: 'Who accessed your records, and what you did with others’ records',
  description:
    'Newest first, a page at a time: while `hasMore` is true, pass `nextCursor` back as `cursor` to reach older entries, down to the oldest.',
  tag: 'You',
  query: AuditQuery,
  responses: [
    { status: 200, description: 'A page of your audit trail.', schema: AuditResponse },
    P.badRequest,
  ],
  async handle(c, services) {
    const query = readQuery(c, AuditQuery);
    const from = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    const limit = query.limit ?? AUDIT_PAGE_MAX;
    const caller = c.get('caller');
    const grant = await services.guard.check({
      caller,
      action: 'audit.read-own',
      subjectId: caller.userId,
    });
    const { audit } = services.ctx;
    const [aboutYou, byYou] = await grant.run(() =>
      Promise.all([
        readPage(from?.aboutYou, limit, (q) => audit.listForSubject(caller.userId, q)),
        readPage(from?.byYou, limit, (q) => audit.listByActor(caller.userId, q)),
      ]),
    );
    const hasMore = aboutYou.next !== null || byYou.next !== null;
    return respond(c, AuditResponse, {
      aboutYou: aboutYou.entries,
      byYou: byYou.entries,
      hasMore,
      ...(hasMore
        ? { nextCursor: encodeCursor({ aboutYou: aboutYou.next, byYou: byYou.next }) }
        : {}),
    });
  },
};

const listConsents: Route = {
  method: 'get',
  path: '/api/me/consents',
  summary: 'Your history-sharing consents, revoked ones included',
  tag: 'Consent',
  responses: [{ status: 200, description: 'Consents.', schema: ConsentListResponse }],
  async handle(c, services) {
    const caller = c.get('caller');
    const grant = await services.guard.check({
      caller,
      action: 'export.own-data',
      subjectId: caller.userId,
    });
    const items = await grant.run(() => services.ctx.stores.consents.listForReport(caller.userId));
    return respond(c, ConsentListResponse, {
      items: items.map((i) => withHttpEtag(i.value, i.etag)),
    });
  },
};

const grantConsent: Route = {
  method: 'post',
  path: '/api/me/consents',
  summary: 'Let your current manager see what you recorded with earlier managers',
  tag: 'Consent',
  body: GrantConsentBody,
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
  async handle(c, services) {
    const input = await readBody(c, GrantConsentBody);
    const caller = c.get('caller');
    const grant = await services.guard.check({
      caller,
      action: 'consent.grant',
      subjectId: caller.userId,
    });
    const liveManagerId = await services.managers.liveManagerOf(caller.userId);
    const saved = await grant.run(() =>
      grantHistoryConsent(services.ctx, {
        reportId: caller.userId,
        managerId: input.managerId,
        liveManagerId,
      }),
    );
    return respond(c, Consent, withHttpEtag(saved.value, saved.etag), {
      status: 201,
      etag: saved.etag,
    });
  },
};

const revokeConsent: Route = {
  method: 'post',
  path: '/api/me/consents/{consentId}/revoke',
  summary: 'Take a history-sharing consent back, from now on',
  tag: 'Consent',
  params: ConsentParams,
  ifMatch: 'required',
  responses: [
    { status: 200, description: 'The revoked consent.', schema: Consent, etag: true },
    P.notFound,
    P.preconditionFailed,
    P.preconditionRequired,
  ],
  async handle(c, services) {
    const { consentId } = readParams(c, ConsentParams);
    const expectedEtag = requireIfMatch(c.req.header('if-match'));
    const caller = c.get('caller');
    const grant = await services.guard.check({
      caller,
      action: 'consent.revoke',
      subjectId: caller.userId,
    });
    const saved = await grant.run(() =>
      revokeHistoryConsent(services.ctx, {
        reportId: caller.userId,
        consentId,
        expectedEtag,
      }),
    );
    return respond(c, Consent, withHttpEtag(saved.value, saved.etag), { etag: saved.etag });
  },
};

export const ME_ROUTES: Route[] = [
  me,
  exportData,
  audit,
  listConsents,
  grantConsent,
  revokeConsent,
];
