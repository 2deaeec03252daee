import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import type {
  ConversationRecord,
  CurrentContract,
} from '../../../adapters/career-api/career-api-client';
import type { ReviewStep } from '../../../app/my-365/contract/record-review-step';
import {
  cadenceFor,
  composeOpeningAgenda,
  GOALS_CHANGED,
  Temporal,
  type TimeZoneId,
} from '../../../domain';
import { hrefFor, navigate } from '../../app/routes';
import { currentConversation, lastHeldConversation } from '../../data/current-conversation';
import {
  useAgenda,
  useContract,
  useContractVersion,
  useConversations,
} from '../../data/use-report-data';
import { ErrorBar, QueryState } from '../../shared/query-state';
import { conversationLabel } from '../../../domain';
import { ReportJourneyLayout } from '../../app/report-journey/report-journey-layout';
import type { ReportScreenProps } from '../../app/report-journey/report-screen-props';
import { useRecordReviewStep } from './api/record-review-step';
import { ManagerCommitmentsStep } from './manager-commitments-step';
import { OpeningAgendaSection } from './opening-agenda-section';
import { ongoingReview } from '../../data/review-record';
import { ReviewStepCard } from './review-step-card';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  muted: { color: tokens.colorNeutralForeground2 },
  question: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
});

/** Screen 9: the monthly contract review (20–30 minutes, may sit inside a 1:1). */
export function MonthlyReviewScreen({ reportId, zone }: ReportScreenProps) {
  const styles = useStyles();
  const contract = useContract(reportId, zone);
  const conversations = useConversations(reportId);
  const cadence = cadenceFor('review');
  return (
    <ReportJourneyLayout reportId={reportId} zone={zone} step="review" title="Monthly review">
      <div className={styles.root}>
        <Text className={styles.muted}>
          {cadence.conversation}: {cadence.duration.min}–{cadence.duration.max} minutes,{' '}
          {cadence.format.toLowerCase()}. {cadence.role}
        </Text>
        <QueryState query={contract} what="The contract" loadingLabel="Loading the contract…">
          {(current) =>
            current === null ? (
              <Text>
                There is no development contract to review yet.{' '}
                <Link href={hrefFor({ screen: 'contract', reportId })}>Agree the first one</Link>.
              </Text>
            ) : (
              <QueryState
                query={conversations}
                what="The conversations"
                loadingLabel="Loading conversations…"
              >
                {(list) => (
                  <ReviewSteps
                    reportId={reportId}
                    zone={zone}
                    contract={current}
                    items={list.items}
                  />
                )}
              </QueryState>
            )
          }
        </QueryState>
      </div>
    </ReportJourneyLayout>
  );
}

function ReviewSteps({
  reportId,
  zone,
  contract,
  items,
}: {
  reportId: string;
  zone: TimeZoneId;
  contract: CurrentContract;
  items: readonly ConversationRecord[];
}) {
  const dates = useDateFormat();
  const styles = useStyles();
  const now = Temporal.Now.instant();
  const review = ongoingReview(items, now, zone);
  const record = useRecordReviewStep(reportId);
  const lastHeld = lastHeldConversation(items.filter((c) => c.id !== review?.id));
  const lastFull = lastHeldConversation(items.filter((c) => c.kind === 'full'));
  const previous = useContractVersion(reportId, lastFull?.contractVersion);
  // What the report added to the shared agenda for this manager, shown in the opening.
  const raised = useAgenda(reportId);
  const agenda = composeOpeningAgenda({
    contract: {
      id: contract.id,
      reportId,
      managerId: contract.managerId,
      versions: [contract.current],
    },
    ...(previous.data === undefined ? {} : { previousVersion: previous.data }),
    now,
    zone,
    raisedByReport: raised.data?.items.map((item) => item.text) ?? [],
  });
  const section = (id: string) => agenda.sections.find((s) => s.id === id);
  const step = (which: ReviewStep) => {
    record.mutate({ existing: review, step: which });
  };
  const since = lastHeld?.heldAt ?? lastHeld?.event?.start;

  return (
    <>
      {record.error ? (
        <ErrorBar error={record.error} what="The review record" title="Not recorded" />
      ) : null}
      <ReviewStepCard
        id="own-commitments"
        number={1}
        title="Your own commitments first"
        lead="What did you do, and what did you not do? Say it before anything else."
      >
        <ManagerCommitmentsStep
          reportId={reportId}
          zone={zone}
          contract={contract}
          items={section('manager-commitments')?.items ?? []}
          reviewedAt={review?.previousCommitmentsReviewedAt}
          recording={record.isPending}
          onReviewed={() => {
            step('previousCommitmentsReviewedAt');
          }}
        />
      </ReviewStepCard>
      <ReviewStepCard id="whats-changed" number={2} title="Then ask">
        <Text className={styles.question}>“{section('whats-changed')?.items[0]?.text}”</Text>
        <Text className={styles.muted}>
          {since === undefined
            ? 'You have not held a conversation with them yet.'
            : `You last spoke on ${dates.instant(since)} (${conversationLabel(lastHeld?.kind ?? 'full').toLowerCase()}).`}{' '}
          {GOALS_CHANGED.normalising}{' '}
          <Link href={hrefFor({ screen: 'triggers', reportId })}>
            The signs that goals changed, and how to name it
          </Link>
        </Text>
        <div aria-live="polite">
          {review?.openedWithWhatsChangedAt === undefined ? (
            <Button
              appearance="primary"
              disabled={record.isPending}
              onClick={() => {
                step('openedWithWhatsChangedAt');
              }}
            >
              I asked what has changed
            </Button>
          ) : (
            <Text weight="semibold">Asked {dates.instant(review.openedWithWhatsChangedAt)}.</Text>
          )}
        </div>
      </ReviewStepCard>
      <ReviewStepCard
        id="update-contract"
        number={3}
        title="Update the contract"
        lead={section('update-contract')?.items[0]?.text}
      >
        <Text>
          Version {contract.current.version}, agreed {dates.instant(contract.current.agreedAt)}:{' '}
          {contract.health.open} open, {contract.health.done} done.
        </Text>
        <div>
          <Button
            onClick={() => {
              navigate({ screen: 'contract', reportId, reason: 'monthly-review' });
            }}
          >
            Update the contract for this review
          </Button>
        </div>
      </ReviewStepCard>
      <OpeningAgendaSection
        reportId={reportId}
        agenda={agenda}
        next={currentConversation(
          items.filter((c) => c.state === 'booked'),
          'full',
        )}
      />
    </>
  );
}
