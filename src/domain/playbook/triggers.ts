import { TRIGGER_IDS } from './ids';
import type { TriggerId } from './ids';
import type { ById, Trigger } from './types';

export const TRIGGERS = {
  'approached-by-another-organisation': {
    id: 'approached-by-another-organisation',
    label: 'Approached by another organisation',
    text: 'The person mentions they have been approached by another organisation',
    leavingSignal: true,
  },
  'uncertain-this-is-the-right-place': {
    id: 'uncertain-this-is-the-right-place',
    label: 'Unsure this is the right place',
    text: 'They express uncertainty about whether this is the right place for them',
    leavingSignal: true,
  },
  'drop-in-engagement': {
    id: 'drop-in-engagement',
    label: 'Drop in engagement',
    text: 'You notice a drop in engagement or motivation',
    leavingSignal: false,
  },
  'promotion-not-progressed': {
    id: 'promotion-not-progressed',
    label: 'Promotion stalled',
    text: 'A promotion has been discussed but not progressed',
    leavingSignal: false,
  },
  'role-or-team-changed': {
    id: 'role-or-team-changed',
    label: 'Role or team changed',
    text: 'Their role or team has changed significantly',
    leavingSignal: false,
  },
  'major-milestone': {
    id: 'major-milestone',
    label: 'Major milestone',
    text: 'They have just hit a major milestone - a big delivery, a promotion, a difficult period that has ended',
    leavingSignal: false,
  },
} as const satisfies ById<TriggerId, Trigger>;

export const TRIGGERS_INTRO = 'Triggers for an ad hoc career conversation:';

export const TRIGGER_LIST: readonly Trigger[] = TRIGGER_IDS.map((id) => TRIGGERS[id]);

export function triggerById(id: TriggerId): Trigger {
  return TRIGGERS[id];
}
