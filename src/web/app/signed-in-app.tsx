import '../forbid-eval';
import { Link, Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { Session } from '../auth/use-auth';
import { careerApiBaseUrl } from '../data/api-base';
import { AppLinksProvider } from '../data/app-links';
import { CareerApiProvider } from '../data/career-api-context';
import { Microsoft365Provider } from '../data/microsoft-365-context';
import type { HostKind } from '../host/detect-host';
import { DraftOwnerBoundary } from './draft-owner-boundary';
import { hrefFor, parseRoute, type Route } from './routes';
import { SignedInRoutes } from './signed-in-routes';

/** Only the add-in page shows the task pane: its own chunk, never loaded by the Teams tab. */
const TaskPaneScreen = lazy(async () => ({
  default: (await import('../features/outlook-pane/task-pane-screen')).TaskPaneScreen,
}));

/**
 * Everything a signed-in person's screens stand on: the career API's client and query cache, the
 * person's own Microsoft 365, their drafts. Its own chunk, fetched while sign-in completes, so the
 * first screen paints without it.
 */
export function SignedInApp({
  session,
  route,
  host,
}: {
  session: Session;
  route: string;
  host: HostKind;
}) {
  return (
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
            {host === 'outlook' ? (
              <OutlookRoutes route={parseRoute(route)} />
            ) : (
              <SignedInRoutes route={parseRoute(route)} />
            )}
          </AppLinksProvider>
        </Microsoft365Provider>
      </CareerApiProvider>
    </DraftOwnerBoundary>
  );
}

/**
 * The add-in page: the task pane is its home; a screen it opens (conversation mode) keeps a way
 * back, since Outlook's pane has no browser controls.
 */
function OutlookRoutes({ route }: { route: Route }) {
  if (route.screen === 'home') {
    return (
      <Suspense fallback={<Spinner label="Opening…" />}>
        <TaskPaneScreen />
      </Suspense>
    );
  }
  return (
    <>
      <Link href={hrefFor({ screen: 'home' })}>Back to the task pane</Link>
      <SignedInRoutes route={route} />
    </>
  );
}
