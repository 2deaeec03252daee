import type { ListItem } from './types';

export type AvoidanceReasonId = 'expectations' | 'busy' | 'never-had-one' | 'afraid-of-response';
export type NotForId =
  'promising' | 'extracting-leaving-intent' | 'competency-gaps' | 'retention-exercise';

export const PURPOSE = {
  statement:
    'The career conversation exists to help the person understand their own trajectory and to give the manager meaningful insight into what actually motivates the people they manage.',
  whatItIs:
    "It is not a routine check-in. It is not a performance review. It is not a development plan review. It is a dedicated conversation - or more accurately, a series of conversations - about the longer arc of someone's career: where they are, where they want to go, and what has to be true for them to get there.",
  whyItMatters:
    'People leave organisations not because of pay or because of workload. They leave because they cannot see a future. The career conversation is the most direct lever a manager has to show someone that a future exists - or to honestly acknowledge when it does not.',
} as const;

export const AVOIDANCE = {
  lead: 'Most managers avoid it because:',
  reasons: [
    {
      id: 'expectations',
      text: 'They are worried about creating expectations they cannot meet',
    },
    {
      id: 'busy',
      text: 'They are busy and the immediate always wins over the important',
    },
    {
      id: 'never-had-one',
      text: 'They were never given this kind of conversation themselves and do not know how to run one',
    },
    {
      id: 'afraid-of-response',
      text: 'They are afraid the person will say something they do not know how to respond to',
    },
  ],
  verdict: 'These are all understandable. None of them justify the avoidance.',
} as const satisfies {
  lead: string;
  reasons: readonly ListItem<AvoidanceReasonId>[];
  verdict: string;
};

// The product must never become any of these (see DESIGN.md): no promise machine, no leaving
// detector, no competency assessor, no retention dashboard.
export const NOT_FOR = [
  { id: 'promising', text: 'Promising things you cannot deliver' },
  {
    id: 'extracting-leaving-intent',
    text: 'Extracting information about whether someone is planning to leave',
  },
  { id: 'competency-gaps', text: 'Running through the competency framework and assessing gaps' },
  {
    id: 'retention-exercise',
    text: 'A retention exercise that treats people as assets to be retained rather than people with legitimate aspirations',
  },
] as const satisfies readonly ListItem<NotForId>[];
