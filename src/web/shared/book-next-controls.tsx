import { Button, Spinner } from '@fluentui/react-components';
import { ErrorBar } from './query-state';

/**
 * "Book the next conversation" with its progress and, after a failure, the error and a retry:
 * the same on the close screen and in the Outlook task pane.
 */
export function BookNextControls({
  error,
  pending,
  disabled = false,
  rowClassName,
  onBook,
}: {
  error: unknown;
  pending: boolean;
  disabled?: boolean;
  rowClassName: string;
  onBook: () => void;
}) {
  return (
    <>
      {error ? (
        <ErrorBar
          title="Not booked"
          error={error}
          what="Booking the next conversation"
          retry={onBook}
        />
      ) : null}
      <div className={rowClassName}>
        <Button appearance="primary" disabled={disabled || pending} onClick={onBook}>
          Book the next conversation
        </Button>
        <span aria-live="polite">
          {pending ? <Spinner size="tiny" label="Finding a time free for you both…" /> : null}
        </span>
      </div>
    </>
  );
}
