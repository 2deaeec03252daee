import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import { DEVELOPMENT_CONTRACT, Temporal } from '../../../domain';
import { useContract, useConversations } from '../../data/use-report-data';
import { ErrorBar, QueryState } from '../../shared/query-state';
import { ReportJourneyLayout } from '../../app/report-journey/report-journey-layout';
import type { RevisionReason } from '../../../domain';
import type { ReportScreenProps } from '../../app/report-journey/report-screen-props';
import { ContractEditor } from './contract-editor';
import { linkTargetFor } from './link-target';
import { VersionHistory } from './version-history';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * Screen 7: the development contract, two-sided and dated. The editor mounts once the agreed
 * contract (or "none yet") is known, so its draft starts from the right version; conversations
 * load beside it only to know which one a new version is agreed in.
 */
export function ContractEditorScreen({
  reportId,
  zone,
  reason,
}: ReportScreenProps & { reason?: RevisionReason | undefined }) {
  const dates = useDateFormat();
  const styles = useStyles();
  const contract = useContract(reportId, zone);
  const conversations = useConversations(reportId);
  return (
    <ReportJourneyLayout
      reportId={reportId}
      zone={zone}
      step="contract"
      title="Development contract"
    >
      <div className={styles.root}>
        <Text className={styles.muted}>
          {DEVELOPMENT_CONTRACT.definition} {DEVELOPMENT_CONTRACT.liveDocument}
        </Text>
        {conversations.error && !conversations.data ? (
          <ErrorBar
            error={conversations.error}
            what="The conversations"
            retry={() => void conversations.refetch()}
          />
        ) : null}
        <QueryState query={contract} what="The contract" loadingLabel="Loading the contract…">
          {(current) => (
            <ContractEditor
              key={reportId}
              reportId={reportId}
              zone={zone}
              contract={current}
              reason={reason}
              linkTarget={(reason) =>
                linkTargetFor(
                  conversations.data?.items ?? [],
                  reason,
                  Temporal.Now.instant(),
                  dates,
                )
              }
            />
          )}
        </QueryState>
        <VersionHistory reportId={reportId} />
      </div>
    </ReportJourneyLayout>
  );
}
