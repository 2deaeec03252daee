import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useAuth, type AuthState } from '../auth/use-auth';
import { AppLinksProvider } from '../data/app-links';
import { CareerApiProvider } from '../data/career-api-context';
import { Microsoft365Provider } from '../data/microsoft-365-context';
import { QuickReferenceCard } from '../features/quick-reference/quick-reference-card';
import { SignInScreen } from '../features/sign-in/sign-in-screen';
import type { HostKind } from '../host/detect-host';
import { AppHeader } from './app-header';
import { DraftOwnerBoundary } from './draft-owner-boundary';
import { fluentThemes } from './theme';
import { parseRoute } from './routes';
import { SignedInRoutes } from './signed-in-routes';
import { useHashRoute } from './use-hash-route';
import { useHostTheme } from './use-host-theme';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    maxWidth: '1100px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  skipLink: {
    position: 'absolute',
    left: '-10000px',
    ':focus': { left: tokens.spacingHorizontalM, top: tokens.spacingVerticalM, zIndex: 1 },
  },
});

export function App({ host }: { host: HostKind }) {
  const styles = useStyles();
  const { theme, chooseTheme, hostError } = useHostTheme(host);
  const auth = useAuth(host);
  const route = useHashRoute();

  return (
    <FluentProvider theme={fluentThemes[theme]} className={styles.root}>
      <a href="#main" className={styles.skipLink}>
        Skip to content
      </a>
      <AppHeader
        theme={theme}
        {...(chooseTheme ? { chooseTheme } : {})}
        hostError={hostError}
        {...(auth.status === 'signed-in'
          ? { user: auth.user, signOut: () => auth.client.signOut() }
          : {})}
      />
      <main id="main" className={styles.main} tabIndex={-1}>
        {auth.status === 'signed-in' ? (
          // Above the routes, so cached data survives moving between screens.
          <DraftOwnerBoundary
            key={auth.user.id}
            owner={{ tenantId: auth.user.tenantId, userId: auth.user.id }}
          >
            <CareerApiProvider
              getAccessToken={() => auth.client.accessToken([auth.config.apiScope])}
            >
              <Microsoft365Provider
                graphBaseUrl={auth.config.graphBaseUrl}
                getAccessToken={(scopes) => auth.client.accessToken(scopes)}
              >
                <AppLinksProvider teamsAppId={auth.config.teamsAppId}>
                  <SignedInRoutes route={parseRoute(route)} />
                </AppLinksProvider>
              </Microsoft365Provider>
            </CareerApiProvider>
          </DraftOwnerBoundary>
        ) : route === '/quick-reference' ? (
          <QuickReferenceCard />
        ) : (
          <Home auth={auth} />
        )}
      </main>
    </FluentProvider>
  );
}

function Home({ auth }: { auth: AuthState }) {
  switch (auth.status) {
    case 'loading':
      return <Spinner label="Signing you in…" />;
    case 'error':
      return (
        <MessageBar intent="error">
          <MessageBarBody>{auth.message}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={auth.retry}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      );
    case 'signed-out':
      // The question bank needs no sign-in: it is the playbook, not anyone's data.
      return (
        <>
          <SignInScreen
            localTenant={auth.config.tenantMode === 'local'}
            signIn={() => auth.client.signIn()}
          />
          <QuickReferenceCard />
        </>
      );
    case 'signed-in':
      // App renders the signed-in screens inside the career API's provider, never through here.
      return null;
  }
}
