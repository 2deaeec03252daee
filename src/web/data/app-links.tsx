import { createContext, useContext, type ReactNode } from 'react';
import type { AppLinkTarget } from '../../domain';
import { ADDIN_PAGE } from '../host/detect-host';

/** The personal tab's `entityId` in manifest/manifest.json: Teams deep links name it. */
export const TEAMS_TAB_ENTITY_ID = 'career-home';

/**
 * Where this app is served from: the page's own address, without its hash route. A mail or an
 * event booked from the Outlook add-in links to the app's page, not to the add-in page, which
 * opens only inside Outlook.
 */
export function servedAt(location: Pick<Location, 'origin' | 'pathname'>): string {
  const page = location.pathname === ADDIN_PAGE ? '/index.html' : location.pathname;
  return `${location.origin}${page}`;
}

const AppLinksContext = createContext<AppLinkTarget | undefined>(undefined);

/** What mails and events link back to: this app, and its Teams tab when the app id is known. */
export function AppLinksProvider({
  teamsAppId,
  children,
}: {
  teamsAppId: string | undefined;
  children: ReactNode;
}) {
  const target: AppLinkTarget = {
    appUrl: servedAt(window.location),
    ...(teamsAppId === undefined
      ? {}
      : { teams: { appId: teamsAppId, entityId: TEAMS_TAB_ENTITY_ID } }),
  };
  return <AppLinksContext.Provider value={target}>{children}</AppLinksContext.Provider>;
}

/** Undefined outside the provider (a test rendering one screen): the mails then carry no link. */
export function useAppLinkTarget(): AppLinkTarget | undefined {
  return useContext(AppLinksContext);
}
