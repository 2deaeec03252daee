import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import type { Auth } from '../auth/use-auth';
import { QuickReferenceCard } from '../features/quick-reference/quick-reference-card';
import { AskAdminScreen } from '../features/sign-in/ask-admin-screen';
import { SignInScreen } from '../features/sign-in/sign-in-screen';

/** Before sign-in: the sign-in screen, the admin's to-do, the question bank (no sign-in needed). */
export function SignedOutHome({ auth, route }: { auth: Auth; route: string }) {
  return route === '/quick-reference' ? <QuickReferenceCard /> : <Home auth={auth} />;
}

function Home({ auth }: { auth: Auth }) {
  const { state } = auth;
  switch (state.status) {
    case 'connecting':
      return <Spinner label="Signing you in…" />;
    case 'unavailable':
      return (
        <MessageBar intent="error">
          <MessageBarBody>{state.message}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={auth.reconnect}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      );
    case 'needs-admin':
      return (
        <AskAdminScreen problem={state.problem} scopes={state.scopes} tryAgain={auth.signIn} />
      );
    case 'signing-in':
      // Inside a host the silent attempt needs nothing from the person: no button to press yet.
      if (state.step === 'silent') return <Spinner label="Signing you in…" />;
      return <SignInWithQuickReference auth={auth} />;
    case 'signed-out':
    case 'failed':
      return <SignInWithQuickReference auth={auth} />;
    case 'signed-in':
      // App renders the signed-in screens inside the career API's provider, never through here.
      return null;
  }
}

/** The question bank needs no sign-in: it is the playbook, not anyone's data. */
function SignInWithQuickReference({ auth }: { auth: Auth }) {
  const { state } = auth;
  const notice =
    state.status === 'failed'
      ? { intent: 'error' as const, text: state.message }
      : state.status === 'signed-out' && state.notice
        ? { intent: 'info' as const, text: state.notice }
        : undefined;
  return (
    <>
      <SignInScreen
        localTenant={auth.localTenant}
        busy={state.status === 'signing-in'}
        {...(notice ? { notice } : {})}
        signIn={auth.signIn}
      />
      <QuickReferenceCard />
    </>
  );
}
