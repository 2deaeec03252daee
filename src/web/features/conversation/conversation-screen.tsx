import { Text } from '@fluentui/react-components';
import type { PhaseId } from '../../../domain';
import { ReportJourneyLayout } from '../report-journey/report-journey-layout';
import type { ReportScreenProps } from '../report-journey/report-screen-props';

// PLACEHOLDER: replaced by the screen's real implementation (issue #6).
export function ConversationScreen({
  reportId,
  zone,
  phase,
}: ReportScreenProps & { phase: PhaseId }) {
  return (
    <ReportJourneyLayout reportId={reportId} zone={zone} step="conversation" title="Conversation">
      <Text>Not built yet: {phase}</Text>
    </ReportJourneyLayout>
  );
}
