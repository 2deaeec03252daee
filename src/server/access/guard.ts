import {
  resolveRelationship,
  type ResolvedRelationship,
  type UseCaseContext,
} from '../../app/use-cases';
import {
  ACTION_RULES,
  auditEntry,
  authorize,
  isAuditable,
  refusalOf,
  type AccessAction,
  type AccessRecord,
  type AccessRequest,
  type AuditEntry,
  type Decision,
  type DenyReason,
} from '../../domain/access';
import { toIsoInstant } from '../../domain';
import type { Caller } from '../auth/caller';
import type { ServerLog } from '../deps';
import { problem, ProblemError } from '../http/problem';
import type { LiveManagers } from './live-managers';

/** Denials that say nothing about a record beyond "not for you": answered as not found. */
const HIDES_RECORD: readonly DenyReason[] = [
  'not-your-report',
  'former-manager',
  'hr-sees-aggregates-only',
];

export interface Grant {
  decision: Extract<Decision, { allowed: true }>;
  /**
   * Runs the operation and records it in the audit trail as allowed (or failed, when it throws).
   */
  run<T>(operation: () => Promise<T>): Promise<T>;
}

const NO_RELATIONSHIP: ResolvedRelationship = {
  relationship: { formerManagerIds: [], historyConsent: [] },
  stints: [],
};

/**
 * The one way a handler reaches data: the live relationship, the domain's access rules, and the
 * audit trail. A refusal is counted in the security log (not the subject's trail, which a flood
 * of refusals would bury) and answered with the rule's fixed message.
 */
export class AccessGuard {
  constructor(
    private readonly ctx: UseCaseContext,
    private readonly managers: LiveManagers,
    private readonly log: ServerLog,
  ) {}

  /** The caller's relationship to the subject, with the live manager from the directory. */
  async relationship(subjectId: string): Promise<ResolvedRelationship> {
    const liveManagerId = await this.managers.managerOf(subjectId);
    return resolveRelationship(this.ctx, subjectId, liveManagerId);
  }

  /**
   * Decides; on a refusal, counts it in the security log and throws the 403 (or 404 for a record the caller has no
   * relationship to, so record ids cannot be probed).
   */
  async check(input: {
    caller: Caller;
    action: AccessAction;
    subjectId: string;
    resolved?: ResolvedRelationship;
    record?: AccessRecord;
    hideRecord?: boolean;
  }): Promise<Grant> {
    const scope = ACTION_RULES[input.action].scope;
    const resolved =
      input.resolved ??
      (scope === 'report-data' ? await this.relationship(input.subjectId) : NO_RELATIONSHIP);
    const request: AccessRequest = {
      caller: { userId: input.caller.userId, isHrAdmin: input.caller.isHrAdmin },
      action: input.action,
      subjectId: input.subjectId,
      relationship: resolved.relationship,
      ...(input.record === undefined ? {} : { record: input.record }),
      now: this.ctx.clock.now(),
    };
    const decision = authorize(request);
    if (!decision.allowed) {
      await this.countRefusal(request, decision.reason);
      if (input.hideRecord && HIDES_RECORD.includes(decision.reason)) {
        throw new ProblemError(
          problem('not-found', 404, 'There is nothing here, or you may not see it.'),
        );
      }
      throw new ProblemError(problem('forbidden', 403, decision.message));
    }
    return {
      decision,
      run: async (operation) => {
        try {
          const result = await operation();
          await this.audit(request, decision, 'succeeded');
          return result;
        } catch (error) {
          await this.audit(request, decision, 'failed');
          throw error;
        }
      },
    };
  }

  /**
   * Refuses a caller with no relationship to the person before anything is read, so an answer
   * never depends on whether a record exists. Lists then check each record on its own.
   */
  async gate(caller: Caller, subjectId: string): Promise<ResolvedRelationship> {
    const resolved = await this.relationship(subjectId);
    await this.check({ caller, action: 'contract.read-current', subjectId, resolved });
    return resolved;
  }

  /** One audit entry per record a list showed to someone other than the person themself. */
  async auditReads(
    caller: Caller,
    action: AccessAction,
    subjectId: string,
    resolved: ResolvedRelationship,
    records: readonly AccessRecord[],
  ): Promise<void> {
    const now = this.ctx.clock.now();
    await Promise.all(
      records.map((record) => {
        const request: AccessRequest = {
          caller: { userId: caller.userId, isHrAdmin: caller.isHrAdmin },
          action,
          subjectId,
          relationship: resolved.relationship,
          record,
          now,
        };
        return this.audit(request, authorize(request), 'succeeded');
      }),
    );
  }

  /** The team overview shows each report's records: each report sees that in their trail. */
  async auditOverview(caller: Caller, reportIds: readonly string[]): Promise<void> {
    const at = toIsoInstant(this.ctx.clock.now());
    await Promise.all(
      reportIds.map((subjectId) =>
        this.append({
          at,
          actorId: caller.userId,
          subjectId,
          action: 'team.overview',
          outcome: 'allowed',
          basis: 'current-manager',
        }),
      ),
    );
  }

  /** The trail must not turn a decided request into an error; a lost entry is logged loudly. */
  private async audit(
    request: AccessRequest,
    decision: Decision,
    operation?: 'succeeded' | 'failed',
  ): Promise<void> {
    if (!isAuditable(request, decision)) return;
    await this.append(auditEntry(request, decision, operation));
  }

  /** Like the trail, the security log never turns a refusal into a 500; a lost count is logged. */
  private async countRefusal(request: AccessRequest, reason: DenyReason): Promise<void> {
    try {
      await this.ctx.security.recordRefusal(refusalOf(request, reason));
    } catch (error) {
      this.log.error('refusal not counted', {
        action: request.action,
        actorId: request.caller.userId,
        subjectId: request.subjectId,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private async append(entry: AuditEntry): Promise<void> {
    try {
      await this.ctx.audit.append(entry);
    } catch (error) {
      this.log.error('audit entry lost', {
        action: entry.action,
        actorId: entry.actorId,
        subjectId: entry.subjectId,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
}
