import { makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import { useContract } from '../../data/use-report-data';
import { QueryState } from '../../shared/query-state';
import { ContractCard } from '../../shared/own-development/contract-card';
import { SharedNotesCard } from '../../shared/own-development/sessions-card';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * The report's side panel: what they would see on their own page about this conversation (the
 * notes shared with them, as the manager writes them, and their contract), and nothing of the
 * manager's guide.
 */
export function ReportMeetingPanel({
  record,
  userId,
  zone,
}: {
  record: ConversationRecord;
  userId: string;
  zone: string;
}) {
  const styles = useStyles();
  const contract = useContract(userId, zone);
  return (
    <div className={styles.root}>
      <Title3 as="h1" className={styles.heading}>
        Your career conversation
      </Title3>
      <Text size={200} className={styles.muted}>
        The notes your manager shares with you appear here as they are written.
      </Text>
      <SharedNotesCard records={[record]} />
      <QueryState query={contract} what="Your contract" loadingLabel="Reading your contract…">
        {(current) => <ContractCard userId={userId} contract={current} zone={zone} />}
      </QueryState>
    </div>
  );
}
