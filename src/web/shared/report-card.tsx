import { Badge, Card, Link, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import type { DateFormat } from './date-format';
import { useDateFormat } from './use-date-format';
import { useId } from 'react';
import { failureById, type Commitment, type ReportOverview } from '../../domain';
import { hrefFor } from '../app/routes';
import { conversationLabel } from '../../domain';
import { describeEarlierOverdue, describeLastConversation } from './earlier-history-facts';
import { ContractBadge, PersonStatusBadge, StatusReasons } from './status-badges';
import { plainList } from './list-styles';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground2 },
  cadence: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(140px, max-content) 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  signals: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  warnings: plainList(tokens.spacingVerticalS),
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  failure: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorStatusWarningBorder2}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

/** "You: … (due …)" or "They: …": an overdue commitment as the manager reads it. */
export function describeCommitment(c: Commitment, dates: DateFormat): string {
  const who = c.party === 'manager' ? 'You' : 'They';
  return `${who}: ${c.action} (due ${dates.date(c.due)})`;
}

/** One report: what the manager needs before reaching out, and nothing that scores the person. */
export function ReportCard({ report }: { report: ReportOverview }) {
  const dates = useDateFormat();
  const styles = useStyles();
  const { person, status, contractHealth, activeSignals, failures } = report;
  const titleId = useId();
  const earlierOverdue = describeEarlierOverdue(report);
  const signals = [
    ...activeSignals.triggers.map((t) => ({ key: t.logId, label: t.label })),
    ...activeSignals.transitions.map((t) => ({ key: t.transition, label: t.label })),
  ];

  return (
    <Card role="article" aria-labelledby={titleId}>
      <div className={styles.header}>
        <Title3 as="h3" id={titleId}>
          <Link href={hrefFor({ screen: 'report', reportId: person.id })}>
            {person.displayName}
          </Link>
        </Title3>
        {person.jobTitle && <Text className={styles.muted}>{person.jobTitle}</Text>}
        <div className={styles.cadence}>
          <PersonStatusBadge status={status.code} />
          <StatusReasons reasons={status.reasons} />
        </div>
      </div>

      <dl className={styles.facts}>
        <dt className={styles.term}>Direction, in their words</dt>
        <dd className={styles.detail}>
          {report.direction ? (
            <q>{report.direction.text}</q>
          ) : (
            <Text className={styles.muted}>Not yet recorded</Text>
          )}
        </dd>
        <dt className={styles.term}>Last conversation</dt>
        <dd className={styles.detail}>{describeLastConversation(report, dates)}</dd>
        <dt className={styles.term}>Next conversation</dt>
        <dd className={styles.detail}>
          {report.nextConversation
            ? `${conversationLabel(report.nextConversation.kind)}, ${dates.instant(report.nextConversation.start)}`
            : 'Not booked'}
        </dd>
        <dt className={styles.term}>Development contract</dt>
        <dd className={styles.detail}>
          <ContractBadge state={contractHealth.state} />{' '}
          {contractHealth.state !== 'none' && (
            <Text>
              {contractHealth.open} open, {contractHealth.done} done
            </Text>
          )}
          {contractHealth.overdueManagerFirst.length > 0 && (
            <ul
              className={styles.list}
              aria-label={`Overdue commitments for ${person.displayName}`}
            >
              {contractHealth.overdueManagerFirst.map((c) => (
                <li key={c.id}>{describeCommitment(c, dates)}</li>
              ))}
            </ul>
          )}
          {earlierOverdue.length > 0 && (
            <Text block>Overdue, not shared: {earlierOverdue.join('; ')}</Text>
          )}
        </dd>
        {signals.length > 0 && (
          <>
            <dt className={styles.term}>Active triggers</dt>
            <dd className={styles.detail}>
              <ul
                className={styles.signals}
                aria-label={`Active triggers for ${person.displayName}`}
              >
                {signals.map((s) => (
                  <li key={s.key}>
                    <Badge appearance="outline" color="informative" shape="rounded">
                      {s.label}
                    </Badge>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>

      <ul className={styles.actions} aria-label={`Steps for ${person.displayName}`}>
        <li>
          <Link href={hrefFor({ screen: 'prepare', reportId: person.id })}>Prepare</Link>
        </li>
        <li>
          {report.nextConversation ? (
            <Link
              href={hrefFor({ screen: 'conversation', reportId: person.id, phase: 'where-now' })}
            >
              Open the conversation
            </Link>
          ) : (
            <Link href={hrefFor({ screen: 'book', reportId: person.id })}>Invite and book</Link>
          )}
        </li>
        <li>
          <Link href={hrefFor({ screen: 'contract', reportId: person.id })}>Contract</Link>
        </li>
      </ul>

      {failures.length > 0 && (
        <ul className={styles.warnings} aria-label={`Warnings for ${person.displayName}`}>
          {failures.map((f) => (
            <li key={f.failure} className={styles.failure}>
              <Text weight="semibold">{failureById(f.failure).title}</Text>
              {f.evidence.map((fact) => (
                <Text key={fact}>{fact}</Text>
              ))}
              <Text>
                <Text weight="semibold">What to do instead: </Text>
                {f.instead}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
