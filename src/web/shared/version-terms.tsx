import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ContractVersion } from '../../domain';
import {
  commitmentLine,
  contractSectionTitle,
  reviewLine,
  sortedReviews,
} from '../../domain/messages/contract-lines';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    '& p': { margin: 0 },
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground2 },
  dropped: { textDecorationLine: 'line-through' },
});

function statusSuffix(status: ContractVersion['commitments'][number]['status']): string {
  return status === 'done' ? ' (done)' : status === 'dropped' ? ' (dropped)' : '';
}

/** A version's terms in the playbook's own sections, as both parties agreed them. */
export function VersionTerms({ version }: { version: ContractVersion }) {
  const styles = useStyles();
  const parts = [
    { id: 'their-commitments', party: 'report' },
    { id: 'manager-commitments', party: 'manager' },
  ] as const;
  return (
    <div className={styles.root}>
      {parts.map(({ id, party }) => {
        const items = version.commitments.filter((c) => c.party === party);
        return (
          <div key={id}>
            <Text weight="semibold" block>
              {contractSectionTitle(id)}
            </Text>
            {items.length === 0 ? (
              <Text as="p" block className={styles.muted}>
                None.
              </Text>
            ) : (
              <ul className={styles.list}>
                {items.map((c) => (
                  <li key={c.id} className={c.status === 'dropped' ? styles.dropped : undefined}>
                    {commitmentLine(c)}
                    {statusSuffix(c.status)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
      <div>
        <Text weight="semibold" block>
          {contractSectionTitle('review')}
        </Text>
        {version.reviews.length === 0 ? (
          <Text as="p" block className={styles.muted}>
            None.
          </Text>
        ) : (
          <ul className={styles.list}>
            {sortedReviews(version.reviews).map((r) => (
              <li key={r.id}>{reviewLine(r)}</li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <Text weight="semibold" block>
          {contractSectionTitle('open-question')}
        </Text>
        <Text as="p" block>
          {version.openQuestion || '—'}
        </Text>
      </div>
    </div>
  );
}
