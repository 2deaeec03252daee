import type { z } from 'zod';
import {
  addCommitment,
  agreeInConversation,
  changeCommitment,
  commitmentFacts,
  conversationFacts,
  markCommitmentDone,
  scheduleCommitment,
  versionFacts,
  type ResolvedRelationship,
} from '../../app/career-api';
import {
  assessContractHealth,
  currentVersion,
  definedOnly,
  findStandingProblems,
  statusChangesIn,
  todayIn,
  type CommitmentStatusDraft,
  type ConversationRecord,
  type DomainError,
  type DevelopmentContract,
  type TimeZoneId,
} from '../../domain';
import type { Versioned } from '../../app/ports';
import type { CurrentContractResponse } from '../../app/api-schemas/contract';
import { CONTRACT_ENDPOINTS as E } from '../../app/api-schemas/contract-endpoints';
import type { Grant } from '../access/guard';
import type { Caller } from '../auth/caller';
import { toHttpEtag } from '../http/etag';
import { fail } from '../http/problem';
import { rejected } from '../http/respond';
import { partyOf, visibleRecords, type GatedRequest } from './helpers';
import { handle, type Route, type Services } from './route';

const TERMS_FIELD = /^(commitments|reviews|openQuestion)\b/;

/** Terms errors point into `body.terms`; note, reason and dropped sit at the top of the body. */
const inNewVersion = (field: string) => (TERMS_FIELD.test(field) ? 'body.terms' : 'body');
/**
 * A single-commitment change is checked as the whole new version: its errors point into the
 * resulting contract's terms (`contract.commitments.3.due`).
 */
const inChangedContract = (field: string) => (TERMS_FIELD.test(field) ? 'contract' : 'body');

function currentBody(
  stored: Versioned<DevelopmentContract>,
  zone: TimeZoneId,
  services: Services,
): z.input<typeof CurrentContractResponse> {
  const contract = stored.value;
  const today = todayIn(services.ctx.clock.now(), zone);
  return {
    id: contract.id,
    reportId: contract.reportId,
    managerId: contract.managerId,
    etag: toHttpEtag(stored.etag),
    versionCount: contract.versions.length,
    current: currentVersion(contract),
    health: assessContractHealth(contract, today),
    standing: findStandingProblems(currentVersion(contract), today).map((problem) => ({
      kind: problem.kind,
      decisions: problem.decisions,
      ...(problem.kind === 'commitment-overdue' ? { commitmentId: problem.commitment.id } : {}),
      ...(problem.kind === 'no-open-commitment' ? { party: problem.party } : {}),
      ...(problem.kind === 'review-month-passed' ? { reviewId: problem.review.id } : {}),
    })),
  };
}

/**
 * The contract as it stands after a change, in the caller's zone, with its ETag; or the domain's
 * refusals as a 422, each field pointed to where it sits (`where`).
 */
function changed(
  result:
    | { ok: true; value: Versioned<DevelopmentContract> }
    | { ok: false; errors: readonly DomainError[] },
  where: (field: string) => string,
  zone: TimeZoneId | undefined,
  services: Services,
) {
  if (!result.ok) rejected(result.errors, where);
  const stored = result.value;
  return { body: currentBody(stored, zone ?? 'UTC', services), etag: stored.etag };
}

/** Who agrees the new version a change makes, and why: the same for every such change. */
function newVersion<
  B extends { reason: unknown; note: unknown; timeZone?: string | undefined },
  T extends string | undefined,
>(caller: Caller, personId: string, body: B, expectedEtag: T) {
  return {
    reportId: personId,
    managerId: caller.userId,
    reason: body.reason as B['reason'],
    note: body.note as B['note'],
    zone: body.timeZone ?? 'UTC',
    expectedEtag,
  };
}

/** The stored contract (the gate has let the caller through), or a 404 that does not say which. */
async function storedContract(
  services: Services,
  reportId: string,
): Promise<Versioned<DevelopmentContract>> {
  const stored = await services.ctx.stores.contracts.get(reportId);
  if (!stored) throw fail.notFound('There is no development contract yet.');
  return stored;
}

