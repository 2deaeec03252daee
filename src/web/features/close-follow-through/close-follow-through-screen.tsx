import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import type {
  ContractVersionOf,
  ConversationList,
  CurrentContract,
} from '../../../adapters/career-api/career-api-client';
import { nextConversationState, withRepeatedNext } from '../../../app/my-365/follow-through';
import {
  FOLLOW_THROUGH,
  type Person,
  type Temporal,
  type TimeZoneId,
  type TransitionFlag,
} from '../../../domain';
import { useState } from 'react';
import { hrefFor } from '../../app/routes';
import { heldWouldBeEarly } from '../../data/end-series-early';
import { HeldEarlyDialog } from '../../shared/held-early-dialog';
import { ErrorBar, QueryState } from '../../shared/query-state';
import { useDateFormat } from '../../shared/use-date-format';
import { ReportJourneyLayout } from '../../app/report-journey/report-journey-layout';
import type { ReportScreenProps } from '../../app/report-journey/report-screen-props';
import { AfterChecklistSection } from './after-checklist-section';
import { useMarkConversationHeld } from './api/mark-conversation-held';
import { useRepeatedNext } from './api/read-repeated-next';
import { CloseCommitments } from './close-commitments';
import {
  afterChecklist,
  conversationToClose,
  toDevelopmentContract,
  toHistory,
} from '../../shared/follow-through-state';
import { NextConversationSection } from './next-conversation-section';
import { SummarySection } from './summary-section';
import { useCloseData } from '../../data/use-close-data';
import { useNow } from './use-now';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground2 },
});

interface CloseContentProps {
  reportId: string;
  zone: TimeZoneId;
  now: Temporal.Instant;
  report: Person;
  manager: Person | undefined;
  conversations: ConversationList;
  contract: CurrentContract | null;
  versions: (ContractVersionOf | undefined)[];
  transitions: TransitionFlag[];
}

function CloseContent(props: CloseContentProps) {
  const { reportId, zone, now, report, manager, conversations, contract } = props;
  const styles = useStyles();
  const dates = useDateFormat();
  const markHeld = useMarkConversationHeld(reportId);
  const [askEarly, setAskEarly] = useState(false);
  const developmentContract = contract
    ? toDevelopmentContract(contract, props.versions)
    : undefined;
  const agreedIn = new Set(
    (developmentContract?.versions ?? []).flatMap((v) =>
      v.conversationId === undefined ? [] : [v.conversationId],
    ),
  );
  const closing = conversationToClose(conversations.items, agreedIn, now);
  const recorded = closing
    ? toHistory({
        report,
        managerId: closing.managerId,
        conversations: conversations.items,
        ...(developmentContract ? { contract: developmentContract } : {}),
        transitions: props.transitions,
      })
    : undefined;
  const repeat = useRepeatedNext(reportId, recorded, closing, zone);
  if (!closing || !recorded) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>
          There is no career conversation to follow through yet: this step comes once one has been
          held. <Link href={hrefFor({ screen: 'book', reportId })}>Book one</Link> or{' '}
          <Link href={hrefFor({ screen: 'conversation', reportId, phase: 'where-now' })}>
            open the conversation
          </Link>
          .
        </MessageBarBody>
      </MessageBar>
    );
  }
  // The quarterly repeat's next occurrence counts as booked on every part of this screen.
  const history = withRepeatedNext(recorded, repeat.data ?? undefined);
  const checklist = afterChecklist(history, closing, now, zone, dates);
  const next = nextConversationState(recorded, closing, now, zone, dates);
  const when = closing.event
    ? dates.range(closing.event.start, closing.event.end)
    : closing.heldAt
      ? dates.dayTime(closing.heldAt)
      : '';

  return (
    <div className={styles.body}>
      <Text>
        Following through on the career conversation {closing.state === 'held' ? 'held' : 'of'}{' '}
        {closing.state === 'held' && closing.heldAt ? dates.dayTime(closing.heldAt) : when}.
      </Text>
      {closing.state !== 'held' ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            This conversation ({when}) is not marked as held yet. Mark it once it has happened: the
            48 hours for the summary count from then.
          </MessageBarBody>
          <MessageBarActions>
            <Button
              disabled={markHeld.isPending}
              onClick={() => {
                if (heldWouldBeEarly(closing, now)) setAskEarly(true);
                else markHeld.mutate({ record: closing, early: false });
              }}
            >
              Mark it as held
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <HeldEarlyDialog
        open={askEarly}
        firstSession={when}
        onConfirm={() => {
          setAskEarly(false);
          markHeld.mutate({ record: closing, early: true });
        }}
        onDismiss={() => {
          setAskEarly(false);
        }}
      />
      {markHeld.error ? (
        <ErrorBar
          error={markHeld.error}
          what="Marking it held"
          retry={() => {
            markHeld.mutate({ record: closing, early: heldWouldBeEarly(closing, now) });
          }}
        />
      ) : null}
      <AfterChecklistSection items={checklist} />
      <SummarySection
        reportId={reportId}
        closing={closing}
        contract={developmentContract}
        manager={manager}
        report={report}
        zone={zone}
        now={now}
        item={checklist.find((i) => i.id === 'sent-summary-48h')}
      />
      <CloseCommitments
        reportId={reportId}
        zone={zone}
        contract={contract}
        reportName={report.displayName}
      />
      <NextConversationSection
        reportId={reportId}
        zone={zone}
        closing={closing}
        history={recorded}
        manager={manager}
        report={report}
        dueBy={next.dueBy}
        message={next.message}
        booked={next.booked ? conversations.items.find((c) => c.id === next.booked?.id) : undefined}
        {...(repeat.data ? { repeat: repeat.data } : {})}
      />
    </div>
  );
}

