import { FluentProvider, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useAuth } from '../auth/use-auth';
import type { HostKind } from '../host/detect-host';
import { HostContextProvider, useHostConnection } from '../host/use-host-context';
import { AppHeader } from './app-header';
import { loadSignedInApp, loadSignedOutHome } from './app-chunks';
import { lazyChunk } from './lazy-chunk';
import { useLinkFocusRing } from './link-focus-ring';
import { MeetingTabConfigScreen } from './meeting-tab-config-route';
import { meetingFrameHome } from './routes';
import { fluentThemes } from './theme';
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

const SignedInApp = lazyChunk(loadSignedInApp, (chunk) => chunk.SignedInApp);
const SignedOutHome = lazyChunk(loadSignedOutHome, (chunk) => chunk.SignedOutHome);
/** Only the add-in page opened outside Outlook says so: its own small chunk. */
const NotInOutlook = lazy(async () => ({
  default: (await import('./not-in-outlook')).NotInOutlook,
}));

/**
 * The app shell: host, theme, header and the first screen. It paints before sign-in is known;
 * MSAL, the signed-in screens and the sign-in screen are chunks fetched alongside (main.tsx).
 */
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
          hostError={hostConnection.notInHost ? undefined : hostConnection.problem}
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
          ) : hostConnection.notInHost ? (
            <Suspense fallback={<Spinner label="Opening…" />}>
              <NotInOutlook />
            </Suspense>
          ) : auth.state.status === 'connecting' ? (
            // The first paint: MSAL, the configuration and the screens are on their way.
            <Spinner label="Signing you in…" />
          ) : (
            <Suspense fallback={<Spinner label="Opening…" />}>
              {session ? (
                <SignedInApp session={session} route={route} host={host} />
              ) : (
                <SignedOutHome auth={auth} route={route} />
              )}
            </Suspense>
          )}
        </main>
      </FluentProvider>
    </HostContextProvider>
  );
}
