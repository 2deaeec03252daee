import { Link, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { BookingPeople } from '../../../app/my-365/booking';
import { reportZoneOf } from '../../../app/my-365/booking';
import { Temporal } from '../../../domain';
import { hrefFor } from '../../app/routes';
import { currentConversation } from '../../data/current-conversation';
import { useDirectoryPerson, useMePerson } from '../../data/use-directory-people';
import { useConversations } from '../../data/use-report-data';
import { ErrorBar, QueryState } from '../../shared/query-state';
import { ReportJourneyLayout } from '../../app/report-journey/report-journey-layout';
import type { ReportScreenProps } from '../../app/report-journey/report-screen-props';
import { PromptForm } from './prompt-form';
import { PromptStatus } from './prompt-status';
import { usePromptStyles } from './prompt-styles';

/** "Now", moved on each minute, so "will arrive" turns into "delivered" while the tab is open. */
function useMinuteClock(): Temporal.Instant {
  const [now, setNow] = useState(() => Temporal.Now.instant());
  useEffect(() => {
    const timer = window.setInterval(() => {
      setNow(Temporal.Now.instant());
    }, 60_000);
    return () => {
      window.clearInterval(timer);
    };
  }, []);
  return now;
}

/**
 * Screen 4, "Reflection prompt": the playbook's light prompt, sent a few days before the booked
 * conversation by deferred mail or now by Teams chat, and when it was or will be delivered.
 */
export function ReflectionPromptScreen({ reportId, zone }: ReportScreenProps) {
  const styles = usePromptStyles();
  const conversations = useConversations(reportId);
  const me = useMePerson();
  const report = useDirectoryPerson(reportId);
  const now = useMinuteClock();
  const people: BookingPeople | undefined = useMemo(
    () => (me.data && report.data ? { manager: me.data, report: report.data } : undefined),
    [me.data, report.data],
  );
  const peopleError: unknown = me.error ?? report.error;

  return (
    <ReportJourneyLayout reportId={reportId} zone={zone} step="prompt" title="Reflection prompt">
      <div className={styles.root}>
        {peopleError && !people ? (
          <ErrorBar
            error={peopleError}
            what="The directory"
            retry={() => {
              void me.refetch();
              void report.refetch();
            }}
          />
        ) : null}
        <QueryState
          query={conversations}
          what="The conversations"
          loadingLabel="Loading the booked conversation…"
        >
          {(list) => {
            const current = currentConversation(list.items);
            const event = current?.state === 'booked' ? current.event : undefined;
            if (!current || !event) {
              return (
                <MessageBar intent="info" layout="multiline">
                  <MessageBarBody>
                    The prompt goes out a few days before the conversation, so book the conversation
                    first.{' '}
                    <Link href={hrefFor({ screen: 'book', reportId })}>Book the conversation</Link>
                  </MessageBarBody>
                </MessageBar>
              );
            }
            if (!people) return peopleError ? null : <Spinner label="Loading who is who…" />;
            const reportZone = reportZoneOf(people, zone);
            return (
              <>
                <div aria-live="polite" role="status">
                  {current.prompt ? (
                    <PromptStatus
                      prompt={current.prompt}
                      meetsAt={event.start}
                      name={people.report.displayName}
                      reportZone={reportZone}
                      now={now}
                    />
                  ) : null}
                </div>
                {current.prompt ? (
                  <Link href={hrefFor({ screen: 'conversation', reportId, phase: 'where-now' })}>
                    Next: the conversation
                  </Link>
                ) : (
                  <PromptForm
                    reportId={reportId}
                    people={people}
                    conversation={{ ...current, event }}
                    zone={zone}
                    now={now}
                  />
                )}
              </>
            );
          }}
        </QueryState>
      </div>
    </ReportJourneyLayout>
  );
}
