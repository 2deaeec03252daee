import { useEffect, useState } from 'react';
import { Temporal } from '../../../domain';

/**
 * "Now", refreshed every `everyMs`: the summary's countdown and the checklist's "overdue" move
 * on while the screen stays open in a Teams tab for hours.
 */
export function useNow(everyMs = 60_000): Temporal.Instant {
  const [now, setNow] = useState(() => Temporal.Now.instant());
  useEffect(() => {
    const timer = window.setInterval(() => {
      setNow(Temporal.Now.instant());
    }, everyMs);
    return () => {
      window.clearInterval(timer);
    };
  }, [everyMs]);
  return now;
}
