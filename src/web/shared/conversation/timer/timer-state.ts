import { z } from '../../../../app/zod';
import type { KeyValueStorage } from '../../autosave/draft-store';

/**
 * The conversation timer: time since the manager pressed Start, less the pauses. Kept as the
 * time accumulated before the current run plus when that run started, so a reload or a sleeping
 * laptop does not lose or invent time.
 */
export interface TimerState {
  /** Epoch ms when the current run started; null while paused or not started. */
  runningSince: number | null;
  /** Milliseconds counted before the current run. */
  counted: number;
}

export const TIMER_NOT_STARTED: TimerState = { runningSince: null, counted: 0 };

export function elapsedMs(state: TimerState, now: number): number {
  const running = state.runningSince === null ? 0 : Math.max(0, now - state.runningSince);
  return state.counted + running;
}

export function startTimer(state: TimerState, now: number): TimerState {
  return state.runningSince === null ? { ...state, runningSince: now } : state;
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  return state.runningSince === null
    ? state
    : { runningSince: null, counted: elapsedMs(state, now) };
}

/** "4:05", or "1:02:09" past an hour. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

const stored = z.object({
  runningSince: z.nullable(z.number()),
  counted: z.number().check(z.gte(0)),
});

const keyFor = (conversationId: string) => `career-conversations.timer.v1.${conversationId}`;

function browserStorage(): KeyValueStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Storage disabled: the timer still runs, it just does not survive a reload.
    return undefined;
  }
}

/** The timer of one conversation on this device (only times, nothing that was said). */
export function loadTimer(
  conversationId: string,
  storage: KeyValueStorage | undefined = browserStorage(),
): TimerState {
  try {
    const raw = storage?.getItem(keyFor(conversationId));
    if (!raw) return TIMER_NOT_STARTED;
    const parsed = stored.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : TIMER_NOT_STARTED;
  } catch {
    return TIMER_NOT_STARTED;
  }
}

export function saveTimer(
  conversationId: string,
  state: TimerState,
  storage: KeyValueStorage | undefined = browserStorage(),
): void {
  try {
    storage?.setItem(keyFor(conversationId), JSON.stringify(state));
  } catch {
    // Not kept: the timer keeps running in this page, which is all it needs.
  }
}
