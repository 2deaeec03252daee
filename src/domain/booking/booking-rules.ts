import type { GapDays } from './booking-types';

/*
 * Booking constants, each traced to the playbook seed. The playbook data module may later hold
 * the same numbers; until the lead reconciles them, these are the booking planner's own.
 */

/** Checklist: "Booked at least 60 minutes as a dedicated session". The product books no less. */
export const MIN_BOOKED_MINUTES = 60;

/** Cadence: "a dedicated session of at least 45 minutes". Below this a hand-picked slot is refused. */
export const ABSOLUTE_MIN_MINUTES = 45;

/** Cadence table: the full career conversation takes 60-90 minutes. */
export const DEFAULT_SESSION_MINUTES = { 'series-of-three': 60, 'single-90': 90 } as const;

/**
 * Failure 2 (conflating it with a 1:1): a slot that runs straight on from or into a 1:1 becomes
 * the end of the 1:1. Keep at least this much clear time either side of one.
 */
export const ONE_ON_ONE_BUFFER_MINUTES = 30;

/** Starts on quarter hours, as people book meetings. */
export const SLOT_STEP_MINUTES = 15;

/** "A few days before the conversation, send a message": three working days. */
export const PROMPT_LEAD_WORKING_DAYS = 3;

/** A series is three conversations a week or two apart: close enough to build on each other. */
export const DEFAULT_GAP_DAYS: GapDays = { min: 7, max: 14 };

export const DEFAULT_HORIZON_DAYS = 28;
export const DEFAULT_MAX_PROPOSALS = 3;

/** Limits that keep the search small and the input sane. */
export const MAX_HORIZON_DAYS = 120;
export const MAX_PROPOSALS = 10;
