import { Text } from '@fluentui/react-components';
import { ReportJourneyLayout } from '../report-journey/report-journey-layout';
import type { ReportScreenProps } from '../report-journey/report-screen-props';

// PLACEHOLDER: replaced by the screen's real implementation (issue #6).
export function ContractEditorScreen({ reportId, zone }: ReportScreenProps) {
  return (
    <ReportJourneyLayout
      reportId={reportId}
      zone={zone}
      step="contract"
      title="Development contract"
    >
      <Text>Not built yet.</Text>
    </ReportJourneyLayout>
  );
}
