import type { LintContext } from './lint-finding';

/**
 * Failure 4, "Making promises you cannot keep", as data: what a manager cannot deliver
 * (outcomes), the constructions that put the writer on the hook for one (triggers), and the
 * honest forms that take the hook away again (limits, advocacy).
 */

const rx = (source: string): RegExp => new RegExp(source, 'gi');

export const OUTCOME_KINDS = ['promotion', 'pay', 'title', 'role', 'move', 'headcount'] as const;
/** Things that are decided above the manager: the promise is not theirs to make. */
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export interface OutcomeTerm {
  id: string;
  kind: OutcomeKind;
  pattern: RegExp;
}

export const OUTCOME_TERMS: readonly OutcomeTerm[] = [
  { id: 'promotion', kind: 'promotion', pattern: rx(String.raw`\bpromot(?:e|ed|es|ing|ions?)\b`) },
  {
    id: 'pay',
    kind: 'pay',
    pattern: rx(
      String.raw`\b(?:pay\s+(?:rise|raise|increase|bump)|salary(?:\s+(?:increase|rise|bump))?|bonus(?:es)?|(?:your|their|the)\s+pay)\b`,
    ),
  },
  // "raise" is also a verb ("raise it with my manager"): only the noun, after a determiner.
  {
    id: 'raise',
    kind: 'pay',
    pattern: rx(String.raw`\b(?:a|the|your|that|this|their|his|her)\s+(?:[\w%-]+\s+){0,2}?raise\b`),
  },
  { id: 'title', kind: 'title', pattern: rx(String.raw`\btitles?\b`) },
  {
    id: 'role',
    kind: 'role',
    pattern: rx(String.raw`\b(?:roles?|positions?|levels?|grades?|track|in\s+charge\s+of)\b`),
  },
  {
    id: 'lead',
    kind: 'role',
    pattern: rx(
      String.raw`\b(?:a|an|the|team|tech)\s+(?:lead|senior|staff|principal|manager|director|head|architect)\b(?!'s)|\b(?:your|their)\s+own\s+team\b`,
    ),
  },
  {
    id: 'move',
    kind: 'move',
    pattern: rx(String.raw`\b(?:move[ds]?|moving|transfer(?:s|red)?|relocat\w*|rotation)\b`),
  },
  {
    id: 'headcount',
    kind: 'headcount',
    pattern: rx(String.raw`\b(?:headcount|new\s+hires?|hire|more\s+people|another\s+engineer)\b`),
  },
];

/**
 * Where the promised outcome must be named for a trigger to count:
 * - after-in-clause: the trigger is a verb phrase, its object follows in the same clause;
 * - in-sentence: a marker that refers back or forward ("If you want the role, it's yours");
 * - in-sentence-or-unnamed: a guarantee marker ("I promise") also counts with no named outcome,
 *   unless the sentence names something within the manager's gift ("I promise I will introduce").
 */
export type OutcomeScope = 'after-in-clause' | 'in-sentence' | 'in-sentence-or-unnamed';

export interface PromiseTrigger {
  id: string;
  pattern: RegExp;
  outcome: OutcomeScope;
  /** Only in these contexts; everywhere when absent. */
  contexts?: readonly LintContext[];
}

const SELF = String.raw`\b(?:I|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to|\s+are\s+going\s+to|\s+shall|\s+can)`;
const YOU = String.raw`\byou(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)`;
// "You're getting promoted" is a promise; "what you're moving away from" is not.
const YOU_NOW = String.raw`\byou(?:'re|\s+are)`;
const SURELY = String.raw`(?:\s+(?:definitely|certainly|surely|absolutely|totally|personally|also|just|easily))?`;
const DELIVER = String.raw`(?:get|give|make|secure|sort(?:\s+out)?|arrange|move|promote|bump|hand|land|create|hire|deliver|transfer|fix|find|put|take\s+care\s+of|lock\s+in|push\s+through|sign\s+off)`;
const RECEIVE = String.raw`(?:be|get|become|have|receive|land|make|step\s+into|move|take\s+over|end\s+up)`;
const RECEIVING = String.raw`(?:getting|becoming|moving\s+(?:to|into|over)|stepping\s+into|taking\s+over)`;

