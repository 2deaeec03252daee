import { Text } from '@fluentui/react-components';
import { messageOf } from '../../shared/query-state';
import { ReportSection } from '../../shared/report-section';

/**
 * Records made before the manager took over stay the person's to share: the API refuses them,
 * and the page says so plainly instead of showing an error to retry.
 */
export function HiddenSection({
  id,
  title,
  error,
  extra,
}: {
  id: string;
  title: string;
  error: unknown;
  extra?: string;
}) {
  return (
    <ReportSection id={id} title={title}>
      <Text>{messageOf(error, title)}</Text>
      {extra ? <Text>{extra}</Text> : null}
    </ReportSection>
  );
}
