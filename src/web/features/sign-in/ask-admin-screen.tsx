import {
  Button,
  Card,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { describeAdminProblem, describeScope, type AdminProblem } from '../../auth/auth-failure';

const useStyles = makeStyles({
  card: {
    maxWidth: '640px',
    margin: `${tokens.spacingVerticalXXL} auto`,
    padding: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

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
  const styles = useStyles();
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
