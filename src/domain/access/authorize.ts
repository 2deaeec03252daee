import type { Party } from '../model/contract';
import type {
  AccessRecord,
  AccessRequest,
  Decision,
  DecisionBasis,
  DenyReason,
} from './access-types';
import { ACTION_RULES } from './actions';
import type { ActionRule, ActionScope } from './actions';
import { DENY_MESSAGES } from './deny-messages';
import { classifyRecord, hasHistoryConsent } from './history';

const allow = (basis: DecisionBasis): Decision => ({ allowed: true, basis });
const deny = (reason: DenyReason): Decision => ({
  allowed: false,
  reason,
  message: DENY_MESSAGES[reason],
});

/** Each side ticks only its own commitments; without the party there is nothing to check. */
function checkParty(
  record: AccessRecord | undefined,
  party: Party,
  basis: DecisionBasis,
): Decision {
  if (record?.party === undefined) return deny('missing-record-facts');
  return record.party === party ? allow(basis) : deny('not-the-owner');
}

function authorizeSelf(request: AccessRequest, rule: ActionRule): Decision {
  if (!rule.reportMay) return deny('manager-records-this');
  if (request.action === 'commitment.mark-done')
    return checkParty(request.record, 'report', 'self');
  // Everything recorded about the person is theirs to read, whichever manager it was made with.
  return allow('self');
}

function authorizeCurrentManager(request: AccessRequest, rule: ActionRule): Decision {
  const { caller, record, relationship, now } = request;
  if (request.action === 'commitment.mark-done') {
    const party = checkParty(record, 'manager', 'current-manager');
    if (!party.allowed) return party;
  }
  if (rule.kind === 'create') return allow('current-manager');
  if (record === undefined) {
    return rule.needsRecord ? deny('missing-record-facts') : allow('current-manager');
  }
  const age = classifyRecord(record, caller.userId, relationship);
  if (age === 'unknown') return deny('missing-record-facts');
  if (age === 'current') return allow('current-manager');
  if (rule.kind === 'write') return deny('history-is-read-only');
  return hasHistoryConsent(relationship, caller.userId, now)
    ? allow('current-manager-with-consent')
    : deny('history-needs-consent');
}

function authorizeReportData(request: AccessRequest, rule: ActionRule): Decision {
  const { caller, subjectId, relationship } = request;
  if (caller.userId === subjectId) return authorizeSelf(request, rule);
  if (relationship.currentManagerId === caller.userId) {
    return authorizeCurrentManager(request, rule);
  }
  // Checked after "current" so a manager who comes back is judged by the current relationship.
  if (relationship.formerManagerIds.includes(caller.userId)) return deny('former-manager');
  // Skip-level managers, peers and everyone else: the playbook's conversation is between two
  // people, and the manager's manager sees no more than HR does.
  return deny(caller.isHrAdmin ? 'hr-sees-aggregates-only' : 'not-your-report');
}

const BY_SCOPE: Record<ActionScope, (request: AccessRequest, rule: ActionRule) => Decision> = {
  'report-data': authorizeReportData,
  'own-only': ({ caller, subjectId }) =>
    caller.userId === subjectId ? allow('self') : deny('only-the-person-themself'),
  'own-team': ({ caller, subjectId }) => {
    if (caller.userId === subjectId) return allow('self');
    return deny(caller.isHrAdmin ? 'hr-sees-aggregates-only' : 'not-your-team');
  },
  // Admin operations return no content; they are allowed to the role and audited.
  'hr-admin': ({ caller, action }) => {
    if (!caller.isHrAdmin) return deny('not-hr-admin');
    return allow(action === 'aggregates.read' ? 'hr-aggregate' : 'hr-admin-operation');
  },
};

/**
 * Who may do what, decided per request from the live relationship. Anything not granted by a
 * rule is refused; being an HR admin adds admin operations and aggregates, never content.
 */
export function authorize(request: AccessRequest): Decision {
  const rule = ACTION_RULES[request.action];
  return BY_SCOPE[rule.scope](request, rule);
}
