import { isPortError } from '../../app/ports';
import { exportOwnData, grantHistoryConsent, revokeHistoryConsent } from '../../app/career-api';
import { AUDIT_PAGE_MAX } from '../../app/api-schemas/me';
import { ME_ENDPOINTS as E } from '../../app/api-schemas/me-endpoints';
import { withHttpEtag } from '../http/etag';
import { decodeCursor, encodeCursor, readPage } from './audit-cursor';
import { handle, type Route } from './route';

const me = handle(E.me, async ({ caller }, services) => {
  // Live, like the team overview: the app's home for a new manager appears with their first report.
  const [managerId, reports] = await Promise.all([
    services.managers.managerOf(caller.userId),
    // Someone the directory does not list (a guest, say) manages nobody.
    services.managers.directReports(caller.userId).catch((error: unknown) => {
      if (isPortError(error, 'not-found')) return [];
      throw error;
    }),
  ]);
  return {
    body: {
      userId: caller.userId,
      isHrAdmin: caller.isHrAdmin,
      hasDirectReports: reports.length > 0,
      ...(managerId === undefined ? {} : { manager: { id: managerId } }),
    },
  };
});

const exportData = handle(E.exportOwnData, async ({ caller, grant }, services, c) => {
  const data = await grant.run(() => exportOwnData(services.ctx, caller.userId));
  c.header('Content-Disposition', 'attachment; filename="career-conversations-export.json"');
  return { body: data };
});

const audit = handle(E.auditTrail, async ({ caller, query, grant }, services) => {
  const from = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const limit = query.limit ?? AUDIT_PAGE_MAX;
  const { audit } = services.ctx;
  const [aboutYou, byYou] = await grant.run(() =>
    Promise.all([
      readPage(from?.aboutYou, limit, (q) => audit.listForSubject(caller.userId, q)),
      readPage(from?.byYou, limit, (q) => audit.listByActor(caller.userId, q)),
    ]),
  );
  const hasMore = aboutYou.next !== null || byYou.next !== null;
  return {
    body: {
      aboutYou: aboutYou.entries,
      byYou: byYou.entries,
      hasMore,
      ...(hasMore
        ? { nextCursor: encodeCursor({ aboutYou: aboutYou.next, byYou: byYou.next }) }
        : {}),
    },
  };
});

const listConsents = handle(E.consents, async ({ caller, grant }, services) => {
  const items = await grant.run(() => services.ctx.stores.consents.listForReport(caller.userId));
  return { body: { items: items.map((i) => withHttpEtag(i.value, i.etag)) } };
});

const grantConsent = handle(E.grantConsent, async ({ caller, body, grant }, services) => {
  const liveManagerId = await services.managers.liveManagerOf(caller.userId);
  const saved = await grant.run(() =>
    grantHistoryConsent(services.ctx, {
      reportId: caller.userId,
      managerId: body.managerId,
      liveManagerId,
    }),
  );
  return { body: withHttpEtag(saved.value, saved.etag), etag: saved.etag };
});

const revokeConsent = handle(
  E.revokeConsent,
  async ({ caller, params, ifMatch, grant }, services) => {
    const saved = await grant.run(() =>
      revokeHistoryConsent(services.ctx, {
        reportId: caller.userId,
        consentId: params.consentId,
        expectedEtag: ifMatch,
      }),
    );
    return { body: withHttpEtag(saved.value, saved.etag), etag: saved.etag };
  },
);

export const ME_ROUTES: Route[] = [
  me,
  exportData,
  audit,
  listConsents,
  grantConsent,
  revokeConsent,
];
