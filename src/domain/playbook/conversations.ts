import { PHASE_IDS } from './ids';
import type { PhaseId } from './ids';
import type { ById, Phase } from './types';

export const THREE_CONVERSATIONS_INTRO =
  'A single career conversation cannot do everything. The most useful career conversations are structured as a series of three, each with a distinct purpose. You can run them as three separate sessions or - if the person prefers - as three phases within a longer conversation.';

export const PHASES = {
  'where-now': {
    id: 'where-now',
    number: 1,
    title: 'Where are you now?',
    purpose:
      "The purpose is honest reflection on the current state. Not a performance assessment - a genuine exploration of what the person's experience of their work is right now.",
    openingQuestionIds: [
      'now-best-work',
      'now-energising',
      'now-draining',
      'now-underused-strengths',
      'now-not-your-strengths',
      'now-not-working',
    ],
    guidance: [
      'Give this space. The honest answers often take a while to surface. People are accustomed to giving the acceptable answer before they give the real one.',
    ],
  },
  'where-to-go': {
    id: 'where-to-go',
    number: 2,
    title: 'Where do you want to go?',
    purpose:
      'The purpose is to understand their aspiration - not just the job title they want, but the work they want to do, the problems they want to solve, the kind of career they are trying to build.',
    openingQuestionIds: [
      'go-three-years',
      'go-role-you-look-at',
      'go-deep',
      'go-leadership-direction',
      'go-always-wanted-to-try',
      'go-ten-years',
    ],
    guidance: [
      'Do not push them to have a clear answer if they do not. Career uncertainty is normal, especially for engineers in the middle of their career.',
    ],
  },
  'close-the-gap': {
    id: 'close-the-gap',
    number: 3,
    title: 'How do we close the gap?',
    purpose:
      "Once you have a reasonable picture of current state and direction, the third conversation is practical. What has to happen to get from here to there, and what is both parties' role in making it happen?",
    openingQuestionIds: [
      'gap-biggest',
      'gap-learn-experience-demonstrate',
      'gap-within-your-control',
      'gap-need-from-me',
      'gap-help-and-obstacles',
    ],
    guidance: [
      'This conversation should produce a concrete set of commitments - a "development contract" - that both parties own.',
    ],
  },
} as const satisfies ById<PhaseId, Phase>;

export const PHASE_LIST: readonly Phase[] = PHASE_IDS.map((id) => PHASES[id]);

export function phaseById(id: PhaseId): Phase {
  return PHASES[id];
}

/** Conversation 1's follow-up when an answer sounds rehearsed. */
export const SURFACE_ANSWER_TECHNIQUE = {
  phase: 'where-now',
  questionId: 'version-underneath',
} as const;

/** Conversation 2: what to say when the person has no direction yet, instead of pushing. */
export const UNCERTAINTY_RESPONSE = {
  phase: 'where-to-go',
  cueScriptId: 'dont-know-cue',
  responseScriptId: 'dont-know-response',
} as const;
