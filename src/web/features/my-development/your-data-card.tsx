import { Button, Link, Text } from '@fluentui/react-components';
import { hrefFor } from '../../app/routes';
import { ErrorBar } from '../../shared/query-state';
import { ReportSection } from '../../shared/report-section';
import { useExportMyData } from './api/export-my-data';
import { useSectionStyles } from '../../shared/own-development/section-styles';

/** Who sees what, in plain words, and everything kept about you as one file. */
export function YourDataCard() {
  const styles = useSectionStyles();
  const exporting = useExportMyData();
  return (
    <ReportSection id="my-data" title="Your data">
      <Text>
        <Link href={hrefFor({ screen: 'privacy' })}>Who sees what, and what HR never sees</Link>
      </Text>
      <div className={styles.row}>
        <Button
          disabled={exporting.isPending}
          onClick={() => {
            exporting.mutate();
          }}
        >
          {exporting.isPending ? 'Preparing…' : 'Export my data (JSON)'}
        </Button>
        {exporting.isSuccess && <Text role="status">Your export was downloaded.</Text>}
      </div>
      {exporting.error !== null && <ErrorBar error={exporting.error} what="Your export" />}
    </ReportSection>
  );
}
