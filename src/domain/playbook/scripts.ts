import { SCRIPT_IDS } from './ids';
import type { ScriptId } from './ids';
import type { ById, Script } from './types';

// The one place each quoted non-question wording lives; other structures refer to these ids.
export const SCRIPTS = {
  invitation: {
    id: 'invitation',
    text: "I'd like to set aside some time to have a proper career conversation with you - not a 1:1, not a review, just a proper discussion about where you want to go. Can we book an hour?",
    speaker: 'manager',
    use: 'Inviting the person to a career conversation',
  },
  'reflection-prompt': {
    id: 'reflection-prompt',
    text: "Before we meet for the career conversation, it might help to spend a few minutes thinking about: what energises you most about your work right now, where you feel like you're wasting time or potential, what you imagine doing in three to five years, and whether there's anything about your career direction you haven't said out loud to anyone yet.",
    speaker: 'manager',
    use: 'The light prompt sent a few days before',
  },
  // The seed writes this as "I genuinely don't know," with the sentence's comma inside the quotes;
  // the comma is punctuation, not part of what the person says.
  'dont-know-cue': {
    id: 'dont-know-cue',
    text: "I genuinely don't know",
    speaker: 'report',
    use: 'The person cannot yet name a direction',
  },
  'dont-know-response': {
    id: 'dont-know-response',
    text: "That's completely fine. Let's explore what you're drawn to and what you're moving away from - direction is useful even without a destination.",
    speaker: 'manager',
    use: 'Answering career uncertainty without pushing for clarity',
  },
  'ambition-honest-script': {
    id: 'ambition-honest-script',
    text: "I want to be straight with you. The direction you're describing isn't something this organisation can offer you in the near term [or: at all]. I think that's worth saying clearly because I don't want to waste your time or mine building a plan that won't get you there. What I can do is help you figure out what path makes sense - whether that's here or somewhere else.",
    speaker: 'manager',
    use: 'Naming honestly that the ambition does not fit the organisation',
  },
  'name-goals-changed': {
    id: 'name-goals-changed',
    text: "I'm getting the sense that the direction we talked about might not be feeling as compelling as it did. Is that right?",
    speaker: 'manager',
    use: 'Naming a sign that their goals have changed',
  },
  'commit-to-introduction': {
    id: 'commit-to-introduction',
    text: 'I can commit to making the introduction. I cannot commit to what happens after that.',
    speaker: 'manager',
    use: 'Committing to an introduction without promising its outcome',
  },
  'advocate-not-outcome': {
    id: 'advocate-not-outcome',
    text: 'I can advocate for this with my manager - I cannot commit to the outcome.',
    speaker: 'manager',
    use: 'Committing to advocacy without promising the decision',
  },
} as const satisfies ById<ScriptId, Script>;

export const SCRIPT_LIST: readonly Script[] = SCRIPT_IDS.map((id) => SCRIPTS[id]);

export function scriptById(id: ScriptId): Script {
  return SCRIPTS[id];
}

/**
 * Failure 4's model answers: precise about what the manager can commit to and where their
 * authority ends. The promise lint offers these as rewrites.
 */
export const HONEST_COMMITMENT_PHRASINGS: readonly Script[] = [
  SCRIPTS['commit-to-introduction'],
  SCRIPTS['advocate-not-outcome'],
];
