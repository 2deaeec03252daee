import { describe, expect, it } from 'vitest';
import {
  elapsedMs,
  formatElapsed,
  loadTimer,
  pauseTimer,
  saveTimer,
  startTimer,
  TIMER_NOT_STARTED,
} from '../../../../src/web/shared/conversation/timer/timer-state';
import { MemoryStorage } from '../autosave/memory-storage';

describe('the conversation timer', () => {
  it('counts from Start, stops counting while paused, and resumes', () => {
    let t = startTimer(TIMER_NOT_STARTED, 1_000);
    expect(elapsedMs(t, 61_000)).toBe(60_000);
    t = pauseTimer(t, 61_000);
    expect(elapsedMs(t, 500_000)).toBe(60_000);
    t = startTimer(t, 500_000);
    expect(elapsedMs(t, 505_000)).toBe(65_000);
    expect(startTimer(t, 999_999)).toBe(t);
  });

  it('shows minutes and seconds, and hours past an hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(245_900)).toBe('4:05');
    expect(formatElapsed(3_729_000)).toBe('1:02:09');
  });

  it('survives a reload on the device and ignores what it cannot read', () => {
    const storage = new MemoryStorage();
    const running = startTimer(TIMER_NOT_STARTED, 42);
    saveTimer('c1', running, storage);
    expect(loadTimer('c1', storage)).toEqual(running);
    expect(loadTimer('c2', storage)).toEqual(TIMER_NOT_STARTED);
    storage.setItem('career-conversations.timer.v1.c3', '{"counted": -5}');
    expect(loadTimer('c3', storage)).toEqual(TIMER_NOT_STARTED);
  });
});
