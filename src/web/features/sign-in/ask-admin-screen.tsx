import { Button, Card, MessageBar, MessageBarBody, Text, Title2 } from '@fluentui/react-components';
import { useSignInStyles } from './sign-in-styles';
import { describeAdminProblem, describeScope, type AdminProblem } from '../../auth/auth-failure';

const TITLES: Record<AdminProblem, string> = {
  'consent-required': 'Your admin needs to grant a permission',
  'not-assigned': 'Your admin needs to give you access',
  'conditional-access': 'Your organisation’s policy blocks this sign-in',
};

/** Consent, assignment or policy: only an admin can fix it, so the screen says what to ask for. */
export function AskAdminScreen({
  problem,
  scopes,
  tryAgain,
}: {
  problem: AdminProblem;
  scopes: readonly string[];
  tryAgain: () => void;
}) {
  const styles = useSignInStyles();
  return (
    <Card className={styles.card}>
      <Title2 as="h1">{TITLES[problem]}</Title2>
      <MessageBar intent="warning">
        <MessageBarBody>{describeAdminProblem(problem, scopes)}</MessageBarBody>
      </MessageBar>
      {problem === 'consent-required' && (
        <>
          <Text>The permissions Career Conversations asked for:</Text>
          <ul className={styles.list} aria-label="Permissions asked for">
            {scopes.map((scope) => (
              <li key={scope}>
                <Text>{describeScope(scope)}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
      <Text>
        Nothing you do here changes this. Once your admin has acted, try again: you do not need to
        reload.
      </Text>
      <div>
        <Button appearance="primary" onClick={tryAgain}>
          Try again
        </Button>
      </div>
    </Card>
  );
}
