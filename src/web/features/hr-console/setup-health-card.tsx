import { Badge, Text } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import { QueryState } from '../../shared/query-state';
import { ReportSection } from '../../shared/report-section';
import { useSetupHealth } from './api/hr-queries';
import { useHrStyles } from './hr-styles';

/** Each deployment check, and for a failing one what to do about it. */
export function SetupHealthCard() {
  const dates = useDateFormat();
  const styles = useHrStyles();
  const health = useSetupHealth();
  return (
    <ReportSection id="setup-health" title="Setup health">
      <QueryState query={health} what="Setup health" loadingLabel="Checking the setup…">
        {(report) => (
          <>
            <Text role="status">
              {report.ok
                ? 'Everything the app needs is in place.'
                : `${String(report.checks.filter((c) => !c.ok).length)} problem(s) to fix.`}{' '}
              Checked {dates.instant(report.checkedAt)}.
            </Text>
            <ul aria-label="Setup checks" className={styles.plainList}>
              {report.checks.map((check) => (
                <li key={check.id} className={styles.check}>
                  <Badge appearance="filled" color={check.ok ? 'success' : 'danger'}>
                    {check.ok ? 'OK' : 'Problem'}
                  </Badge>
                  <div>
                    <Text weight="semibold" block>
                      {check.label}
                    </Text>
                    {!check.ok && <Text block>Fix: {check.detail}</Text>}
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryState>
    </ReportSection>
  );
}
