/**
 * One action per career API capability. The authorization matrix test walks this list, so an
 * endpoint added here is covered the moment it exists.
 *
 * Deliberately absent: anything about a manager's private preparation notes. They live in the
 * manager's own OneDrive app folder, reached with the manager's delegated token, and never pass
 * through the career API or reach the shared lists.
 */
export const ACCESS_ACTIONS = [
  'contract.read-current',
  'contract.read-version',
  'contract.create-version',
  'commitment.create',
  'commitment.update',
  'commitment.mark-done',
  'commitment.list-overdue',
  'conversation.read',
  'conversation.write',
  'trigger.log',
  'trigger.read',
  'trigger.close',
  'team.overview',
  'profile.read',
  'profile.write',
  'export.own-data',
  'audit.read-own',
  'consent.grant',
  'consent.revoke',
  'agenda.read',
  'agenda.add',
  'agenda.remove',
  'history-request.ask',
  'history-request.read',
  'history-request.answer',
  'aggregates.read',
  'setup.health',
  'security-log.read',
  'erase.person',
] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

/**
 * Whose data an action touches:
 * - report-data: one report's career records (the subject is the report);
 * - own-only: something only the person themself may do (export, own audit trail, consent);
 * - own-team: the manager's view of their own team (the subject is the manager);
 * - hr-admin: an HR admin operation that returns no content.
 */
export type ActionScope = 'report-data' | 'own-only' | 'own-team' | 'hr-admin';

/**
 * How an action treats an existing record:
 * - read: reads it; history needs the report's consent;
 * - write: changes it; history is read-only, even with consent;
 * - create: makes new data under the current relationship, so a record passed along is ignored.
 */
export type ActionKind = 'read' | 'write' | 'create';

export interface ActionRule {
  scope: ActionScope;
  kind: ActionKind;
  /**
   * The action targets one existing record, so a manager's request must carry its facts (who held
   * it, when it was created); without them the answer is no. Lists are filtered per record.
   */
  needsRecord: boolean;
  /** The report may do this on their own data. The rest of report-data is the manager's tool. */
  reportMay: boolean;
}

const rule = (
  scope: ActionScope,
  kind: ActionKind,
  needsRecord: boolean,
  reportMay: boolean,
): ActionRule => ({ scope, kind, needsRecord, reportMay });

/**
 * The report reads everything about themself, marks their own commitments done and exports;
 * the manager records what was agreed (contract versions, commitments, conversations, triggers,
 * direction and transition points). Triggers are the manager's tool, but the report may read the
 * ones logged about them: nothing about a person is kept from that person.
 */
export const ACTION_RULES: Readonly<Record<AccessAction, ActionRule>> = {
  'contract.read-current': rule('report-data', 'read', false, true),
  'contract.read-version': rule('report-data', 'read', true, true),
  'contract.create-version': rule('report-data', 'create', false, false),
  'commitment.create': rule('report-data', 'create', false, false),
  'commitment.update': rule('report-data', 'write', true, false),
  'commitment.mark-done': rule('report-data', 'write', true, true),
  'commitment.list-overdue': rule('report-data', 'read', false, true),
  'conversation.read': rule('report-data', 'read', true, true),
  'conversation.write': rule('report-data', 'write', false, false),
  'trigger.log': rule('report-data', 'create', false, false),
  'trigger.read': rule('report-data', 'read', true, true),
  'trigger.close': rule('report-data', 'write', true, false),
  'team.overview': rule('own-team', 'read', false, true),
  'profile.read': rule('report-data', 'read', false, true),
  'profile.write': rule('report-data', 'write', false, false),
  'export.own-data': rule('own-only', 'read', false, true),
  'audit.read-own': rule('own-only', 'read', false, true),
  'consent.grant': rule('own-only', 'write', false, true),
  'consent.revoke': rule('own-only', 'write', false, true),
  // What the report wants to raise next time: theirs to write, their current manager's to read.
  'agenda.read': rule('report-data', 'read', false, true),
  'agenda.add': rule('own-only', 'write', false, true),
  'agenda.remove': rule('own-only', 'write', false, true),
  // A new manager asks to see what was recorded before them; the report answers. The ask is made
  // under the live relationship (create), so only the current manager can make it; the answer is
  // the report's alone, like the consent it may grant.
  'history-request.ask': rule('report-data', 'create', false, false),
  'history-request.read': rule('report-data', 'read', false, true),
  'history-request.answer': rule('own-only', 'write', false, true),
  'aggregates.read': rule('hr-admin', 'read', false, false),
  'setup.health': rule('hr-admin', 'read', false, false),
  'security-log.read': rule('hr-admin', 'read', false, false),
  'erase.person': rule('hr-admin', 'write', false, false),
};

/** Actions that return or change what people said, agreed or logged: never for HR as such. */
export const CONTENT_ACTIONS: readonly AccessAction[] = ACCESS_ACTIONS.filter(
  (action) => ACTION_RULES[action].scope !== 'hr-admin',
);

export const HR_ADMIN_ACTIONS: readonly AccessAction[] = ACCESS_ACTIONS.filter(
  (action) => ACTION_RULES[action].scope === 'hr-admin',
);

export const isAccessAction = (value: string): value is AccessAction =>
  (ACCESS_ACTIONS as readonly string[]).includes(value);

/**
 * What each action touches, in the words of the person whose records they are: "Priya read
 * <label>". Keyed by the action list, so a new action cannot ship without its words.
 */
export const ACCESS_ACTION_LABELS: Readonly<Record<AccessAction, string>> = {
  'contract.read-current': 'your current development contract',
  'contract.read-version': 'earlier versions of your development contract',
  'contract.create-version': 'a new version of your development contract',
  'commitment.create': 'a new commitment',
  'commitment.update': 'one of your commitments',
  'commitment.mark-done': 'whether a commitment is done',
  'commitment.list-overdue': 'your overdue commitments',
  'conversation.read': 'your conversations and the notes shared from them',
  'conversation.write': 'a conversation and the notes shared from it',
  'trigger.log': 'a moment logged for a conversation',
  'trigger.read': 'the moments logged for a conversation',
  'trigger.close': 'a moment logged for a conversation',
  'team.overview': 'your line in the team overview',
  'profile.read': 'your direction and transition points',
  'profile.write': 'your direction and transition points',
  'export.own-data': 'the export of your data',
  'audit.read-own': 'this access log',
  'consent.grant': 'who may read your earlier history',
  'consent.revoke': 'who may read your earlier history',
  'agenda.read': 'your agenda for next time',
  'agenda.add': 'your agenda for next time',
  'agenda.remove': 'your agenda for next time',
  'history-request.ask': 'a request to read your earlier history',
  'history-request.read': 'the requests to read your earlier history',
  'history-request.answer': 'your answer to a request to read your earlier history',
  'aggregates.read': 'counts across departments, never anyone’s records',
  'setup.health': 'the setup’s health, never anyone’s records',
  'security-log.read': 'the security log',
  'erase.person': 'the erasure of a leaver’s records',
};
