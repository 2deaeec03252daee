import type { z } from 'zod';
import {
  addCommitment,
  agreeInConversation,
  permits,
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
  type DevelopmentContract,
} from '../../domain';
import type { Versioned } from '../../app/ports';
import type { Grant } from '../access/guard';
import { requireIfMatch, toHttpEtag } from '../http/etag';
import { fail } from '../http/problem';
import { rejected, respond } from '../http/respond';
import { readBody, readOptionalBody, readParams } from '../http/validate';
import {
  AgreedContractResponse,
  CommitmentChangeBody,
  CommitmentParams,
  MarkDoneBody,
  ContractParams,
  CurrentContractResponse,
  NewCommitmentBody,
  NewContractVersionBody,
  VersionHistoryResponse,
  VersionListResponse,
  VersionParams,
  VersionResponse,
} from '../../app/api-schemas/contract';
import { ZoneQuery } from '../../app/api-schemas/common';
import { partyOf, PROBLEM_RESPONSES as P, zoneFrom } from './helpers';
import type { ApiContext, Route, Services } from './route';

const TAG = 'Development contract';

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
  c: ApiContext,
  services: Services,
): z.input<typeof CurrentContractResponse> {
  const contract = stored.value;
  const today = todayIn(services.ctx.clock.now(), zoneFrom(c));
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

/** The stored contract the caller may read, or a 404 that does not say which it was. */
async function readableContract(
  c: ApiContext,
  services: Services,
  reportId: string,
): Promise<{ stored: Versioned<DevelopmentContract>; resolved: ResolvedRelationship }> {
  const resolved = await services.guard.gate(c.get('caller'), reportId);
  const stored = await services.ctx.stores.contracts.get(reportId);
  if (!stored) throw fail.notFound('There is no development contract yet.');
  return { stored, resolved };
}

const readCurrent: Route = {
  method: 'get',
  path: '/api/people/{personId}/contract',
  summary: 'The current version of the person’s development contract, with its health',
  tag: TAG,
  params: ContractParams,
  query: ZoneQuery,
  responses: [
    {
      status: 200,
      description: 'The current version.',
      schema: CurrentContractResponse,
      etag: true,
    },
    P.forbidden,
    P.notFound,
  ],
  async handle(c, services) {
    const { personId } = readParams(c, ContractParams);
    const caller = c.get('caller');
    const { stored, resolved } = await readableContract(c, services, personId);
    const grant = await services.guard.check({
      caller,
      action: 'contract.read-current',
      subjectId: personId,
      resolved,
      record: versionFacts(resolved, stored.value, currentVersion(stored.value)),
    });
    return grant.run(() =>
      Promise.resolve(
        respond(c, CurrentContractResponse, currentBody(stored, c, services), {
          etag: stored.etag,
        }),
      ),
    );
  },
};

/**
 * The versions the caller may see, oldest first; each shown version is in the report's trail
 * (queued, off the request path). `earlierHistory` says some exist that are not shared.
 */
async function visibleVersions(c: ApiContext, services: Services, personId: string) {
  const caller = c.get('caller');
  const { stored, resolved } = await readableContract(c, services, personId);
  const may = permits(caller, personId, resolved, services.ctx.clock.now());
  const contract = stored.value;
  const facts = contract.versions.map((v) => versionFacts(resolved, contract, v));
  const shown = facts.filter((f) => may('contract.read-version', f));
  const visible = contract.versions.filter((_, i) => shown.includes(facts[i] ?? {}));
  await services.guard.auditRecords(caller, 'contract.read-version', personId, resolved, shown);
  return { visible, earlierHistory: visible.length < contract.versions.length };
}

const listVersions: Route = {
  method: 'get',
  path: '/api/people/{personId}/contract/versions',
  summary: 'Every agreed version the caller may see, oldest first',
  tag: TAG,
  params: ContractParams,
  responses: [
    { status: 200, description: 'Versions.', schema: VersionListResponse },
    P.forbidden,
    P.notFound,
  ],
  async handle(c, services) {
    const { personId } = readParams(c, ContractParams);
    const { visible, earlierHistory } = await visibleVersions(c, services, personId);
    return respond(c, VersionListResponse, {
      reportId: personId,
      versions: visible.map((v) => ({
        version: v.version,
        agreedAt: v.agreedAt,
        reason: v.reason,
        note: v.note,
        commitments: v.commitments.length,
      })),
      earlierHistory,
    });
  },
};

const readHistory: Route = {
  method: 'get',
  path: '/api/people/{personId}/contract/history',
  summary: 'Every agreed version the caller may see, with its terms, oldest first, in one call',
  description:
    'The same versions as `/contract/versions`, each as `/contract/versions/{version}` answers it: the report page reads the whole history in one request instead of one per version.',
  tag: TAG,
  params: ContractParams,
  responses: [
    { status: 200, description: 'The history.', schema: VersionHistoryResponse },
    P.forbidden,
    P.notFound,
  ],
  async handle(c, services) {
    const { personId } = readParams(c, ContractParams);
    const { visible, earlierHistory } = await visibleVersions(c, services, personId);
    return respond(c, VersionHistoryResponse, {
      reportId: personId,
      versions: visible,
      earlierHistory,
    });
  },
};

const readVersion: Route = {
  method: 'get',
  path: '/api/people/{personId}/contract/versions/{version}',
  summary: 'One agreed version, as it was agreed',
  tag: TAG,
  params: VersionParams,
  responses: [
    { status: 200, description: 'The version.', schema: VersionResponse },
    P.forbidden,
    P.notFound,
  ],
  async handle(c, services) {
    const { personId, version } = readParams(c, VersionParams);
    const caller = c.get('caller');
    const { stored, resolved } = await readableContract(c, services, personId);
    const found = stored.value.versions.find((v) => v.version === version);
    if (!found) throw fail.notFound('This contract has no such version.');
    const grant = await services.guard.check({
      caller,
      action: 'contract.read-version',
      subjectId: personId,
      resolved,
      record: versionFacts(resolved, stored.value, found),
    });
    return grant.run(() =>
      Promise.resolve(respond(c, VersionResponse, { ...found, reportId: personId })),
    );
  },
};

const createVersion: Route = {
  method: 'post',
  path: '/api/people/{personId}/contract/versions',
  summary: 'Agree a new version (or the first one) with a reason',
  description:
    'Every earlier version is kept. If-Match is required once a contract exists; the first version is created without it. Open commitments left out must be listed in `dropped` with a reason.',
  tag: TAG,
  params: ContractParams,
  body: NewContractVersionBody,
  ifMatch: 'optional',
  responses: [
    {
      status: 201,
      description: 'The new current version, and whether its conversation now names it.',
      schema: AgreedContractResponse,
      etag: true,
    },
    P.badRequest,
    P.forbidden,
    P.notFound,
    P.preconditionFailed,
    P.unprocessable,
    P.preconditionRequired,
  ],
  async handle(c, services) {
    const { personId } = readParams(c, ContractParams);
    const body = await readBody(c, NewContractVersionBody);
    const ifMatch = c.req.header('if-match');
    const expectedEtag = ifMatch === undefined ? undefined : requireIfMatch(ifMatch);
    const caller = c.get('caller');
    const resolved = await services.guard.relationship(personId, true);
    const grant = await services.guard.check({
      caller,
      action: 'contract.create-version',
      subjectId: personId,
      resolved,
    });
    const stored = await requireReadableCurrent(c, services, personId, resolved);
    if (stored) {
      await requireOwnStatusChanges(c, services, resolved, stored.value, body.terms.commitments);
    }
    const linking = await writableConversation(
      c,
      services,
      resolved,
      personId,
      body.conversationId,
    );
    const agree = () =>
      grant.run(() =>
        agreeInConversation(services.ctx, {
          reportId: personId,
          managerId: caller.userId,
          terms: body.terms,
          reason: body.reason,
          note: body.note,
          zone: body.timeZone ?? 'UTC',
          expectedEtag,
          current: stored,
          ...(linking === undefined ? {} : { conversation: linking.stored }),
          ...(body.dropped === undefined ? {} : { dropped: body.dropped }),
        }),
      );
    const result = await (linking === undefined ? agree() : linking.grant.run(agree));
    if (!result.ok) rejected(result.errors, inNewVersion);
    const { saved, link } = result.value;
    const answer = {
      ...currentBody(saved, c, services),
      ...definedOnly({ conversationLink: link }),
    };
    return respond(c, AgreedContractResponse, answer, { status: 201, etag: saved.etag });
  },
};

/**
 * The conversation a version is agreed in, read and checked before anything is saved: the
 * caller must be allowed to update it, as if they changed it themself (and it is audited so).
 */
async function writableConversation(
  c: ApiContext,
  services: Services,
  resolved: ResolvedRelationship,
  reportId: string,
  conversationId: string | undefined,
): Promise<{ stored: Versioned<ConversationRecord>; grant: Grant } | undefined> {
  if (conversationId === undefined) return undefined;
  const stored = await services.ctx.stores.conversations.get(conversationId);
  if (stored?.value.reportId !== reportId) throw fail.notFound();
  const grant = await services.guard.check({
    caller: c.get('caller'),
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
  c: ApiContext,
  services: Services,
  reportId: string,
  resolved: ResolvedRelationship,
): Promise<Versioned<DevelopmentContract> | undefined> {
  const stored = await services.ctx.stores.contracts.get(reportId);
  if (!stored) return undefined;
  await services.guard.check({
    caller: c.get('caller'),
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
  c: ApiContext,
  services: Services,
  resolved: ResolvedRelationship,
  contract: DevelopmentContract,
  sent: readonly CommitmentStatusDraft[],
): Promise<void> {
  for (const commitment of statusChangesIn(currentVersion(contract), sent)) {
    await services.guard.check({
      caller: c.get('caller'),
      action: 'commitment.mark-done',
      subjectId: contract.reportId,
      resolved,
      record: commitmentFacts(resolved, contract, commitment),
    });
  }
}

const newCommitment: Route = {
  method: 'post',
  path: '/api/people/{personId}/contract/commitments',
  summary: 'Add a commitment (a new agreed version, with reason and note)',
  tag: TAG,
  params: ContractParams,
  body: NewCommitmentBody,
  ifMatch: 'required',
  responses: [
    {
      status: 201,
      description: 'The new current version.',
      schema: CurrentContractResponse,
      etag: true,
    },
    P.badRequest,
    P.forbidden,
    P.notFound,
    P.preconditionFailed,
    P.unprocessable,
    P.preconditionRequired,
  ],
  async handle(c, services) {
    const { personId } = readParams(c, ContractParams);
    const body = await readBody(c, NewCommitmentBody);
    const expectedEtag = requireIfMatch(c.req.header('if-match'));
    const caller = c.get('caller');
    const resolved = await services.guard.relationship(personId, true);
    const grant = await services.guard.check({
      caller,
      action: 'commitment.create',
      subjectId: personId,
      resolved,
    });
    await requireReadableCurrent(c, services, personId, resolved);
    const result = await grant.run(() =>
      addCommitment(services.ctx, {
        reportId: personId,
        managerId: caller.userId,
        party: body.party,
        kind: body.kind,
        action: body.action,
        due: body.due,
        ...(body.inGiftReason === undefined ? {} : { inGiftReason: body.inGiftReason }),
        reason: body.reason,
        note: body.note,
        zone: body.timeZone ?? 'UTC',
        expectedEtag,
      }),
    );
    if (!result.ok) rejected(result.errors, inChangedContract);
    return respond(c, CurrentContractResponse, currentBody(result.value, c, services), {
      status: 201,
      etag: result.value.etag,
    });
  },
};

/** The commitment's facts for the access rules, from the stored current version. */
async function commitmentRecord(
  services: Services,
  reportId: string,
  commitmentId: string,
  resolved: ResolvedRelationship,
) {
  const stored = await services.ctx.stores.contracts.get(reportId);
  const commitment = stored
    ? currentVersion(stored.value).commitments.find((x) => x.id === commitmentId)
    : undefined;
  if (!stored || !commitment)
    throw fail.notFound('This commitment is not in the current contract.');
  return commitmentFacts(resolved, stored.value, commitment);
}

const updateCommitment: Route = {
  method: 'patch',
  path: '/api/people/{personId}/contract/commitments/{commitmentId}',
  summary: 'Change a commitment (new version) or record where its owner scheduled it',
  tag: TAG,
  params: CommitmentParams,
  body: CommitmentChangeBody,
  ifMatch: 'required',
  responses: [
    {
      status: 200,
      description: 'The contract after the change.',
      schema: CurrentContractResponse,
      etag: true,
    },
    P.badRequest,
    P.forbidden,
    P.notFound,
    P.preconditionFailed,
    P.unprocessable,
    P.preconditionRequired,
  ],
  async handle(c, services) {
    const { personId, commitmentId } = readParams(c, CommitmentParams);
    const body = await readBody(c, CommitmentChangeBody);
    const expectedEtag = requireIfMatch(c.req.header('if-match'));
    const caller = c.get('caller');
    const resolved = await services.guard.gate(caller, personId, true);
    const record = await commitmentRecord(services, personId, commitmentId, resolved);
    const grant = await services.guard.check({
      caller,
      action: 'commitment.update',
      subjectId: personId,
      resolved,
      record,
    });
    const by = partyOf(caller, personId);
    const result = await grant.run(() =>
      'scheduled' in body
        ? scheduleCommitment(services.ctx, {
            reportId: personId,
            commitmentId,
            by,
            scheduled: body.scheduled,
            expectedEtag,
          })
        : changeCommitment(services.ctx, {
            reportId: personId,
            managerId: caller.userId,
            commitmentId,
            changes: {
              ...(body.kind === undefined ? {} : { kind: body.kind }),
              ...(body.action === undefined ? {} : { action: body.action }),
              ...(body.due === undefined ? {} : { due: body.due }),
              ...(body.inGiftReason === undefined ? {} : { inGiftReason: body.inGiftReason }),
            },
            reason: body.reason,
            note: body.note,
            zone: body.timeZone ?? 'UTC',
            expectedEtag,
          }),
    );
    if (!result.ok) rejected(result.errors, inChangedContract);
    return respond(c, CurrentContractResponse, currentBody(result.value, c, services), {
      etag: result.value.etag,
    });
  },
};

const markDone: Route = {
  method: 'post',
  path: '/api/people/{personId}/contract/commitments/{commitmentId}/done',
  summary: 'Mark one of your own commitments done (progress, not a new version)',
  tag: TAG,
  params: CommitmentParams,
  body: MarkDoneBody,
  bodyOptional: true,
  ifMatch: 'required',
  responses: [
    {
      status: 200,
      description: 'The contract after the change.',
      schema: CurrentContractResponse,
      etag: true,
    },
    P.forbidden,
    P.notFound,
    P.preconditionFailed,
    P.unprocessable,
    P.preconditionRequired,
  ],
  async handle(c, services) {
    const { personId, commitmentId } = readParams(c, CommitmentParams);
    const body = await readOptionalBody(c, MarkDoneBody);
    const expectedEtag = requireIfMatch(c.req.header('if-match'));
    const caller = c.get('caller');
    const resolved = await services.guard.gate(caller, personId, true);
    const record = await commitmentRecord(services, personId, commitmentId, resolved);
    const grant = await services.guard.check({
      caller,
      action: 'commitment.mark-done',
      subjectId: personId,
      resolved,
      record,
    });
    const result = await grant.run(() =>
      markCommitmentDone(services.ctx, {
        reportId: personId,
        commitmentId,
        by: partyOf(caller, personId),
        note: body.note,
        expectedEtag,
      }),
    );
    // The note's errors point into the body; the rest into the stored contract.
    if (!result.ok) rejected(result.errors, (field) => (field === 'note' ? 'body' : 'contract'));
    return respond(c, CurrentContractResponse, currentBody(result.value, c, services), {
      etag: result.value.etag,
    });
  },
};

export const CONTRACT_ROUTES: Route[] = [
  readCurrent,
  listVersions,
  readHistory,
  readVersion,
  createVersion,
  newCommitment,
  updateCommitment,
  markDone,
];