export const PROMISE_TRIGGERS: readonly PromiseTrigger[] = [
  // "I'll get you the senior title", "We will move you to the platform team"
  {
    id: 'self-delivery',
    pattern: rx(`${SELF}${SURELY}\\s+${DELIVER}\\b`),
    outcome: 'after-in-clause',
  },
  // "You'll be a lead by summer", "You're getting promoted this cycle"
  {
    id: 'future-certainty',
    pattern: rx(`${YOU}${SURELY}\\s+${RECEIVE}\\b|${YOU_NOW}${SURELY}\\s+${RECEIVING}\\b`),
    outcome: 'after-in-clause',
  },
  // "I'm going to push your promotion through", "We'll sort your pay out"
  {
    id: 'self-delivery-split',
    pattern: rx(
      String.raw`${SELF}${SURELY}\s+(?:push|sort|get|see)\s+(?:\w+\s+){1,3}?(?:through|out|done|approved|signed\s+off)\b`,
    ),
    outcome: 'after-in-clause',
  },
  {
    id: 'expect',
    pattern: rx(String.raw`^\s*(?:expect|look\s+forward\s+to)\b`),
    outcome: 'after-in-clause',
  },
  // A commitment's action is already the writer's promise: "Get Sam promoted to senior."
  {
    id: 'imperative-delivery',
    pattern: rx(String.raw`^\s*(?:${DELIVER}|guarantee|promise)\b`),
    outcome: 'after-in-clause',
    contexts: ['commitment'],
  },
  {
    id: 'guarantee',
    pattern: rx(
      String.raw`\bI\s+(?:can\s+|will\s+|do\s+)?(?:promise|guarantee)\b|\b100\s?%|\btrust\s+me\b|\byou(?:'ll|\s+will)\s+(?:definitely|certainly|surely)\b`,
    ),
    outcome: 'in-sentence-or-unnamed',
  },
  {
    id: 'certainty',
    pattern: rx(
      String.raw`\bmake\s+sure\b|\brest\s+assured\b|\bcount\s+on\b|\bI'm\s+(?:certain|sure|confident)\b(?!\s+in\b)|\bfor\s+sure\b|\bno\s+doubt\b|\bwithout\s+(?:a\s+)?doubt\b`,
    ),
    outcome: 'in-sentence',
  },
  // "The lead role will be yours", "Your raise is guaranteed", "the transfer will happen"
  {
    id: 'outcome-certain',
    pattern: rx(
      [
        String.raw`\b(?:is|are|'s|will\s+be)\s+(?:basically\s+|already\s+|all\s+)?(?:yours|guaranteed|a\s+done\s+deal|in\s+the\s+bag|locked\s+in|a\s+given|signed\s+off|happening|sorted|approved|going\s+through)\b`,
        String.raw`\bwill\s+(?:happen|come|follow|go\s+through|be\s+approved)\b`,
        String.raw`\bcoming\s+your\s+way\b|\bgoes\s+to\s+you\b`,
        String.raw`\b(?:a\s+)?(?:shoo-in|sure\s+thing|dead\s+cert|safe\s+bet|foregone\s+conclusion)\b`,
      ].join('|'),
    ),
    outcome: 'in-sentence',
  },
  {
    id: 'leave-it-with-me',
    pattern: rx(String.raw`\bleave\s+(?:it|this|that|(?:the|your)\s+\w+)\s+with\s+me\b`),
    outcome: 'in-sentence',
  },
  {
    id: 'consider-it-done',
    pattern: rx(String.raw`\bconsider\s+(?:it|that|this|(?:the|your)(?:\s+\w+){1,4})\s+done\b`),
    outcome: 'in-sentence',
  },
];

export interface Limit {
  id: string;
  pattern: RegExp;
}

