/**
 * The hosts allowed to frame the app's pages: Teams (web and desktop, and its older skype.com
 * frames), Outlook on the web and the Microsoft 365 app, including their move to
 * `*.cloud.microsoft`. This is Microsoft's documented list for tabs
 * (learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements). The web app's pages
 * and the career API both send it, so it lives here once.
 */
export const FRAME_ANCESTORS = [
  'teams.microsoft.com',
  '*.teams.microsoft.com',
  '*.skype.com',
  'outlook.office.com',
  'outlook.office365.com',
  '*.office.com',
  '*.microsoft365.com',
  '*.cloud.microsoft',
] as const;

/** The `frame-ancestors` sources: the page's own origin, then each Microsoft 365 host. */
export const FRAME_ANCESTOR_SOURCES: readonly string[] = [
  "'self'",
  ...FRAME_ANCESTORS.map((host) => `https://${host}`),
];