const readCurrent = handle(E.contract, async (request, services) => {
  const { params, query, resolved, authorize } = request;
  const stored = await storedContract(services, params.personId);
  const grant = await authorize({
    record: versionFacts(resolved, stored.value, currentVersion(stored.value)),
  });
  return grant.run(() =>
    Promise.resolve({
      body: currentBody(stored, query.tz ?? 'UTC', services),
      etag: stored.etag,
    }),
  );
});

/**
 * The versions the caller may see, oldest first; each shown version is in the report's trail
 * (queued, off the request path). `earlierHistory` says some exist that are not shared.
 */
async function visibleVersions(request: GatedRequest, services: Services) {
  const contract = (await storedContract(services, request.params.personId)).value;
  const { shown, earlierHistory } = await visibleRecords(
    services,
    request,
    'contract.read-version',
    contract.versions,
    (version) => versionFacts(request.resolved, contract, version),
  );
  return { visible: shown, earlierHistory };
}

const listVersions = handle(E.contractVersions, async (request, services) => {
  const { personId } = request.params;
  const { visible, earlierHistory } = await visibleVersions(request, services);
  return {
    body: {
      reportId: personId,
      versions: visible.map((v) => ({
        version: v.version,
        agreedAt: v.agreedAt,
        reason: v.reason,
        note: v.note,
        commitments: v.commitments.length,
      })),
      earlierHistory,
    },
  };
});

const readHistory = handle(E.contractHistory, async (request, services) => {
  const { personId } = request.params;
  const { visible, earlierHistory } = await visibleVersions(request, services);
  return { body: { reportId: personId, versions: visible, earlierHistory } };
});

const readVersion = handle(E.contractVersion, async ({ params, resolved, authorize }, services) => {
  const { personId, version } = params;
  const stored = await storedContract(services, personId);
  const found = stored.value.versions.find((v) => v.version === version);
  if (!found) throw fail.notFound('This contract has no such version.');
  const grant = await authorize({ record: versionFacts(resolved, stored.value, found) });
  return grant.run(() => Promise.resolve({ body: { ...found, reportId: personId } }));
});

const agreeVersion = handle(E.agreeContractVersion, async (request, services) => {
  const { caller, params, query, body, ifMatch, grant } = request;
  const { personId } = params;
  const { resolved } = grant;
  const stored = await requireReadableCurrent(caller, services, personId, resolved);
  if (stored) {
    await requireOwnStatusChanges(caller, services, resolved, stored.value, body.terms.commitments);
  }
  const linking = await writableConversation(
    caller,
    services,
    resolved,
    personId,
    body.conversationId,
  );
  const agree = () =>
    grant.run(() =>
      agreeInConversation(services.ctx, {
        ...newVersion(caller, personId, body, ifMatch),
        terms: body.terms,
        current: stored,
        ...(linking === undefined ? {} : { conversation: linking.stored }),
        ...(body.dropped === undefined ? {} : { dropped: body.dropped }),
      }),
    );
  const result = await (linking === undefined ? agree() : linking.grant.run(agree));
  if (!result.ok) rejected(result.errors, inNewVersion);
  const { saved, link } = result.value;
  const answer = currentBody(saved, query.tz ?? 'UTC', services);
  return { body: { ...answer, ...definedOnly({ conversationLink: link }) }, etag: saved.etag };
});

/**
 * The conversation a version is agreed in, read and checked before anything is saved: the
 * caller must be allowed to update it, as if they changed it themself (and it is audited so).
 */
async function writableConversation(
  caller: Caller,
  services: Services,
  resolved: ResolvedRelationship,
  reportId: string,
  conversationId: string | undefined,
): Promise<{ stored: Versioned<ConversationRecord>; grant: Grant } | undefined> {
  if (conversationId === undefined) return undefined;
  const stored = await services.ctx.stores.conversations.get(conversationId);
  if (stored?.value.reportId !== reportId) throw fail.notFound();
  const grant = await services.guard.check({
    caller,
    action: 'conversation.write',
    subjectId: reportId,
    resolved,
    record: conversationFacts(resolved, stored.value),
    hideRecord: true,
  });
  return { stored, grant };
}

/**
 * A new version builds on the current one, so the manager must be allowed to read it: history
 * from before them needs the report's consent first.
 */
