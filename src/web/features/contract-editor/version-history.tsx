import { makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import { isPortError } from '../../../app/ports/port-error';
import { CONTRACT_CHANGE_REASON_LABELS } from '../../../domain';
import { useContractVersions } from '../../data/use-report-data';
import { QueryState } from '../../shared/query-state';
import { EARLIER_HISTORY_NOTE } from '../../shared/earlier-history';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground2 },
  note: { display: 'block' },
});

/** Every agreed version, newest first: the contract is a live document that keeps its history. */
export function VersionHistory({ reportId }: { reportId: string }) {
  const dates = useDateFormat();
  const styles = useStyles();
  const versions = useContractVersions(reportId);
  return (
    <section className={styles.section} aria-labelledby="versions-title">
      <Title3 as="h2" id="versions-title">
        Agreed versions
      </Title3>
      {isPortError(versions.error, 'not-found') ? (
        // No contract yet: the API has no versions to list, which is not an error to show.
        <Text>Nothing agreed yet.</Text>
      ) : (
        <QueryState
          query={versions}
          what="The contract's versions"
          loadingLabel="Loading versions…"
        >
          {(list) =>
            list.versions.length === 0 ? (
              <Text>Nothing agreed yet.</Text>
            ) : (
              <ol className={styles.list} aria-labelledby="versions-title" reversed>
                {list.versions.toReversed().map((v) => (
                  <li key={v.version}>
                    <Text weight="semibold">Version {v.version}</Text>{' '}
                    <Text className={styles.muted}>
                      {dates.instant(v.agreedAt)}, {CONTRACT_CHANGE_REASON_LABELS[v.reason]},{' '}
                      {v.commitments} commitments
                    </Text>
                    {v.note.trim() === '' ? null : <Text className={styles.note}>{v.note}</Text>}
                  </li>
                ))}
              </ol>
            )
          }
        </QueryState>
      )}
      {versions.data?.earlierHistory ? (
        <Text className={styles.muted}>{EARLIER_HISTORY_NOTE}</Text>
      ) : null}
    </section>
  );
}
