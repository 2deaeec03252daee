import { GOOD_LOOKS_LIKE_IDS } from './ids';
import type { GoodLooksLikeId } from './ids';
import type { ById, GoodLooksLike } from './types';

export const GOOD_LOOKS_LIKE = {
  'feels-seen': {
    id: 'feels-seen',
    text: 'The person leaves the conversation feeling genuinely seen - not assessed, not managed, but seen',
  },
  'clearer-picture': {
    id: 'clearer-picture',
    text: 'Both parties have a clearer picture of where the person is heading and what needs to happen',
  },
  'manager-follows-through': {
    id: 'manager-follows-through',
    text: 'The manager has made specific, actionable commitments and follows through on them',
  },
  'consistent-quarterly': {
    id: 'consistent-quarterly',
    text: 'Quarterly conversations happen consistently - they are not displaced by the immediate',
  },
  'visible-trajectory': {
    id: 'visible-trajectory',
    text: "Over six to twelve months, the person's trajectory is visibly moving in the direction they identified",
  },
  'sees-a-future': {
    id: 'sees-a-future',
    text: 'When surveyed (formally or informally), the person says they can see a future in this organisation',
  },
  'knows-each-direction': {
    id: 'knows-each-direction',
    text: 'The manager can describe, without consulting notes, where each of their direct reports wants to go in the next three years',
  },
} as const satisfies ById<GoodLooksLikeId, GoodLooksLike>;

export const GOOD_LOOKS_LIKE_LIST: readonly GoodLooksLike[] = GOOD_LOOKS_LIKE_IDS.map(
  (id) => GOOD_LOOKS_LIKE[id],
);
