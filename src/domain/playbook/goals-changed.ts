import { GOALS_CHANGED_SIGN_IDS } from './ids';
import type { GoalsChangedSignId } from './ids';
import type { ById, GoalsChangedSign } from './types';

export const GOALS_CHANGED_SIGNS = {
  'less-engaged-with-actions': {
    id: 'less-engaged-with-actions',
    text: 'They seem less engaged with the development actions they committed to',
  },
  'interest-in-something-different': {
    id: 'interest-in-something-different',
    text: 'They express interest in something different from what the plan targets',
  },
  'external-change': {
    id: 'external-change',
    text: 'Something has changed externally - they have seen a different type of work, spoken to someone in a different role, read something that shifted their perspective',
  },
  'achievement-felt-different': {
    id: 'achievement-felt-different',
    text: 'They have achieved something significant and it did not feel the way they expected it to',
  },
} as const satisfies ById<GoalsChangedSignId, GoalsChangedSign>;

export const GOALS_CHANGED_SIGN_LIST: readonly GoalsChangedSign[] = GOALS_CHANGED_SIGN_IDS.map(
  (id) => GOALS_CHANGED_SIGNS[id],
);

export const GOALS_CHANGED = {
  normalising:
    'Career goals change. This is not a failure - it is growth, or shifting context, or new information about what the person actually wants.',
  nameItLead: 'When you notice this, name it:',
  nameItScriptId: 'name-goals-changed',
  updateContract:
    "If their goals have shifted, update the development contract. Do not treat the original plan as a contract that must be honoured regardless. The purpose of the plan is to serve the person's development - if the goals have changed, the plan should change too.",
  carefulHandling:
    'The only time this requires more careful handling is when the change in goals creates a significant problem for the team or the organisation - for example, if you were counting on this person to step up into a particular role and they have decided they no longer want that. In that case, be honest about the impact and give yourself time to plan.',
} as const;