async function requireReadableCurrent(
  caller: Caller,
  services: Services,
  reportId: string,
  resolved: ResolvedRelationship,
): Promise<Versioned<DevelopmentContract> | undefined> {
  const stored = await services.ctx.stores.contracts.get(reportId);
  if (!stored) return undefined;
  await services.guard.check({
    caller,
    action: 'contract.read-current',
    subjectId: reportId,
    resolved,
    record: versionFacts(resolved, stored.value, currentVersion(stored.value)),
  });
  return stored;
}

/**
 * Only a commitment's owner says whether it is done, whichever route the change takes: a new
 * version that ticks or reopens the other person's commitment is refused like the done button
 * would refuse it (403, audited), before anything is saved.
 */
async function requireOwnStatusChanges(
  caller: Caller,
  services: Services,
  resolved: ResolvedRelationship,
  contract: DevelopmentContract,
  sent: readonly CommitmentStatusDraft[],
): Promise<void> {
  for (const commitment of statusChangesIn(currentVersion(contract), sent)) {
    await services.guard.check({
      caller,
      action: 'commitment.mark-done',
      subjectId: contract.reportId,
      resolved,
      record: commitmentFacts(resolved, contract, commitment),
    });
  }
}

const newCommitment = handle(E.addCommitment, async (request, services) => {
  const { caller, params, query, body, ifMatch, grant } = request;
  const { personId } = params;
  await requireReadableCurrent(caller, services, personId, grant.resolved);
  const result = await grant.run(() =>
    addCommitment(services.ctx, {
      ...newVersion(caller, personId, body, ifMatch),
      party: body.party,
      kind: body.kind,
      action: body.action,
      due: body.due,
      ...(body.inGiftReason === undefined ? {} : { inGiftReason: body.inGiftReason }),
    }),
  );
  return changed(result, inChangedContract, query.tz, services);
});

/** The commitment's facts for the access rules, from the stored current version. */
async function commitmentRecord(
  services: Services,
  { personId, commitmentId }: { personId: string; commitmentId: string },
  resolved: ResolvedRelationship,
) {
  const stored = await services.ctx.stores.contracts.get(personId);
  const commitment = stored
    ? currentVersion(stored.value).commitments.find((x) => x.id === commitmentId)
    : undefined;
  if (!stored || !commitment)
    throw fail.notFound('This commitment is not in the current contract.');
  return commitmentFacts(resolved, stored.value, commitment);
}

const updateCommitment = handle(E.changeCommitment, async (request, services) => {
  const { caller, params, query, body, ifMatch, resolved, authorize } = request;
  const { personId, commitmentId } = params;
  const grant = await authorize({ record: await commitmentRecord(services, params, resolved) });
  const by = partyOf(caller, personId);
  const result = await grant.run(() =>
    'scheduled' in body
      ? scheduleCommitment(services.ctx, {
          reportId: personId,
          commitmentId,
          by,
          scheduled: body.scheduled,
          expectedEtag: ifMatch,
        })
      : changeCommitment(services.ctx, {
          ...newVersion(caller, personId, body, ifMatch),
          commitmentId,
          changes: {
            ...(body.kind === undefined ? {} : { kind: body.kind }),
            ...(body.action === undefined ? {} : { action: body.action }),
            ...(body.due === undefined ? {} : { due: body.due }),
            ...(body.inGiftReason === undefined ? {} : { inGiftReason: body.inGiftReason }),
          },
        }),
  );
  return changed(result, inChangedContract, query.tz, services);
});

const markDone = handle(E.markCommitmentDone, async (request, services) => {
  const { caller, params, query, body, ifMatch, resolved, authorize } = request;
  const grant = await authorize({ record: await commitmentRecord(services, params, resolved) });
  const result = await grant.run(() =>
    markCommitmentDone(services.ctx, {
      reportId: params.personId,
      commitmentId: params.commitmentId,
      by: partyOf(caller, params.personId),
      note: body.note,
      expectedEtag: ifMatch,
    }),
  );
  // The note's errors point into the body; the rest into the stored contract.
  return changed(result, (field) => (field === 'note' ? 'body' : 'contract'), query.tz, services);
});

export const CONTRACT_ROUTES: Route[] = [
  readCurrent,
  listVersions,
  readHistory,
  readVersion,
  agreeVersion,
  newCommitment,
  updateCommitment,
  markDone,
];
