import { Link, Text, Title3 } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import { useState } from 'react';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import type { BookNextOutcome } from '../../../app/my-365/follow-through';
import { type Interval, type Person, type ReportHistory, type TimeZoneId } from '../../../domain';
import { useBookNextConversation } from '../../data/book-next-conversation';
import { BookNextControls } from '../../shared/book-next-controls';
import { useSectionStyles } from './section-styles';

export interface NextConversationSectionProps {
  reportId: string;
  zone: TimeZoneId;
  closing: ConversationRecord;
  history: ReportHistory;
  manager: Person | undefined;
  report: Person;
  /** The quarterly date and the cadence's sentence (nextConversationState). */
  dueBy: string;
  message: string;
  booked: ConversationRecord | undefined;
  /** Next quarter's occurrence the series already holds in the calendar, not yet on record. */
  repeat?: Interval;
}

const SOURCE_TEXT: Record<BookNextOutcome['source'], string> = {
  existing: 'It was already booked.',
  series: 'Your quarterly series already held it: it is now on record.',
  booked: 'Booked as a Teams meeting in both calendars, recurring every quarter.',
};

/** "Booked the next career conversation": a quarter on, in both calendars, before you move on. */
export function NextConversationSection(props: NextConversationSectionProps) {
  const dates = useDateFormat();
  const { reportId, zone, closing, history, manager, report, dueBy, message, booked, repeat } =
    props;
  const section = useSectionStyles();
  const book = useBookNextConversation(reportId, zone);
  const [outcome, setOutcome] = useState<BookNextOutcome['source']>();
  const submit = () => {
    if (!manager) return;
    book.mutate(
      { history, closing, manager, report },
      {
        onSuccess: (result) => {
          setOutcome(result.source);
        },
      },
    );
  };

  return (
    <section aria-labelledby="next-title" className={section.section}>
      <Title3 as="h2" id="next-title">
        Book the next conversation
      </Title3>
      {booked?.event ? (
        <div aria-live="polite">
          <Text block weight="semibold">
            Booked for {dates.range(booked.event.start, booked.event.end)}
          </Text>
          <Text block className={section.muted}>
            {outcome ? `${SOURCE_TEXT[outcome]} ` : ''}
            {booked.event.seriesId ? 'It is part of your quarterly series with ' : 'With '}
            {report.displayName}.{' '}
            {booked.event.joinUrl ? (
              <Link href={booked.event.joinUrl} target="_blank" rel="noreferrer">
                Teams meeting link
              </Link>
            ) : null}
          </Text>
        </div>
      ) : (
        <>
          {repeat ? (
            <Text block weight="semibold">
              Booked for {dates.range(repeat.start, repeat.end)}: your quarterly series already
              holds it in both calendars. Book it here to put it on record.
            </Text>
          ) : (
            <Text>
              {message}. Due by {dates.date(dueBy)}: a time free for you both near then, 90 minutes
              for all three parts, as a Teams meeting that recurs quarterly.
            </Text>
          )}
          <BookNextControls
            error={book.error}
            pending={book.isPending}
            disabled={!manager}
            rowClassName={section.row}
            onBook={submit}
          />
        </>
      )}
    </section>
  );
}
