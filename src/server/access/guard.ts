import {
  resolveRelationship,
  type ResolvedRelationship,
  type UseCaseContext,
} from '../../app/career-api';
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
  /** The relationship the decision rested on (asked live for a change), for records on the side. */
  resolved: ResolvedRelationship;
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

  /**
   * The caller's relationship to the subject, with the manager from the directory: for a read at
   * most READ_CACHE_MS old, for anything that changes data (`live`) asked now.
   */
  async relationship(subjectId: string, live = false): Promise<ResolvedRelationship> {
    const managerId = live
      ? await this.managers.liveManagerOf(subjectId)
      : await this.managers.managerOf(subjectId);
    return resolveRelationship(this.ctx, subjectId, managerId);
  }

  /**
   * The relationship a decision rests on. A change to a report's data never rests on a cached
   * manager: the directory is asked now, and a relationship the handler resolved earlier is used
   * only while it still names that manager.
   */
  private async resolvedFor(
    action: AccessAction,
    subjectId: string,
    given: ResolvedRelationship | undefined,
  ): Promise<ResolvedRelationship> {
    const { scope, kind } = ACTION_RULES[action];
    if (scope !== 'report-data') return given ?? NO_RELATIONSHIP;
    if (kind === 'read') return given ?? (await this.relationship(subjectId));
    const managerId = await this.managers.liveManagerOf(subjectId);
    if (given && given.relationship.currentManagerId === managerId) return given;
    return resolveRelationship(this.ctx, subjectId, managerId);
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
    const resolved = await this.resolvedFor(input.action, input.subjectId, input.resolved);
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
      resolved,
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
   * never depends on whether a record exists. Lists then check each record on its own. A handler
   * that goes on to change data says so (`live`), so a new manager is not refused on a stale answer.
   */
  async gate(caller: Caller, subjectId: string, live = false): Promise<ResolvedRelationship> {
    const resolved = await this.relationship(subjectId, live);
    await this.check({ caller, action: 'contract.read-current', subjectId, resolved });
    return resolved;
  }

  /**
   * One audit entry per record a request touched beyond its own, for someone other than the
   * person themself: the items a list showed, the triggers a held conversation closed.
   */
  async auditRecords(
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
