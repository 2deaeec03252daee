import type { ReportStep } from '../routes';

/** The playbook's steps for one report, in the order a quarter runs through them. */
export const JOURNEY_STEPS: readonly { step: ReportStep; label: string }[] = [
  { step: 'report', label: 'Overview' },
  { step: 'prepare', label: 'Prepare' },
  { step: 'book', label: 'Invite and book' },
  { step: 'prompt', label: 'Reflection prompt' },
  { step: 'conversation', label: 'Conversation' },
  { step: 'contract', label: 'Contract' },
  { step: 'close', label: 'Close and follow through' },
  { step: 'review', label: 'Monthly review' },
  { step: 'triggers', label: 'Triggers and changed goals' },
];
