import type { ListItem } from './types';

export type PrepQuestionId =
  | 'what-they-care-about'
  | 'aligned-opportunities'
  | 'realistic-paths'
  | 'constraints'
  | 'willing-to-commit'
  | 'avoided-acknowledging';

export type DoNotPrepareId =
  'org-needs-presentation' | 'development-gaps-list' | 'career-path-slide';

// Questions the manager asks themself in private; they are not said to the person.
export const BEFORE_YOU_START = {
  lead: 'What to think about before the conversation:',
  questions: [
    {
      id: 'what-they-care-about',
      text: 'What do you already know about what this person cares about? What have they mentioned in 1:1s?',
    },
    {
      id: 'aligned-opportunities',
      text: 'What opportunities exist in the organisation that might align with their direction?',
    },
    { id: 'realistic-paths', text: 'What are the realistic paths from their current position?' },
    {
      id: 'constraints',
      text: 'What are the constraints - headcount, budget, org structure - that might affect what you can offer?',
    },
    { id: 'willing-to-commit', text: 'What are you genuinely willing and able to commit to?' },
    {
      id: 'avoided-acknowledging',
      text: 'Is there anything about their career direction that you have been avoiding acknowledging?',
    },
  ],
} as const satisfies { lead: string; questions: readonly ListItem<PrepQuestionId>[] };

export const REFLECTION_PROMPT = {
  title: 'Send a light prompt in advance:',
  lead: 'A few days before the conversation, send a message:',
  scriptId: 'reflection-prompt',
  note: 'Not a form. Not a template. Just a prompt to help them show up thinking.',
} as const;

export const DO_NOT_PREPARE = {
  title: 'What not to do beforehand:',
  items: [
    {
      id: 'org-needs-presentation',
      text: 'Do not prepare a presentation of what the organisation needs from them.',
    },
    { id: 'development-gaps-list', text: 'Do not prepare a list of their development gaps.' },
    { id: 'career-path-slide', text: 'Do not prepare a career path slide.' },
  ],
  why: 'The conversation should start from their perspective, not from what you want to say.',
} as const satisfies {
  title: string;
  items: readonly ListItem<DoNotPrepareId>[];
  why: string;
};
