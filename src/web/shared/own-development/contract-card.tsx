import { Text } from '@fluentui/react-components';
import { useDateFormat } from '../use-date-format';
import type { CurrentContract } from '../../../adapters/career-api/career-api-client';
import { useContractVersions } from '../../data/use-report-data';
import { QueryState } from '../query-state';
import { CONTRACT_CHANGE_REASON_LABELS } from '../../../domain';
import { ReportSection } from '../report-section';
import { VersionTerms } from '../version-terms';
import { useSectionStyles } from './section-styles';

/** The contract in force, then every version agreed, each with why it changed. */
export function ContractCard({
  userId,
  contract,
  zone,
}: {
  userId: string;
  contract: CurrentContract | null;
  zone: string;
}) {
  const dates = useDateFormat();
  const styles = useSectionStyles();
  return (
    <ReportSection id="my-contract" title="Your development contract">
      {contract === null ? (
        <Text className={styles.muted}>
          No contract is agreed yet. You and your manager write it together at the end of a career
          conversation.
        </Text>
      ) : (
        <>
          <Text>
            Version {contract.current.version}, agreed {dates.instant(contract.current.agreedAt)}.
          </Text>
          <VersionTerms version={contract.current} />
          <Versions userId={userId} zone={zone} />
        </>
      )}
    </ReportSection>
  );
}

function Versions({ userId }: { userId: string; zone: string }) {
  const dates = useDateFormat();
  const styles = useSectionStyles();
  const versions = useContractVersions(userId);
  return (
    <QueryState query={versions} what="The contract’s versions" loadingLabel="Reading versions…">
      {(list) => (
        <>
          <Text as="h3" weight="semibold">
            Every version
          </Text>
          <ol aria-label="Your contract’s versions, newest first" className={styles.list}>
            {[...list.versions]
              .sort((a, b) => b.version - a.version)
              .map((v) => (
                <li key={v.version}>
                  <Text weight="semibold">Version {v.version}</Text>{' '}
                  <Text>
                    ({CONTRACT_CHANGE_REASON_LABELS[v.reason]}, {dates.instant(v.agreedAt)})
                  </Text>
                  {v.note.trim() !== '' && (
                    <Text as="p" block className={styles.notes}>
                      Why: {v.note}
                    </Text>
                  )}
                </li>
              ))}
          </ol>
        </>
      )}
    </QueryState>
  );
}
