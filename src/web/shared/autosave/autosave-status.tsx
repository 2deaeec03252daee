import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { DateFormat } from '../date-format';
import { useDateFormat } from '../use-date-format';
import type { AutosaveSnapshot } from './autosave-engine';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minHeight: '32px',
  },
  muted: { color: tokens.colorNeutralForeground2 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

type Tone = 'muted' | 'warning' | 'error';

/** What the status says, in words; `where` names the saved copy ("your OneDrive"). */
export function describeAutosave<T>(
  snapshot: AutosaveSnapshot<T> | undefined,
  where: string,
  dates: DateFormat,
): { text: string; tone: Tone; canRetry: boolean } {
  const status = snapshot?.status ?? { kind: 'loading' };
  const restored = snapshot?.restored
    ? ' Restored what you typed on this device before the page was reloaded.'
    : '';
  const noCopy =
    snapshot && !snapshot.deviceCopy
      ? ' This browser cannot keep a copy on this device: keep this page open until it is saved.'
      : '';
  switch (status.kind) {
    case 'loading':
      return { text: 'Loading…', tone: 'muted', canRetry: false };
    case 'unreachable':
      return {
        text: `${status.message} Nothing can be edited until it loads, so nothing is overwritten.`,
        tone: 'error',
        canRetry: true,
      };
    case 'saved':
      return {
        text: status.at ? `Saved ${dates.clock(status.at)}` : `Saved in ${where}`,
        tone: 'muted',
        canRetry: false,
      };
    case 'pending':
      return { text: `Not saved yet.${restored}${noCopy}`, tone: 'muted', canRetry: false };
    case 'saving':
      return { text: `Saving…${restored}`, tone: 'muted', canRetry: false };
    case 'offline':
      return {
        text: `Offline: kept on this device, saved in ${where} when the connection is back.${restored}${noCopy}`,
        tone: 'warning',
        canRetry: true,
      };
    case 'conflict':
      return {
        text: 'Changed somewhere else since you opened it: both versions are below, nothing is lost.',
        tone: 'warning',
        canRetry: false,
      };
    case 'failed':
      return {
        text: `Not saved: ${status.message} What you typed is kept on this device.${noCopy}`,
        tone: 'error',
        canRetry: true,
      };
  }
}

/** The autosave's state in a polite live region, with a retry where one helps. */
export function AutosaveStatusLine<T>({
  snapshot,
  where,
  onRetry,
  id,
}: {
  snapshot: AutosaveSnapshot<T> | undefined;
  where: string;
  onRetry: () => void;
  id?: string;
}) {
  const styles = useStyles();
  // "Saved 10:42" on the host's clock and in its style, like every other time on screen.
  const { text, tone, canRetry } = describeAutosave(snapshot, where, useDateFormat());
  return (
    <div className={styles.row}>
      <Text id={id} role="status" aria-live="polite" className={styles[tone]}>
        {text}
      </Text>
      {canRetry ? (
        <Button size="small" onClick={onRetry}>
          Try again now
        </Button>
      ) : null}
    </div>
  );
}
