import type { NudgeKind } from './nudge-types';

export interface NudgeActivityType {
  /** What the admin reads in the app's details (at most 128 characters). */
  description: string;
  /** The feed line Teams renders; `{person}` and `{when}` are every nudge's parameters. */
  templateText: string;
}

/**
 * The manifest's `activities.activityTypes`, one per nudge kind: Teams refuses an activity type
 * the installed app does not declare, so the manifest is checked against this table
 * (tests/unit/manifest/manifest-schema.test.ts).
 */
export const NUDGE_ACTIVITY_TYPES: Readonly<Record<NudgeKind, NudgeActivityType>> = {
  summaryDue: {
    description: 'The written summary of a career conversation is due within 24 or 4 hours.',
    templateText: 'Summary for {person} due {when}',
  },
  commitmentDue: {
    description: 'A commitment the manager made is due tomorrow or overdue.',
    templateText: 'Your commitment to {person} {when}',
  },
  reviewDue: {
    description: 'The monthly review of a development contract is due.',
    templateText: 'Monthly review with {person} due {when}',
  },
  triggerWaiting: {
    description: 'A reason to talk was noted a week ago and no conversation has happened yet.',
    templateText: 'Talk with {person}: noted {when}, not held yet',
  },
  reflectionPrompt: {
    description: 'The manager sent questions to reflect on before the next conversation.',
    templateText: '{person} sent questions to reflect on before {when}',
  },
  contractVersion: {
    description: 'A new version of the development contract is there to read.',
    templateText: '{person} agreed {when} of your development contract',
  },
  historyRequest: {
    description: 'A new manager asked whether you would share your earlier history with them.',
    templateText: '{person} asked on {when} whether you would share your earlier history',
  },
};

/** The parameters every nudge fills, and so the only ones a template may name. */
export const NUDGE_TEMPLATE_PARAMETERS = ['person', 'when'] as const;
