import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import {
  elapsedMs,
  formatElapsed,
  loadTimer,
  pauseTimer,
  saveTimer,
  startTimer,
  TIMER_NOT_STARTED,
  type TimerState,
} from './timer-state';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  time: {
    fontVariantNumeric: 'tabular-nums',
    color: tokens.colorNeutralForeground2,
  },
});

/**
 * A discreet timer: elapsed time since Start, with pause. It is not announced as it ticks
 * (role timer, aria-live off); a screen reader reads it when the manager goes to it.
 */
export function ConversationTimer({
  conversationId,
  plannedMinutes,
}: {
  conversationId: string;
  plannedMinutes?: number;
}) {
  const styles = useStyles();
  const [state, setState] = useState<TimerState>(() => loadTimer(conversationId));
  const [now, setNow] = useState(() => Date.now());
  const running = state.runningSince !== null;

  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(tick);
    };
  }, [running]);

  const change = (next: TimerState) => {
    saveTimer(conversationId, next);
    setState(next);
    setNow(Date.now());
  };
  const started = running || state.counted > 0;
  const shown = formatElapsed(elapsedMs(state, now));

  return (
    <div className={styles.root} role="group" aria-label="Conversation timer">
      <Text className={styles.time}>
        <span role="timer" aria-live="off">
          {shown}
        </span>
        {plannedMinutes ? ` of ${plannedMinutes} min` : ''}
      </Text>
      {running ? (
        <Button
          size="small"
          onClick={() => {
            change(pauseTimer(state, Date.now()));
          }}
        >
          Pause
        </Button>
      ) : (
        <Button
          size="small"
          onClick={() => {
            change(startTimer(state, Date.now()));
          }}
        >
          {started ? 'Resume' : 'Start'}
        </Button>
      )}
      {started ? (
        <Button
          size="small"
          appearance="subtle"
          onClick={() => {
            change(TIMER_NOT_STARTED);
          }}
        >
          Reset
        </Button>
      ) : null}
    </div>
  );
}
