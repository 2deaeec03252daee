import { FAILURE_IDS } from './ids';
import type { FailureId } from './ids';
import type { ById, Failure } from './types';

export const FAILURES = {
  deferring: {
    id: 'deferring',
    number: 1,
    title: 'Deferring until later',
    what: 'The career conversation is always on the list and never in the calendar. Something more urgent always takes precedence.',
    why: 'It does not have a deadline. It does not produce an artefact that anyone checks. There is no immediate consequence to not having it.',
    cost: 'The person does not feel invested in. Over time, they stop expecting it and stop believing the organisation cares about their trajectory. Then they leave.',
    costFromSeed: true,
    instead: ['Book it now. Put it in the calendar as a recurring quarterly session. Protect it.'],
  },
  conflating: {
    id: 'conflating',
    number: 2,
    title: 'Conflating it with a 1:1 or review',
    what: 'The career conversation gets squeezed into the last ten minutes of a 1:1, or gets folded into the performance review as a development section.',
    why: 'It feels like the same type of conversation - manager and direct report talking about the person. It does not need its own session, surely.',
    cost: 'Neither conversation gets the depth it needs. The career conversation is rushed and surface-level. The 1:1 or review is distorted by the attempt to do too much.',
    costFromSeed: true,
    instead: [
      'Keep them separate and protect the distinction. Book the career conversation as its own session with its own time.',
    ],
  },
  'organisations-needs': {
    id: 'organisations-needs',
    number: 3,
    title: "Talking about the organisation's needs instead of theirs",
    what: 'The manager arrives with a view on what the organisation needs and steers the career conversation toward filling that need.',
    why: 'It feels helpful. The manager can see opportunities and wants to show the person what is available.',
    cost: 'The person learns that the career conversation is not actually about them. They give the acceptable answer next time.',
    costFromSeed: true,
    instead: [
      'Start from their aspiration, not from what the organisation needs. Once you understand where they want to go, you can explore whether any of that aligns with what the organisation needs - and be honest about the degree of alignment.',
    ],
  },
  promises: {
    id: 'promises',
    number: 4,
    title: 'Making promises you cannot keep',
    what: 'In the enthusiasm of the conversation, the manager commits to a promotion, a role change, or an opportunity that they do not actually have the authority or ability to deliver.',
    why: 'The conversation is going well, the person is energised, and the manager wants to sustain that energy.',
    cost: 'When the promise cannot be kept, the trust damage is severe and often irreparable.',
    costFromSeed: true,
    instead: [
      'Be precise about what you can and cannot commit to. ',
      { scriptId: 'commit-to-introduction' },
      ' ',
      { scriptId: 'advocate-not-outcome' },
      ' Be honest about where your authority ends.',
    ],
  },
  // The seed gives no "What it costs" for this failure. This wording is ours, built from the
  // seed's own description of it and its closing line, so every failure can be shown the same way.
  'goes-nowhere': {
    id: 'goes-nowhere',
    number: 5,
    title: 'The conversation that goes nowhere',
    what: 'The career conversation is rich and exploratory. Both parties feel good about it. Nothing specific is agreed. At the next conversation, nothing has changed.',
    why: 'The conversation was treated as the end point rather than the start point.',
    cost: 'Nothing changes for the person between conversations, so talking about their career stops feeling worth it.',
    costFromSeed: false,
    instead: [
      'Close every career conversation with a development contract - specific commitments from both parties, with dates. Review those commitments at the start of the next session. The conversation is only valuable if it produces action.',
    ],
  },
} as const satisfies ById<FailureId, Failure>;

export const FAILURE_LIST: readonly Failure[] = FAILURE_IDS.map((id) => FAILURES[id]);

export function failureById(id: FailureId): Failure {
  return FAILURES[id];
}
