import { FAILURES } from '../playbook/failures';
import { HONEST_LIMIT_PHRASINGS } from './honest-phrasings';
import type { OutcomeKind } from './promise-rules';

/** What the user reads: why it matters in the playbook's words, and honest rephrasings. */

const PROMISES = FAILURES.promises;
const GOES_NOWHERE = FAILURES['goes-nowhere'].title;

const PROMISED: Record<OutcomeKind | 'outcome', string> = {
  promotion: 'a promotion',
  pay: 'pay or a bonus',
  title: 'a title',
  role: 'a role',
  move: 'a move',
  headcount: 'headcount',
  outcome: 'an outcome',
};

const CASE_FOR: Record<OutcomeKind | 'outcome', string> = {
  promotion:
    'I will make the case for your promotion to <my manager> by <date>; I cannot commit to the outcome.',
  pay: 'I will make the case for <a raise / your bonus> to <my manager> before the pay review on <date>; I cannot commit to the outcome.',
  title:
    'I will put you forward for the <title> at <the next calibration> on <date>; the decision is not mine to make.',
  role: 'I will put your name forward for <the role> by <date> and tell you what I hear; I cannot commit to the outcome.',
  move: 'I will introduce you to <the hiring manager> by <date> so you can talk about a move; I cannot commit to what happens after that.',
  headcount:
    'I will ask <my manager> for headcount for <the role> by <date>; whether it is approved is not in my gift.',
  outcome: 'I will <specific thing within my control> by <date>; I cannot commit to the outcome.',
};

export function promiseMessage(kind: OutcomeKind | undefined): string {
  return (
    `${PROMISES.title}: this commits you to ${PROMISED[kind ?? 'outcome']}, which is not yours ` +
    `to give. ${PROMISES.cost} Be precise about what you can and cannot commit to.`
  );
}

export function promiseSuggestions(kind: OutcomeKind | undefined): string[] {
  return [CASE_FOR[kind ?? 'outcome'], ...HONEST_LIMIT_PHRASINGS];
}

export function vagueTimingMessage(excerpt: string): string {
  return (
    `${GOES_NOWHERE}: "${excerpt}" is not a date, so nothing can be checked at ` +
    'the next conversation. Name the date and put it in the calendar now - not "soon", immediately.'
  );
}

export const NO_DATE_MESSAGE =
  `${GOES_NOWHERE}: this commitment has no date. Write it as ` +
  '"[specific action] by [date]" and put it in the calendar now.';

export function vagueTimingSuggestions(sentence: string, vague?: { from: number; to: number }) {
  const dated =
    vague === undefined
      ? `${sentence.replace(/[\s.!]+$/, '')} by <date>.`
      : `${sentence.slice(0, vague.from)}by <date>${sentence.slice(vague.to)}`.replace(
          /\s{2,}/g,
          ' ',
        );
  return [dated, 'Put it in your calendar as soon as you have written it: <action> by <date>.'];
}

export function vagueActionMessage(excerpt: string): string {
  return (
    `${GOES_NOWHERE}: "${excerpt}" does not say what will actually happen. ` +
    'Name the specific action - an introduction, a feedback session, an opportunity to lead - ' +
    'and a date, so it can be reviewed at the start of the next conversation.'
  );
}

/** The seed's follow-through commitments, with the words that make each one the likely fit. */
const SPECIFIC_ACTIONS: readonly { cue: RegExp; template: string }[] = [
  {
    cue: /introduc|network|connect|meet|contact/i,
    template: 'I will introduce you to <name> by <date>.',
  },
  {
    cue: /mentor|made the move|management|someone who/i,
    template: 'I will connect you with <mentor>, who has made the move you want, by <date>.',
  },
  {
    cue: /lead|stretch|project|scope|opportunit|ownership/i,
    template: 'I will give you <project> to lead by <date>, with <support> from me.',
  },
  {
    cue: /feedback|skill|design|review|writing|presentation skills/i,
    template: 'I will book a feedback session on <skill> for <date>.',
  },
  {
    cue: /visib|profile|speak|present|conference|forum|all-hands/i,
    template: 'I will get you a slot to present <topic> at <forum> on <date>.',
  },
  {
    cue: /promot|progress|raise|title|role|career|growth|grow|develop/i,
    template: 'I will talk to <my manager> about your progression on <date>.',
  },
];

export function vagueActionSuggestions(sentence: string): string[] {
  const fitting = SPECIFIC_ACTIONS.filter((action) => action.cue.test(sentence));
  const rest = SPECIFIC_ACTIONS.filter((action) => !fitting.includes(action));
  return [...fitting, ...rest].slice(0, 3).map((action) => action.template);
}
