import {
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { lazy, Suspense, type ReactNode } from 'react';
import { useMe, type MeWithRoles } from '../data/use-me';
import { useHostContext } from '../host/use-host-context';
import { QueryState } from '../shared/query-state';
import { loadTeamOverview } from './app-chunks';
import { lazyChunk } from './lazy-chunk';
import { CurrentReportGate } from './current-report-gate';
import { MeetingTabConfigScreen } from './meeting-tab-config-route';
import { ROLE_HOMES, RoleSwitcher } from './role-switcher';
import { hrefFor, meetingFrameHome, resolveLink, roleForRoute, type Route } from './routes';

/**
 * Each screen is its own chunk, fetched the first time it is opened (the manager's home is
 * started early, app-chunks.ts), so no home carries another's code.
 */
const TeamOverviewScreen = lazyChunk(loadTeamOverview, (chunk) => chunk.TeamOverviewScreen);
const QuickReferenceCard = lazy(async () => ({
  default: (await import('../features/quick-reference/quick-reference-card')).QuickReferenceCard,
}));
const BookSeriesScreen = lazy(async () => ({
  default: (await import('../features/book-series/book-series-screen')).BookSeriesScreen,
}));
const CloseFollowThroughScreen = lazy(async () => ({
  default: (await import('../features/close-follow-through/close-follow-through-screen'))
    .CloseFollowThroughScreen,
}));
const ContractEditorScreen = lazy(async () => ({
  default: (await import('../features/contract-editor/contract-editor-screen'))
    .ContractEditorScreen,
}));
const ConversationScreen = lazy(async () => ({
  default: (await import('../features/conversation/conversation-screen')).ConversationScreen,
}));
const MonthlyReviewScreen = lazy(async () => ({
  default: (await import('../features/monthly-review/monthly-review-screen')).MonthlyReviewScreen,
}));
const PrepareScreen = lazy(async () => ({
  default: (await import('../features/prepare/prepare-screen')).PrepareScreen,
}));
const ReflectionPromptScreen = lazy(async () => ({
  default: (await import('../features/reflection-prompt/reflection-prompt-screen'))
    .ReflectionPromptScreen,
}));
const ReportPageScreen = lazy(async () => ({
  default: (await import('../features/report-page/report-page-screen')).ReportPageScreen,
}));
const MyDevelopmentScreen = lazy(async () => ({
  default: (await import('../features/my-development/my-development-screen')).MyDevelopmentScreen,
}));
const PrivacyScreen = lazy(async () => ({
  default: (await import('../features/my-development/privacy-screen')).PrivacyScreen,
}));
const HrConsoleScreen = lazy(async () => ({
  default: (await import('../features/hr-console/hr-console-screen')).HrConsoleScreen,
}));
const MeetingPanelScreen = lazy(async () => ({
  default: (await import('../features/meeting-panel/meeting-panel-screen')).MeetingPanelScreen,
}));
const TriggersScreen = lazy(async () => ({
  default: (await import('../features/triggers/triggers-screen')).TriggersScreen,
}));

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spinner label="Opening…" />}>{children}</Suspense>;
}

/**
 * The signed-in person's screens, one per route, within the homes their roles give them. The root
 * is their home; a link about themselves (a mail's contract link, say) opens their own
 * development, never a manager's screens about them; another role's screens are not shown.
 */
export function SignedInRoutes({ route }: { route: Route }) {
  const me = useMe();
  const { frameContext } = useHostContext();
  return (
    <QueryState query={me} what="Who you are" loadingLabel="Opening your home…">
      {(caller) => <RolesRoute route={resolveRoute(route, caller, frameContext)} me={caller} />}
    </QueryState>
  );
}

/** The meeting's own screens are about the meeting, not a role: no switch between homes there. */
const inMeeting = (route: Route): boolean =>
  route.screen === 'meeting' || route.screen === 'configure';

function resolveRoute(route: Route, me: MeWithRoles, frameContext: string | undefined): Route {
  if (route.screen === 'home') return meetingFrameHome(frameContext) ?? ROLE_HOMES[me.home].route;
  if (route.screen === 'link') return resolveLink(route.link, me.userId);
  return route;
}

function RolesRoute({ route, me }: { route: Route; me: MeWithRoles }) {
  const role = roleForRoute(route);
  return (
    <>
      {inMeeting(route) ? null : <RoleSwitcher roles={me.roles} current={role ?? me.home} />}
      <Loading>
        {role === undefined || me.roles.includes(role) ? (
          <RouteScreen route={route} me={me} />
        ) : (
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>
              <MessageBarTitle>
                {'reportId' in route ? 'Not one of your direct reports' : 'Not one of your screens'}
              </MessageBarTitle>
              This screen is for {ROLE_NAMES[role]}, so nothing is shown here.{' '}
              <Link href={hrefFor({ screen: 'home' })}>Go to your home</Link>.
            </MessageBarBody>
          </MessageBar>
        )}
      </Loading>
    </>
  );
}

const ROLE_NAMES = {
  'hr-admin': 'HR admins',
  manager: 'managers of current direct reports',
  report: 'the person themself',
} as const;

function RouteScreen({ route, me }: { route: Route; me: MeWithRoles }) {
  const { timeZone } = useHostContext();
  switch (route.screen) {
    case 'meeting':
      return <MeetingPanelScreen me={me} zone={timeZone} />;
    case 'configure':
      return <MeetingTabConfigScreen />;
    case 'overview':
      return <TeamOverviewScreen />;
    case 'quick-reference':
      return <QuickReferenceCard />;
    case 'my-development':
      return <MyDevelopmentScreen zone={timeZone} />;
    case 'privacy':
      return <PrivacyScreen />;
    case 'hr-console':
      return <HrConsoleScreen />;
    // Home and links are resolved before this (`resolveRoute`): never a screen of their own.
    case 'home':
    case 'link':
    case 'not-found':
      return (
        <MessageBar intent="warning">
          <MessageBarBody>
            There is no screen at this address.{' '}
            <Link href={hrefFor({ screen: 'home' })}>Go to your home</Link>.
          </MessageBarBody>
        </MessageBar>
      );
    default:
      return (
        <CurrentReportGate reportId={route.reportId}>
          <ReportScreen route={route} />
        </CurrentReportGate>
      );
  }
}

/** One report's screens: reached only through `CurrentReportGate`. */
function ReportScreen({ route }: { route: Extract<Route, { reportId: string }> }) {
  const { timeZone: zone } = useHostContext();
  switch (route.screen) {
    case 'report':
      return <ReportPageScreen reportId={route.reportId} zone={zone} />;
    case 'prepare':
      return <PrepareScreen reportId={route.reportId} zone={zone} />;
    case 'book':
      return <BookSeriesScreen reportId={route.reportId} zone={zone} />;
    case 'prompt':
      return <ReflectionPromptScreen reportId={route.reportId} zone={zone} />;
    case 'conversation':
      return <ConversationScreen reportId={route.reportId} zone={zone} phase={route.phase} />;
    case 'contract':
      return <ContractEditorScreen reportId={route.reportId} zone={zone} reason={route.reason} />;
    case 'close':
      return <CloseFollowThroughScreen reportId={route.reportId} zone={zone} />;
    case 'review':
      return <MonthlyReviewScreen reportId={route.reportId} zone={zone} />;
    case 'triggers':
      return <TriggersScreen reportId={route.reportId} zone={zone} />;
  }
}
