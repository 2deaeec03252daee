import type { CareerApi } from '../app';
import type { ServerLog } from '../deps';

/**
 * The nudge job on plain Node: once shortly after start, then every `minutes`. A run never
 * overlaps the one before (a slow Graph), and the timer does not keep the process alive.
 */
export function scheduleNudges(
  api: Pick<CareerApi, 'runNudges'>,
  minutes: number,
  log: ServerLog,
): { stop(): void } {
  let running = false;
  const run = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      const result = await api.runNudges();
      if (result && (result.sent > 0 || result.failed.length > 0))
        log.info('nudges', { ...result });
    } catch (error) {
      log.error('the nudge job failed', { error: String(error) });
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void run(), 0);
  const every = setInterval(() => void run(), minutes * 60_000);
  first.unref();
  every.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(every);
    },
  };
}
