import { connectHost } from './connect-host';

/** The meeting tab as Teams saves it: one per meeting, named after the app. */
export interface MeetingTabSettings {
  contentUrl: string;
  websiteUrl: string;
  entityId: string;
  suggestedDisplayName: string;
}

export const MEETING_TAB_ENTITY_ID = 'career-meeting';

/**
 * The settings the configuration page saves: the same page (and build) on its meeting route, in
 * Teams' frame (`?host=teams`); the website link opens the app's home, where no meeting is.
 */
export function meetingTabSettings(
  page: Pick<Location, 'origin' | 'pathname'>,
): MeetingTabSettings {
  const base = `${page.origin}${page.pathname}`;
  return {
    contentUrl: `${base}?host=teams#/meeting`,
    websiteUrl: base,
    entityId: MEETING_TAB_ENTITY_ID,
    suggestedDisplayName: 'Career Conversations',
  };
}

/**
 * The configuration page's side of adding the tab to a meeting: nothing to choose, so Save is
 * enabled at once, and Save stores the settings with `pages.config.setConfig` before telling
 * Teams it succeeded (or why not). Waits for the host connection: teams-js is initialised once.
 */
export async function offerMeetingTab(settings: MeetingTabSettings): Promise<void> {
  await connectHost('teams');
  const { pages } = await import('@microsoft/teams-js');
  if (!pages.config.isSupported()) return;
  pages.config.registerOnSaveHandler((save) => {
    pages.config.setConfig(settings).then(
      () => {
        save.notifySuccess();
      },
      (error: unknown) => {
        save.notifyFailure(error instanceof Error ? error.message : String(error));
      },
    );
  });
  pages.config.setValidityState(true);
}
