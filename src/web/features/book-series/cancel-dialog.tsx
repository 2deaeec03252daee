import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import type { CalendarEvent } from '../../../app/ports';
import { ErrorBar } from '../../shared/query-state';
import { promptOutcomeSentence } from '../../shared/prompt-outcome';
import { useCancelBooking } from './api/cancel-booking';

export interface CancelDialogProps {
  reportId: string;
  conversation: ConversationRecord;
  sessions: readonly CalendarEvent[];
  name: string;
  onCancelled: (message: string) => void;
}

/** Cancelling is deliberate: it says what goes, and lets the manager tell the person why. */
export function CancelDialog({
  reportId,
  conversation,
  sessions,
  name,
  onCancelled,
}: CancelDialogProps) {
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const cancel = useCancelBooking(reportId, (ended) => {
    setOpen(false);
    onCancelled(
      `Cancelled. ${name} was told; every session, this quarter and later ones, is gone from ` +
        `both calendars.${promptOutcomeSentence(ended.prompt, name)} ` +
        'Book a new time below: the playbook’s first failure is deferring until later.',
    );
  });
  const submit = (): void => {
    cancel.mutate({ conversation, sessions, comment });
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        setOpen(data.open);
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button>Cancel the conversation</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Cancel the career conversation with {name}?</DialogTitle>
          <DialogContent>
            <Text as="p">
              Every session goes from both calendars, and so does the quarterly series. {name} is
              told by Outlook, with your message.
            </Text>
            <Field label={`Message to ${name} (optional)`}>
              <Textarea
                value={comment}
                onChange={(_, data) => {
                  setComment(data.value);
                }}
              />
            </Field>
            {cancel.error ? (
              <ErrorBar error={cancel.error} what="The cancellation" title="Not cancelled" />
            ) : null}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>Keep it</Button>
            </DialogTrigger>
            <Button appearance="primary" disabled={cancel.isPending} onClick={submit}>
              {cancel.isPending ? 'Cancelling…' : 'Yes, cancel it'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
