import type { ProbeGroup, ProbeGroupId } from './types';

export const HONEST_ANSWERS_INTRO =
  'Most people will give you acceptable answers before they give you real ones. These questions are designed to get past the first layer.';

export const PROBE_GROUPS = {
  'current-state': {
    id: 'current-state',
    title: 'On current state',
    questionIds: ['probe-advising-best-friend', 'probe-okay-to-say-so', 'probe-not-saying'],
  },
  direction: {
    id: 'direction',
    title: 'On direction',
    questionIds: [
      'probe-wave-a-wand',
      'probe-proud-in-twenty-years',
      'probe-money-no-object',
      'probe-want-what-they-have',
    ],
  },
  blockers: {
    id: 'blockers',
    title: 'On blockers',
    questionIds: [
      'probe-most-likely-to-stop-you',
      'probe-something-i-do',
      'probe-if-you-were-going-to-leave',
    ],
  },
} as const satisfies { readonly [K in ProbeGroupId]: ProbeGroup & { readonly id: K } };

export const PROBE_GROUP_LIST: readonly ProbeGroup[] = [
  PROBE_GROUPS['current-state'],
  PROBE_GROUPS.direction,
  PROBE_GROUPS.blockers,
];
