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
import { useAuth, type Auth } from '../auth/use-auth';
import { careerApiBaseUrl } from '../data/api-base';
import { AppLinksProvider } from '../data/app-links';
import { CareerApiProvider } from '../data/career-api-context';
import { Microsoft365Provider } from '../data/microsoft-365-context';
import { QuickReferenceCard } from '../features/quick-reference/quick-reference-card';
import { AskAdminScreen } from '../features/sign-in/ask-admin-screen';
import { SignInScreen } from '../features/sign-in/sign-in-screen';
import type { HostKind } from '../host/detect-host';
import { HostContextProvider, useHostConnection } from '../host/use-host-context';
import { AppHeader } from './app-header';
import { DraftOwnerBoundary } from './draft-owner-boundary';
import { useLinkFocusRing } from './link-focus-ring';
import { fluentThemes } from './theme';
import { meetingFrameHome, parseRoute } from './routes';
import { Suspense } from 'react';
import { MeetingTabConfigScreen, SignedInRoutes } from './signed-in-routes';
import { useHashRoute } from './use-hash-route';
import { useHostDeepLink } from './use-host-deep-link';
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
  useLinkFocusRing();
  const styles = useStyles();
  const hostConnection = useHostConnection(host);
  const { theme, chooseTheme } = useHostTheme(hostConnection.context);
  const auth = useAuth(host);
  const session = auth.session;
  const route = useHashRoute();
  useHostDeepLink(hostConnection.context);

  return (
    <HostContextProvider value={hostConnection.context}>
      <FluentProvider theme={fluentThemes[theme]} className={styles.root}>
        <a href="#main" className={styles.skipLink}>
          Skip to content
        </a>
        <AppHeader
          theme={theme}
          {...(chooseTheme ? { chooseTheme } : {})}
          hostError={hostConnection.problem}
          {...(session ? { user: session.user } : {})}
          {...(session?.signOut ? { signOut: session.signOut } : {})}
          compact={meetingFrameHome(hostConnection.context.frameContext) !== undefined}
        />
        <main id="main" className={styles.main} tabIndex={-1}>
          {route === '/configure' ? (
            // Adding the tab to a meeting saves only its address: no sign-in on the way.
            <Suspense fallback={<Spinner label="Opening…" />}>
              <MeetingTabConfigScreen />
            </Suspense>
          ) : session ? (
            // Above the routes, so cached data survives moving between screens.
            <DraftOwnerBoundary
              key={session.user.id}
              owner={{ tenantId: session.user.tenantId, userId: session.user.id }}
            >
              <CareerApiProvider
                baseUrl={careerApiBaseUrl(session.config)}
                getAccessToken={() => session.accessToken([session.config.apiScope])}
              >
                <Microsoft365Provider
                  graphBaseUrl={session.config.graphBaseUrl}
                  getAccessToken={(scopes) => session.accessToken(scopes)}
                >
                  <AppLinksProvider teamsAppId={session.config.teamsAppId}>
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
    </HostContextProvider>
  );
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
