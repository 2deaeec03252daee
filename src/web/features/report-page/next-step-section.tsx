import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReportOverview } from '../../../domain';
import { hrefFor } from '../../app/routes';
import { PersonStatusBadge, StatusReasons } from '../../shared/status-badges';
import type { NextStep } from './report-page-model';
import { ReportSection } from '../../shared/report-section';

const useStyles = makeStyles({
  cadence: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** What is due and the one step of the playbook that applies now, as links to it. */
export function NextStepSection({
  reportId,
  report,
  steps,
}: {
  reportId: string;
  report: ReportOverview | undefined;
  steps: NextStep[];
}) {
  const styles = useStyles();
  return (
    <ReportSection id="next-step" title="What to do next">
      {report ? (
        <div className={styles.cadence}>
          <PersonStatusBadge status={report.status.code} />
          <StatusReasons reasons={report.status.reasons} />
        </div>
      ) : null}
      <ul className={styles.steps}>
        {steps.map((s) => (
          <li key={s.step}>
            <Link
              href={hrefFor(
                s.step === 'conversation'
                  ? { screen: 'conversation', reportId, phase: 'where-now' }
                  : { screen: s.step, reportId },
              )}
            >
              {s.label}
            </Link>{' '}
            <Text className={styles.muted}>{s.why}</Text>
          </li>
        ))}
      </ul>
    </ReportSection>
  );
}
