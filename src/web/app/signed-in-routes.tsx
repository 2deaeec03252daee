import { MessageBar, MessageBarBody, Link } from '@fluentui/react-components';
import { useState } from 'react';
import { BookSeriesScreen } from '../features/book-series/book-series-screen';
import { CloseFollowThroughScreen } from '../features/close-follow-through/close-follow-through-screen';
import { ContractEditorScreen } from '../features/contract-editor/contract-editor-screen';
import { ConversationScreen } from '../features/conversation/conversation-screen';
import { MonthlyReviewScreen } from '../features/monthly-review/monthly-review-screen';
import { PrepareScreen } from '../features/prepare/prepare-screen';
import { QuickReferenceCard } from '../features/quick-reference/quick-reference-card';
import { ReflectionPromptScreen } from '../features/reflection-prompt/reflection-prompt-screen';
import { ReportPageScreen } from '../features/report-page/report-page-screen';
import { TeamOverviewScreen } from '../features/team-overview/team-overview-screen';
import { TriggersScreen } from '../features/triggers/triggers-screen';
import { browserTimeZone } from '../shared/format-when';
import { hrefFor, type Route } from './routes';

/** The signed-in manager's screens, one per route. */
export function SignedInRoutes({ route }: { route: Route }) {
  const [zone] = useState(browserTimeZone);
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
