import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import { useState } from 'react';
import { type Person, type Temporal } from '../../../domain';
import { conversationLabel } from '../../../domain';
import { ReportSection } from '../../shared/report-section';
import { BookAdHocForm } from './book-ad-hoc-form';
import { LeavingSignalCaution } from '../../shared/leaving-signal-caution';
import { adHocDescription, type TriggerView } from '../../shared/triggers-model';
import { plainList } from '../../shared/list-styles';

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalL),
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface OpenTriggerProps {
  view: TriggerView;
  reportId: string;
  manager: Person | undefined;
  report: Person | undefined;
  now: Temporal.Instant;
  zone: string;
  onBooked: (message: string) => void;
}

function OpenTrigger({ view, reportId, manager, report, now, zone, onBooked }: OpenTriggerProps) {
  const dates = useDateFormat();
  const styles = useStyles();
  const [finding, setFinding] = useState(false);
  const { log, trigger, due, coveredBy } = view;
  return (
    <li className={styles.item}>
      <Text weight="semibold" as="h3">
        {trigger.label}
      </Text>
      <Text size={200} className={styles.muted}>
        Logged {dates.instant(log.loggedAt)}
      </Text>
      {trigger.leavingSignal ? <LeavingSignalCaution /> : null}
      <Text>
        <Text weight="semibold">Suggested: </Text>
        {adHocDescription()}
        {due ? ` Hold it by ${dates.date(due.dueBy)}.` : ''}
      </Text>
      {due && !coveredBy ? <Text>{due.message}</Text> : null}
      {coveredBy?.event ? (
        <Text>
          {conversationLabel(coveredBy.kind)} booked:{' '}
          {dates.range(coveredBy.event.start, coveredBy.event.end)}.{' '}
          {coveredBy.event.joinUrl ? (
            <Link href={coveredBy.event.joinUrl} target="_blank" rel="noreferrer">
              Teams meeting link
            </Link>
          ) : null}
        </Text>
      ) : manager && report && due ? (
        finding ? (
          <BookAdHocForm
            reportId={reportId}
            logId={log.id}
            trigger={trigger.id}
            dueBy={due.dueBy}
            manager={manager}
            report={report}
            now={now}
            zone={zone}
            onBooked={onBooked}
          />
        ) : (
          <div>
            <Button
              appearance="primary"
              onClick={() => {
                setFinding(true);
              }}
            >
              Find a time
            </Button>
          </div>
        )
      ) : (
        <Text className={styles.muted}>Loading who the meeting is with…</Text>
      )}
    </li>
  );
}

/** Open triggers with the conversation each calls for; closed ones with what answered them. */
export function OpenTriggersSection({
  open,
  closed,
  ...rest
}: { open: TriggerView[]; closed: TriggerView[] } & Omit<OpenTriggerProps, 'view'>) {
  const dates = useDateFormat();
  const styles = useStyles();
  return (
    <ReportSection id="open-triggers" title="Triggers on record">
      {open.length === 0 ? (
        <Text>No open trigger. Log one above when something happens.</Text>
      ) : (
        <ul className={styles.list} aria-label="Open triggers">
          {open.map((view) => (
            <OpenTrigger key={view.log.id} view={view} {...rest} />
          ))}
        </ul>
      )}
      {closed.length > 0 ? (
        <>
          <Text weight="semibold" as="h3">
            Closed
          </Text>
          <ul aria-label="Closed triggers">
            {closed.map(({ log, trigger, closedBy }) => {
              const heldAt = closedBy?.heldAt ?? closedBy?.event?.start;
              return (
                <li key={log.id}>
                  {trigger.label}: logged {dates.instant(log.loggedAt)}
                  {log.closedAt ? `, closed ${dates.instant(log.closedAt)}` : ''}
                  {closedBy
                    ? ` by the ${conversationLabel(closedBy.kind).toLowerCase()}${heldAt ? ` held ${dates.instant(heldAt)}` : ''}`
                    : ''}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </ReportSection>
  );
}