/** An honest limit anywhere in the sentence takes the promise back ("- I cannot commit to the outcome"). */
export const SENTENCE_LIMITS: readonly Limit[] = [
  {
    id: 'cannot-commit-to-outcome',
    pattern: rx(
      String.raw`\b(?:cannot|can\s?not|can't|won't|will\s+not|unable\s+to|not\s+able\s+to)\s+commit\s+to\s+(?:the\s+(?:outcome|result|decision)|what\s+happens)\b`,
    ),
  },
  { id: 'no-promises', pattern: rx(String.raw`\bno\s+(?:promises?|guarantees?)\b`) },
  {
    id: 'not-in-my-gift',
    pattern: rx(
      String.raw`\bnot\s+(?:in\s+my\s+gift|my\s+(?:call|decision)|up\s+to\s+me|mine\s+to\s+(?:give|promise|decide))\b`,
    ),
  },
  {
    id: 'outside-my-authority',
    pattern: rx(String.raw`\b(?:outside|beyond)\s+(?:my|our)\s+(?:authority|control|gift|remit)\b`),
  },
  {
    id: 'do-not-control',
    pattern: rx(String.raw`\b(?:I|we)\s+(?:don't|do\s+not|can't|cannot)\s+control\b`),
  },
  {
    id: 'decided-elsewhere',
    pattern: rx(
      String.raw`\bdecision\s+(?:sits|rests|lies)\s+with\b|\b(?:panel|committee|director|calibration|manager|leadership)\s+decides\b|\bdepends?\s+on\b`,
    ),
  },
  {
    id: 'nothing-is-a-promise',
    pattern: rx(String.raw`\bnothing\s+(?:here\s+|in\s+this\s+)?is\s+a\s+(?:promise|guarantee)\b`),
  },
];

/** A negation, hedge or open question reaches only its own clause. */
export const CLAUSE_LIMITS: readonly Limit[] = [
  {
    id: 'negated-promise',
    pattern: rx(
      String.raw`\b(?:cannot|can\s?not|can't|won't|will\s+not|unable\s+to|not\s+able\s+to|don't|do\s+not|never|couldn't|wouldn't|shouldn't)\s+(?:\w+\s+){0,2}?(?:promise|guarantee|commit|pretend|say)\b`,
    ),
  },
  {
    id: 'not-a-promise',
    pattern: rx(String.raw`\bnot\s+(?:a\s+)?(?:promise|guarantee|given|certain|guaranteed)\b`),
  },
  { id: 'open-question', pattern: rx(String.raw`\bwhether\b`) },
  {
    id: 'hedged',
    pattern: rx(String.raw`\b(?:might|could|possibly|perhaps|maybe|realistic(?:ally)?|chance)\b`),
  },
];

/** Advocacy is within a manager's gift, even when it names a promotion ("make the case for"). */
export const ADVOCACY: readonly Limit[] = [
  {
    id: 'advocacy',
    pattern: rx(
      String.raw`\b(?:make|making|made)\s+the\s+case\b|\badvocat\w*|\bput\s+(?:your|their|\w+'s)\s+name\s+forward\b|\bput\s+(?:you|them|him|her)\s+forward\b|\bnominat\w*|\bsponsor\w*|\bpresent\s+(?:your|their|the|\w+'s)\s+case\b|\b(?:argue|push|fight)\s+for\b|\bput\s+in\s+a\s+(?:good\s+)?word\b|\braise\s+(?:it|this|that|(?:the|your|their)\s+case)\s+with\b`,
    ),
  },
];

/** Actions a manager can deliver themselves: a bare "I promise" next to one of these is honest. */
export const IN_GIFT_ACTION = rx(
  String.raw`\b(?:introduc\w*|feedback|book(?:s|ed|ing)?|schedul\w*|nominat\w*|advocat\w*|sponsor\w*|mentor\w*|coach\w*|connect\w*|share|sharing|review\w*|explain\w*|tell\s+you|talk\s+to|speak\s+(?:to|with)|ask|make\s+the\s+case)\b`,
);
