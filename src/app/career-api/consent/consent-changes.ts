import { toIsoInstant } from '../../../domain';
import { PortError, type ConsentRecord, type Versioned } from '../../ports';
import type { UseCaseContext } from '../context';

/**
 * The report lets their current manager see what was recorded before that manager took over.
 * Only the current manager can be given it: consent is to a person in a role, not to anyone.
 */
export async function grantHistoryConsent(
  ctx: UseCaseContext,
  input: { reportId: string; managerId: string; liveManagerId: string | undefined },
): Promise<Versioned<ConsentRecord>> {
  if (input.liveManagerId !== input.managerId) {
    throw new PortError(
      'invalid',
      'You can share your earlier history only with your current manager.',
    );
  }
  // Granting twice is the same as granting once.
  const existing = (await ctx.stores.consents.listForReport(input.reportId)).find(
    (c) => c.value.managerId === input.managerId && c.value.revokedAt === undefined,
  );
  if (existing) return existing;
  return ctx.stores.consents.create({
    id: ctx.newId(),
    reportId: input.reportId,
    managerId: input.managerId,
    grantedAt: toIsoInstant(ctx.clock.now()),
  });
}

/** Takes the consent back from now on; the record of it having been given stays. */
export async function revokeHistoryConsent(
  ctx: UseCaseContext,
  input: { reportId: string; consentId: string; expectedEtag: string },
): Promise<Versioned<ConsentRecord>> {
  const all = await ctx.stores.consents.listForReport(input.reportId);
  const stored = all.find((c) => c.value.id === input.consentId);
  if (!stored) throw new PortError('not-found', 'This consent does not exist.');
  if (stored.etag !== input.expectedEtag) {
    throw new PortError('conflict', 'This consent changed since you loaded it.');
  }
  if (stored.value.revokedAt !== undefined) return stored;
  return ctx.stores.consents.update(
    { ...stored.value, revokedAt: toIsoInstant(ctx.clock.now()) },
    stored.etag,
  );
}
