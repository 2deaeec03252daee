import { CONVERSATION_KINDS, TRANSITION_IDS } from './ids';
import type { ConversationKind, TransitionId } from './ids';
import type { ById, CadenceRow, TransitionPoint } from './types';

export const CADENCE = {
  full: {
    kind: 'full',
    conversation: 'Career conversation (full)',
    frequency: 'Quarterly',
    duration: { min: 60, max: 90 },
    format: 'Dedicated session, not a 1:1',
    mayBeInsideOneOnOne: false,
    role: 'The quarterly career conversation is the anchor.',
    inSeedTable: true,
  },
  review: {
    kind: 'review',
    conversation: 'Development contract review',
    frequency: 'Monthly',
    duration: { min: 20, max: 30 },
    format: 'Can be within a 1:1',
    mayBeInsideOneOnOne: true,
    role: 'The monthly development contract review keeps it alive.',
    inSeedTable: true,
  },
  informal: {
    kind: 'informal',
    conversation: 'Informal career check-in',
    frequency: 'As needed',
    duration: { min: 10, max: 15 },
    format: 'Opportunistic',
    mayBeInsideOneOnOne: true,
    role: 'The informal check-ins are the signals you pick up in day-to-day contact that tell you whether something has changed and whether you need to revisit the plan.',
    inSeedTable: true,
  },
  // Not in the seed's table. An ad hoc conversation is a career conversation called early by a
  // trigger, so it takes the full conversation's format; it runs from the seed's floor for a
  // dedicated session (45 minutes, as it may be booked at short notice) to the invitation's
  // "Can we book an hour?". The cadence planner uses the same range.
  'ad-hoc': {
    kind: 'ad-hoc',
    conversation: 'Ad hoc career conversation',
    frequency: 'After a trigger',
    duration: { min: 45, max: 60 },
    format: 'Dedicated session, not a 1:1',
    mayBeInsideOneOnOne: false,
    role: 'Called by a trigger rather than the calendar.',
    inSeedTable: false,
  },
} as const satisfies { readonly [K in ConversationKind]: CadenceRow & { readonly kind: K } };

export const CADENCE_ROWS: readonly CadenceRow[] = CONVERSATION_KINDS.map((kind) => CADENCE[kind]);

export function cadenceFor(kind: ConversationKind): CadenceRow {
  return CADENCE[kind];
}

/** The conversation's name as people say it ("Full career conversation"). */
export function conversationLabel(kind: ConversationKind): string {
  return CADENCE[kind].conversation;
}

/** The floor below which a report is overdue, whatever else is going on. */
export const CADENCE_MINIMUM = {
  text: 'At minimum, once per quarter - a dedicated session of at least 45 minutes',
  perQuarter: 1,
  minMinutes: 45,
  dedicated: true,
} as const;

export const TRANSITION_POINTS = {
  'promotion-decision': {
    id: 'promotion-decision',
    label: 'Promotion decision pending',
    text: 'approaching a promotion decision',
  },
  'returning-from-leave': {
    id: 'returning-from-leave',
    label: 'Returning from leave',
    text: 'returning from leave',
  },
  'expressed-uncertainty': {
    id: 'expressed-uncertainty',
    label: 'Expressed uncertainty about direction',
    text: 'having expressed uncertainty about their direction',
  },
} as const satisfies ById<TransitionId, TransitionPoint>;

export const TRANSITION_POINT_LIST: readonly TransitionPoint[] = TRANSITION_IDS.map(
  (id) => TRANSITION_POINTS[id],
);

export function transitionById(id: TransitionId): TransitionPoint {
  return TRANSITION_POINTS[id];
}

export const WHEN_TO_USE = {
  minimum: CADENCE_MINIMUM,
  transitionRule: 'More frequently for people at a transition point',
  leavingSignalRule:
    'Immediately when someone signals they are thinking about leaving, before the decision crystallises',
} as const;

export const WHO_INITIATES = {
  answer: 'You do.',
  guidance:
    'Do not wait for the person to raise it. Most people will not raise it because they do not want to seem presumptuous, or because they have learned through experience that these conversations do not go anywhere useful.',
  invitation: { scriptId: 'invitation' },
} as const;
