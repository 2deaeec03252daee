import { toIsoInstant } from '../../../domain';
import { PortError, isPortError, type HistoryRequest, type Versioned } from '../../ports';
import type { UseCaseContext } from '../context';
import { grantHistoryConsent } from './consent-changes';

export type HistoryAnswer = 'share' | 'decline';

const STATE_OF: Record<HistoryAnswer, HistoryRequest['state']> = {
  share: 'shared',
  decline: 'declined',
};

async function requestOf(
  ctx: UseCaseContext,
  reportId: string,
  find: (r: HistoryRequest) => boolean,
): Promise<Versioned<HistoryRequest> | undefined> {
  return (await ctx.stores.historyRequests.listForReport(reportId)).find((r) => find(r.value));
}

/**
 * The current manager asks the report to share what was recorded before them (the access rules
 * let only the current manager make it). Asking again while it waits is asking once; the report's
 * answer stands: a declined request is not reopened, and the report can still share at any time.
 */
export async function askToShareHistory(
  ctx: UseCaseContext,
  input: { reportId: string; managerId: string },
): Promise<Versioned<HistoryRequest>> {
  const byManager = (r: HistoryRequest) => r.managerId === input.managerId;
  const [existing, consents] = await Promise.all([
    requestOf(ctx, input.reportId, byManager),
    ctx.stores.consents.listForReport(input.reportId),
  ]);
  const shares = consents.some(
    (c) => c.value.managerId === input.managerId && c.value.revokedAt === undefined,
  );
  if (shares) {
    throw new PortError('invalid', 'They already share their earlier history with you.');
  }
  if (existing?.value.state === 'pending') return existing;
  if (existing) {
    throw new PortError(
      'invalid',
      existing.value.state === 'declined'
        ? 'They decided not to share their earlier history. It stays theirs to share whenever they want.'
        : 'They already answered: they shared their earlier history with you.',
    );
  }
  try {
    return await ctx.stores.historyRequests.create({
      id: ctx.newId(),
      reportId: input.reportId,
      managerId: input.managerId,
      askedAt: toIsoInstant(ctx.clock.now()),
      state: 'pending',
    });
  } catch (error) {
    // Two asks at once: the one that was stored is the answer to both.
    const stored = isPortError(error, 'conflict')
      ? await requestOf(ctx, input.reportId, byManager)
      : undefined;
    if (stored) return stored;
    throw error;
  }
}

/** The manager's view: only the requests they made themself, never another manager's. */
export function requestsBy(
  items: readonly Versioned<HistoryRequest>[],
  managerId: string,
): HistoryRequest[] {
  return items.filter((r) => r.value.managerId === managerId).map((r) => r.value);
}

/**
 * The report answers. Sharing grants the existing history consent to the manager who asked, who
 * must still be their manager; declining records only the answer. Answering the same way twice is
 * answering once; changing a given answer goes through the consent itself.
 */
export async function answerHistoryRequest(
  ctx: UseCaseContext,
  input: {
    reportId: string;
    requestId: string;
    answer: HistoryAnswer;
    liveManagerId: string | undefined;
  },
): Promise<Versioned<HistoryRequest>> {
  const stored = await requestOf(ctx, input.reportId, (r) => r.id === input.requestId);
  if (!stored) throw new PortError('not-found', 'This request does not exist.');
  const state = STATE_OF[input.answer];
  if (stored.value.state === state) return stored;
  if (stored.value.state !== 'pending') {
    throw new PortError('invalid', 'You already answered this request.');
  }
  if (stored.value.managerId !== input.liveManagerId) {
    throw new PortError(
      'invalid',
      'This request came from someone who is no longer your manager, so there is nothing to answer.',
    );
  }
  // The consent first: should recording the answer then fail, answering again finishes it.
  if (input.answer === 'share') {
    await grantHistoryConsent(ctx, {
      reportId: input.reportId,
      managerId: stored.value.managerId,
      liveManagerId: input.liveManagerId,
    });
  }
  return ctx.stores.historyRequests.update(
    { ...stored.value, state, answeredAt: toIsoInstant(ctx.clock.now()) },
    stored.etag,
  );
}
