import { MANAGER_COMMITMENT_KINDS } from './ids';
import type { CommitmentKind, ManagerCommitmentKind } from './ids';
import { REPORT_COMMITMENT_KIND_INFO } from './development-contract';
import type { ById, CommitmentKindInfo, ManagerCommitmentKindInfo } from './types';

export const FOLLOW_THROUGH = {
  biggestFailure:
    'The biggest failure mode in career conversations is the manager who runs a great conversation and then does nothing.',
  calendarRule:
    'The commitments you make in this conversation need to go in your calendar immediately after the conversation. Not "soon" - immediately.',
  commonCommitmentsLead: 'Practical follow-through commitments managers commonly make:',
  trackRule:
    'Track your own commitments as rigorously as you would track theirs. Review them at the start of the next career conversation.',
} as const;

// Default due offsets. Only the introduction's comes from the seed ("within two weeks"). The rest
// are chosen so that each lands at or before the next monthly contract review (about 30 days), where
// the seed says commitments are checked; shorter where the seed stresses not letting it drift.
export const MANAGER_COMMITMENT_KIND_INFO = {
  introduction: {
    id: 'introduction',
    party: 'manager',
    label: 'Make a specific introduction',
    description: 'name the person, book the meeting, do it within two weeks',
    defaultDueDays: 14,
    examplePhrasing:
      'I will introduce you to [name], who leads [team], and book the first meeting by [date].',
    inSeed: true,
  },
  // Finding the right piece of work takes a planning cycle; a month puts it on the first review.
  'lead-opportunity': {
    id: 'lead-opportunity',
    party: 'manager',
    label: 'Create an opportunity for the person to lead something',
    description: 'identify what, when, and what support you will give',
    defaultDueDays: 30,
    examplePhrasing:
      'I will give you [piece of work] to lead, agree when it starts and what support I will give, by [date].',
    inSeed: true,
  },
  // "Do not wait for it to happen organically": two weeks keeps the feedback tied to recent work.
  'skill-feedback': {
    id: 'skill-feedback',
    party: 'manager',
    label: 'Provide specific feedback on a skill they are developing',
    description: 'schedule it, do not wait for it to happen organically',
    defaultDueDays: 14,
    examplePhrasing:
      'I will give you specific feedback on [skill] after [meeting or piece of work] - booked for [date].',
    inSeed: true,
  },
  // Forums and presentation slots usually recur monthly, so one is normally reachable in 30 days.
  'raise-profile': {
    id: 'raise-profile',
    party: 'manager',
    label: 'Raise their profile internally',
    description: 'identify a forum, a meeting, a presentation opportunity',
    defaultDueDays: 30,
    examplePhrasing:
      'I will find you a slot to present [work] at [forum or meeting] and confirm it by [date].',
    inSeed: true,
  },
  // "Name a date": the manager controls only the conversation, not its outcome; two weeks means
  // there is news to share at the next monthly review.
  'talk-to-own-manager': {
    id: 'talk-to-own-manager',
    party: 'manager',
    label: "Have a conversation with your own manager about the person's progression",
    description: 'name a date',
    defaultDueDays: 14,
    examplePhrasing:
      'I will talk to [my manager] about your progression on [date] and tell you how it went. I can advocate; I do not decide the outcome.',
    inSeed: true,
  },
  // Finding the right person comes before the introduction, so a week beyond the introduction's two.
  'mentor-connection': {
    id: 'mentor-connection',
    party: 'manager',
    label: 'Connect them to a mentor or someone who has made the move they want to make',
    description: 'identify who and introduce them',
    defaultDueDays: 21,
    examplePhrasing:
      'I will find someone who has moved into [role] and introduce you to them by [date].',
    inSeed: true,
  },
  // Not in the seed: anything else the manager agrees to; defaults to the next monthly review.
  'other-manager': {
    id: 'other-manager',
    party: 'manager',
    label: 'Something else',
    description: 'a specific thing the manager will do, by a date',
    defaultDueDays: 30,
    examplePhrasing: 'I will [specific thing I control] by [date].',
    inSeed: false,
  },
} as const satisfies ById<ManagerCommitmentKind, ManagerCommitmentKindInfo>;

export const MANAGER_COMMITMENT_KIND_LIST: readonly ManagerCommitmentKindInfo[] =
  MANAGER_COMMITMENT_KINDS.map((id) => MANAGER_COMMITMENT_KIND_INFO[id]);

function isManagerKind(kind: CommitmentKind): kind is ManagerCommitmentKind {
  return Object.hasOwn(MANAGER_COMMITMENT_KIND_INFO, kind);
}

export function commitmentKindById(kind: CommitmentKind): CommitmentKindInfo {
  return isManagerKind(kind)
    ? MANAGER_COMMITMENT_KIND_INFO[kind]
    : REPORT_COMMITMENT_KIND_INFO[kind];
}
