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
import { useState } from 'react';
import { drafts } from '../shared/drafts/owned-drafts';
import { signOutSafely } from './sign-out';

type State = { kind: 'idle' } | { kind: 'saving' } | { kind: 'unsaved'; items: string[] };

/** Sign out, after whatever was typed is saved, or knowingly discarded. */
export function SignOutButton({ signOut }: { signOut: () => Promise<void> }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const attempt = async (discard: boolean): Promise<void> => {
    setState({ kind: 'saving' });
    const outcome = await signOutSafely(drafts, signOut, { discard });
    setState(outcome.kind === 'unsaved' ? outcome : { kind: 'idle' });
  };
  return (
    <>
      <Button
        appearance="subtle"
        disabled={state.kind === 'saving'}
        onClick={() => {
          void attempt(false);
        }}
      >
        {state.kind === 'saving' ? 'Saving before you sign out…' : 'Sign out'}
      </Button>
      <Dialog
        open={state.kind === 'unsaved'}
        modalType="alert"
        onOpenChange={(_, data) => {
          if (!data.open) setState({ kind: 'idle' });
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Some of what you typed is not saved</DialogTitle>
            <DialogContent>
              <Text as="p">Not saved yet:</Text>
              <ul>
                {state.kind === 'unsaved' && state.items.map((item) => <li key={item}>{item}</li>)}
              </ul>
              <Text as="p">
                If you sign out now, it is deleted from this browser, so nobody who signs in here
                after you can see it.
              </Text>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  void attempt(false);
                }}
              >
                Try saving again
              </Button>
              <Button
                onClick={() => {
                  void attempt(true);
                }}
              >
                Discard and sign out
              </Button>
              <Button
                onClick={() => {
                  setState({ kind: 'idle' });
                }}
              >
                Stay signed in
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
