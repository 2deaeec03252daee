import { QUESTION_IDS } from './ids';
import type { PhaseId, QuestionId } from './ids';
import type { ById, Question } from './types';

// The one place each quoted question's wording lives. Phases, probes, the quick reference and
// checklists refer to these ids, so a wording fix happens once and stored notes keep their meaning.
export const QUESTIONS = {
  'now-best-work': {
    id: 'now-best-work',
    text: "When you're doing your best work, what does that look like? What's the context, what's the type of problem?",
    kind: 'opening',
    phase: 'where-now',
  },
  'now-energising': {
    id: 'now-energising',
    text: 'What parts of your current role are you finding genuinely energising?',
    kind: 'opening',
    phase: 'where-now',
  },
  'now-draining': {
    id: 'now-draining',
    text: 'What parts are you finding draining or frustrating?',
    kind: 'opening',
    phase: 'where-now',
  },
  'now-underused-strengths': {
    id: 'now-underused-strengths',
    text: "What do you feel you're good at that you don't get to use enough?",
    kind: 'opening',
    phase: 'where-now',
  },
  'now-not-your-strengths': {
    id: 'now-not-your-strengths',
    text: "What do you feel you're being asked to do that does not play to your strengths?",
    kind: 'opening',
    phase: 'where-now',
  },
  'now-not-working': {
    id: 'now-not-working',
    text: 'Is there anything about your current situation - your team, your work, your relationships - that is not working for you?',
    kind: 'opening',
    phase: 'where-now',
  },
  'version-underneath': {
    id: 'version-underneath',
    text: "That's the version that sounds fine - is there a version underneath that that you don't usually say?",
    kind: 'technique',
    phase: 'where-now',
    whenToUse: 'A useful technique when someone gives a surface answer',
  },
  'go-three-years': {
    id: 'go-three-years',
    text: 'Where do you want to be in three years? Describe it - what are you doing, who are you working with, what does a typical week look like?',
    kind: 'opening',
    phase: 'where-to-go',
  },
  'go-role-you-look-at': {
    id: 'go-role-you-look-at',
    text: "Is there a role, in this organisation or elsewhere, that you look at and think 'I'd like to do that'?",
    kind: 'opening',
    phase: 'where-to-go',
  },
  'go-deep': {
    id: 'go-deep',
    text: 'Is there a type of problem or domain you want to go deep in?',
    kind: 'opening',
    phase: 'where-to-go',
  },
  'go-leadership-direction': {
    id: 'go-leadership-direction',
    text: 'Do you want to move towards technical leadership, people leadership, or something else entirely?',
    kind: 'opening',
    phase: 'where-to-go',
  },
  'go-always-wanted-to-try': {
    id: 'go-always-wanted-to-try',
    text: "Are there things you've always wanted to try but haven't had the opportunity?",
    kind: 'opening',
    phase: 'where-to-go',
  },
  'go-ten-years': {
    id: 'go-ten-years',
    text: 'What does success look like for you in ten years? Not just career success - life success.',
    kind: 'opening',
    phase: 'where-to-go',
  },
  'gap-biggest': {
    id: 'gap-biggest',
    text: "What's the biggest gap between where you are now and where you want to go?",
    kind: 'opening',
    phase: 'close-the-gap',
  },
  'gap-learn-experience-demonstrate': {
    id: 'gap-learn-experience-demonstrate',
    text: 'What would you need to learn, experience, or demonstrate to get there?',
    kind: 'opening',
    phase: 'close-the-gap',
  },
  'gap-within-your-control': {
    id: 'gap-within-your-control',
    text: "What's within your control to start doing differently?",
    kind: 'opening',
    phase: 'close-the-gap',
  },
  'gap-need-from-me': {
    id: 'gap-need-from-me',
    text: 'What do you need from me - access, opportunities, feedback, advocacy?',
    kind: 'opening',
    phase: 'close-the-gap',
  },
  'gap-help-and-obstacles': {
    id: 'gap-help-and-obstacles',
    text: 'What are the things in the organisation that could help you? What are the things that are in the way?',
    kind: 'opening',
    phase: 'close-the-gap',
  },
  // Probe groups map onto the phase they deepen: current state, direction, and the gap's blockers.
  'probe-advising-best-friend': {
    id: 'probe-advising-best-friend',
    text: 'If you were advising your best friend who had your job, what would you tell them to watch out for?',
    kind: 'probe',
    phase: 'where-now',
    probeGroup: 'current-state',
  },
  'probe-okay-to-say-so': {
    id: 'probe-okay-to-say-so',
    text: 'What would you be doing if you knew it would be okay to say so?',
    kind: 'probe',
    phase: 'where-now',
    probeGroup: 'current-state',
  },
  'probe-not-saying': {
    id: 'probe-not-saying',
    text: 'What are you not saying because you think I might not want to hear it?',
    kind: 'probe',
    phase: 'where-now',
    probeGroup: 'current-state',
  },
  'probe-wave-a-wand': {
    id: 'probe-wave-a-wand',
    text: 'If you could wave a wand and redesign your role, what would you change?',
    kind: 'probe',
    phase: 'where-to-go',
    probeGroup: 'direction',
  },
  'probe-proud-in-twenty-years': {
    id: 'probe-proud-in-twenty-years',
    text: 'Is there a version of your career where you look back in twenty years and feel proud of it? What does it look like?',
    kind: 'probe',
    phase: 'where-to-go',
    probeGroup: 'direction',
  },
  'probe-money-no-object': {
    id: 'probe-money-no-object',
    text: 'What would you be doing if money were no object? What does that tell you?',
    kind: 'probe',
    phase: 'where-to-go',
    probeGroup: 'direction',
  },
  'probe-want-what-they-have': {
    id: 'probe-want-what-they-have',
    text: "Who in this organisation or the industry do you look at and think 'I want what they have'? What is it about their situation that appeals to you?",
    kind: 'probe',
    phase: 'where-to-go',
    probeGroup: 'direction',
  },
  'probe-most-likely-to-stop-you': {
    id: 'probe-most-likely-to-stop-you',
    text: "What's the thing that's most likely to stop you from getting where you want to go?",
    kind: 'probe',
    phase: 'close-the-gap',
    probeGroup: 'blockers',
  },
  'probe-something-i-do': {
    id: 'probe-something-i-do',
    text: "Is there something I do - or don't do - that is making your career harder than it needs to be?",
    kind: 'probe',
    phase: 'close-the-gap',
    probeGroup: 'blockers',
  },
  // The answer to this one is never recorded as data (see ConversationRecord): it is for the
  // conversation, not for a retention dashboard.
  'probe-if-you-were-going-to-leave': {
    id: 'probe-if-you-were-going-to-leave',
    text: 'If you were going to leave this organisation in the next year, what would the reason be?',
    kind: 'probe',
    phase: 'close-the-gap',
    probeGroup: 'blockers',
    trustGated: true,
    caution:
      'That last question is a powerful one. Ask it only when you have established real trust. The answer often contains the most important information you will get from this conversation.',
  },
  'review-whats-changed': {
    id: 'review-whats-changed',
    text: "what's changed since we last spoke?",
    kind: 'review-opening',
    phase: null,
    whenToUse: 'Open the next career conversation with it, before revisiting the plan',
  },
  'qr-now-best-work': {
    id: 'qr-now-best-work',
    text: 'When are you doing your best work? What does that look like?',
    kind: 'quick-reference-only',
    phase: 'where-now',
    variantOf: 'now-best-work',
  },
  'qr-now-energising': {
    id: 'qr-now-energising',
    text: 'What parts of your role are you finding genuinely energising?',
    kind: 'quick-reference-only',
    phase: 'where-now',
    variantOf: 'now-energising',
  },
  'qr-now-good-at': {
    id: 'qr-now-good-at',
    text: "What are you good at that you don't get to use enough?",
    kind: 'quick-reference-only',
    phase: 'where-now',
    variantOf: 'now-underused-strengths',
  },
  'qr-go-three-years': {
    id: 'qr-go-three-years',
    text: 'Where do you want to be in three years? Describe it.',
    kind: 'quick-reference-only',
    phase: 'where-to-go',
    variantOf: 'go-three-years',
  },
  'qr-go-role': {
    id: 'qr-go-role',
    text: "Is there a role - here or anywhere - that you look at and think 'I'd like to do that'?",
    kind: 'quick-reference-only',
    phase: 'where-to-go',
    variantOf: 'go-role-you-look-at',
  },
  'qr-go-leadership-direction': {
    id: 'qr-go-leadership-direction',
    text: 'Do you want to move towards technical leadership, people leadership, or something else?',
    kind: 'quick-reference-only',
    phase: 'where-to-go',
    variantOf: 'go-leadership-direction',
  },
  'qr-money-no-object': {
    id: 'qr-money-no-object',
    text: 'What would you be doing if money were no object?',
    kind: 'quick-reference-only',
    phase: 'where-to-go',
    variantOf: 'probe-money-no-object',
  },
  'qr-version-underneath': {
    id: 'qr-version-underneath',
    text: "That's the version that sounds fine - is there a version underneath that you don't usually say?",
    kind: 'quick-reference-only',
    phase: 'where-now',
    variantOf: 'version-underneath',
  },
  'qr-something-i-do': {
    id: 'qr-something-i-do',
    text: "Is there something I do - or don't do - that makes your career harder than it needs to be?",
    kind: 'quick-reference-only',
    phase: 'close-the-gap',
    variantOf: 'probe-something-i-do',
  },
  'qr-in-your-way': {
    id: 'qr-in-your-way',
    text: "What's in your way that I can help with?",
    kind: 'quick-reference-only',
    phase: 'close-the-gap',
  },
  'qr-commit-next-three-months': {
    id: 'qr-commit-next-three-months',
    text: 'What are you willing to commit to in the next three months?',
    kind: 'quick-reference-only',
    phase: 'close-the-gap',
  },
} as const satisfies ById<QuestionId, Question>;

/** Every question in the seed's order of first appearance. */
export const QUESTION_BANK: readonly Question[] = QUESTION_IDS.map((id) => QUESTIONS[id]);

export function questionById(id: QuestionId): Question {
  return QUESTIONS[id];
}

export function isQuestionId(value: string): value is QuestionId {
  return Object.hasOwn(QUESTIONS, value);
}

/**
 * The questions a phase can draw on: its opening questions, then the probes that deepen it, then
 * its technique. Quick-reference wordings are left out because they repeat a longer question.
 */
export function questionsFor(phase: PhaseId): readonly Question[] {
  const order = ['opening', 'probe', 'technique'] as const;
  return order.flatMap((kind) => QUESTION_BANK.filter((q) => q.phase === phase && q.kind === kind));
}
