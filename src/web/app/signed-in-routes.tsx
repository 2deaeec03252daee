import { Link, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { lazy, Suspense, type ReactNode } from 'react';
import { QuickReferenceCard } from '../features/quick-reference/quick-reference-card';
import { TeamOverviewScreen } from '../features/team-overview/team-overview-screen';
import { useHostContext } from '../host/use-host-context';
import { CurrentReportGate } from './current-report-gate';
import { hrefFor, type Route } from './routes';

/**
 * The overview and the question bank load with the app; each report screen is its own chunk,
 * fetched the first time it is opened, so the first screen a manager sees comes up sooner.
 */
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
const TriggersScreen = lazy(async () => ({
  default: (await import('../features/triggers/triggers-screen')).TriggersScreen,
}));

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spinner label="Opening…" />}>{children}</Suspense>;
}

/** The signed-in manager's screens, one per route. */
export function SignedInRoutes({ route }: { route: Route }) {
  return <Loading>{<RouteScreen route={route} />}</Loading>;
}

function RouteScreen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'overview':
      return <TeamOverviewScreen />;
    case 'quick-reference':
      return <QuickReferenceCard />;
    case 'not-found':
      return (
        <MessageBar intent="warning">
          <MessageBarBody>
            There is no screen at this address.{' '}
            <Link href={hrefFor({ screen: 'overview' })}>Go to your team</Link>.
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
      return <ContractEditorScreen reportId={route.reportId} zone={zone} />;
    case 'close':
      return <CloseFollowThroughScreen reportId={route.reportId} zone={zone} />;
    case 'review':
      return <MonthlyReviewScreen reportId={route.reportId} zone={zone} />;
    case 'triggers':
      return <TriggersScreen reportId={route.reportId} zone={zone} />;
  }
}
