import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from '@fluentui/react-components';

export interface HeldEarlyDialogProps {
  open: boolean;
  /** When the first session is booked, as the manager reads times. */
  firstSession: string;
  onConfirm: () => void;
  onDismiss: () => void;
}

/**
 * "Mark held" before the first session has even started is usually a slip: it starts the
 * 48-hour summary clock and ends the series. So it asks, and says what follows from a yes.
 */
export function HeldEarlyDialog({
  open,
  firstSession,
  onConfirm,
  onDismiss,
}: HeldEarlyDialogProps) {
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onDismiss();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Held before it was due?</DialogTitle>
          <DialogContent>
            <Text as="p">
              The first session is booked for {firstSession}: it has not started yet. Mark it held
              only if you have already had the whole conversation.
            </Text>
            <Text as="p">
              If you do, the sessions still ahead are cancelled in both calendars (next quarter’s
              stay booked), the queued reflection prompt is taken back, and the 48 hours for the
              summary start now.
            </Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              Yes, it was held
            </Button>
            <Button onClick={onDismiss}>Not yet</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