/**
 * Screen 8: after the conversation, the four things the playbook asks for, each done from here
 * against the manager's own Microsoft 365 and the shared record: the written summary within 48
 * hours, their commitments in their calendar, the next conversation booked, and the checklist
 * that ticks itself from all of it.
 */
export function CloseFollowThroughScreen({ reportId, zone }: ReportScreenProps) {
  const styles = useStyles();
  const now = useNow();
  const data = useCloseData(reportId, zone);
  const report = data.team.report?.person;
  return (
    <ReportJourneyLayout
      reportId={reportId}
      zone={zone}
      step="close"
      title="Close and follow through"
    >
      <Text className={styles.muted}>{FOLLOW_THROUGH.biggestFailure}</Text>
      {data.me.error ? (
        <ErrorBar
          error={data.me.error}
          what="Your own profile"
          retry={() => void data.me.refetch()}
        />
      ) : null}
      {data.versions.some((v) => v.error) ? (
        // Without the earlier versions the checklist cannot tell which were agreed here.
        <ErrorBar
          error={data.versions.find((v) => v.error)?.error}
          what="Earlier contract versions"
          retry={() => {
            for (const v of data.versions) if (v.error) void v.refetch();
          }}
        />
      ) : null}
      {!report ? (
        data.team.isPending ? (
          <Spinner label="Loading your team" />
        ) : null
      ) : (
        <QueryState
          query={data.conversations}
          what="The conversations"
          loadingLabel="Loading the conversations"
        >
          {(conversations) => (
            <QueryState
              query={data.contract}
              what="The development contract"
              loadingLabel="Loading the contract"
            >
              {(contract) => (
                <CloseContent
                  reportId={reportId}
                  zone={zone}
                  now={now}
                  report={report}
                  manager={data.me.data}
                  conversations={conversations}
                  contract={contract}
                  versions={data.versions.map((v) => v.data)}
                  transitions={data.profile.data?.transitions ?? []}
                />
              )}
            </QueryState>
          )}
        </QueryState>
      )}
    </ReportJourneyLayout>
  );
}
