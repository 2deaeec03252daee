import { Link, makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { ReportSection } from '../../shared/report-section';
import { AggregatesCard } from './aggregates-card';
import { ErasureCard } from './erasure-card';
import { SetupHealthCard } from './setup-health-card';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The admin guide, served beside the app (rendered from docs/admin-guide.md at build). */
export const ADMIN_GUIDE = '/admin-guide.html';

/**
 * The HR admin's home: is the deployment healthy, how is the cadence across the organisation
 * (counts only), and a leaver's erasure. Nothing here names a person or shows what was said.
 */
export function HrConsoleScreen() {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Title2 as="h1">HR console</Title2>
      <Text className={styles.muted}>
        Setup and cadence health for the whole organisation. HR sees counts for groups of five or
        more, never names and never what anyone said or agreed.
      </Text>
      <SetupHealthCard />
      <AggregatesCard />
      <ErasureCard />
      <ReportSection id="admin-guide" title="Admin guide">
        <Text>
          Deploying, consent, provisioning the site, upgrading and removing the app and its data are
          described step by step in the{' '}
          <Link href={ADMIN_GUIDE} target="_blank" rel="noopener">
            admin guide (opens in a new window)
          </Link>
          .
        </Text>
      </ReportSection>
    </div>
  );
}
