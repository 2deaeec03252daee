import '../forbid-eval';
import type { Session } from '../auth/use-auth';
import { careerApiBaseUrl } from '../data/api-base';
import { AppLinksProvider } from '../data/app-links';
import { CareerApiProvider } from '../data/career-api-context';
import { Microsoft365Provider } from '../data/microsoft-365-context';
import { DraftOwnerBoundary } from './draft-owner-boundary';
import { parseRoute } from './routes';
import { SignedInRoutes } from './signed-in-routes';

/**
 * Everything a signed-in person's screens stand on: the career API's client and query cache, the
 * person's own Microsoft 365, their drafts. Its own chunk, fetched while sign-in completes, so the
 * first screen paints without it.
 */
export function SignedInApp({ session, route }: { session: Session; route: string }) {
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
            <SignedInRoutes route={parseRoute(route)} />
          </AppLinksProvider>
        </Microsoft365Provider>
      </CareerApiProvider>
    </DraftOwnerBoundary>
  );
}
