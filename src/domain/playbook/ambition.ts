import type { ListItem } from './types';

export type AmbitionExplorationId =
  'partial-paths' | 'timeline' | 'keep-goal-alive' | 'well-managed-transition';

export const AMBITION_THAT_DOES_NOT_FIT = {
  title: 'Handling Ambition That Does Not Fit the Current Org',
  situation:
    'Sometimes the honest answer to "where do you want to go?" is somewhere this organisation cannot take them.',
  examples: [
    'They want to be a CTO and you have three layers between them and that role.',
    'They want to build a product and you are a pure engineering services team.',
    'They want to start a company.',
  ],
  fudge:
    'This is the moment most managers fudge. They say something vague about future opportunities, or they pivot to what the organisation does need, or they change the subject.',
  instruction: 'Do not do that. Be honest.',
  honestScriptId: 'ambition-honest-script',
  whyItWorks:
    'This conversation, done honestly, is one of the highest-trust things a manager can do. It almost always increases loyalty rather than reducing it, because the person feels they are being treated as a person rather than a resource.',
  explorationLead: 'After naming the constraint honestly, you can explore:',
  exploration: [
    {
      id: 'partial-paths',
      text: 'Are there partial paths - roles, projects, skills - that move them in the right direction even if the destination is not available here?',
    },
    {
      id: 'timeline',
      text: 'What timeline are they working to? Is there a legitimate case that the opportunity might exist in two or three years?',
    },
    {
      id: 'keep-goal-alive',
      text: 'What would they need to be doing in parallel to keep the longer-term goal alive?',
    },
    {
      id: 'well-managed-transition',
      text: 'If the gap is fundamental, what does a well-managed transition look like - for them and for the team?',
    },
  ],
} as const satisfies {
  readonly exploration: readonly ListItem<AmbitionExplorationId>[];
  readonly [key: string]: unknown;
};
