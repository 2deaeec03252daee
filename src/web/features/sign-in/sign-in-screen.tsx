import {
  Button,
  Card,
  Link,
  MessageBar,
  MessageBarBody,
  Text,
  Title2,
} from '@fluentui/react-components';
import { useSignInStyles } from './sign-in-styles';

interface SignInScreenProps {
  localTenant: boolean;
  /** A sign-in window or redirect is under way: the sign-in state says so, not the button. */
  busy: boolean;
  /** Why sign-in stopped (cancelled, blocked window, an error): shown above the button. */
  notice?: { intent: 'info' | 'error'; text: string };
  signIn: () => void;
}

export function SignInScreen({ localTenant, busy, notice, signIn }: SignInScreenProps) {
  const styles = useSignInStyles();

  return (
    <Card className={styles.card}>
      <Title2 as="h1">Career conversations that go somewhere</Title2>
      <Text>
        A dedicated quarterly series with each of your people, prepared privately, closed with a
        development contract you can both keep, and followed through.
      </Text>
      <ul className={styles.list}>
        <li>
          <Text>Your preparation notes stay in your own OneDrive: only you can read them.</Text>
        </li>
        <li>
          <Text>Your people see their own contract, and nothing about anyone else.</Text>
        </li>
        <li>
          <Text>HR sees how often conversations happen, never what was said.</Text>
        </li>
      </ul>
      {localTenant && (
        <MessageBar intent="info">
          <MessageBarBody>
            This is the local demo tenant: you will choose a demo person to sign in as.
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={signIn} disabled={busy}>
          {busy ? 'Opening sign-in…' : 'Sign in'}
        </Button>
        <Link href="#quick-reference-title">Go to the question bank</Link>
      </div>
    </Card>
  );
}
