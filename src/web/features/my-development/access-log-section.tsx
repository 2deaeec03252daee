import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { QueryState } from '../../shared/query-state';
import { ReportSection } from '../../shared/report-section';
import { useSectionStyles } from '../../shared/own-development/section-styles';
import { useDateFormat } from '../../shared/use-date-format';
import { accessLogDays, readersIn, type AccessDay } from './access-log-model';
import { useAccessLog, useReaderNames } from './api/access-log';

const useStyles = makeStyles({
  day: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * "Who read your records": the audit trail's reads about the person, a day at a time in their
 * own zone, each reader by name with what they read and how often.
 */
export function AccessLogSection({ userId, hasManager }: { userId: string; hasManager: boolean }) {
  const log = useAccessLog();
  const entries = log.data?.pages.flatMap((page) => page.aboutYou) ?? [];
  const names = useReaderNames(userId, hasManager, readersIn(entries, userId));
  const dates = useDateFormat();
  const sectionStyles = useSectionStyles();
  return (
    <ReportSection id="privacy-reads" title="Who read your records">
      <QueryState query={log} what="Who read your records" loadingLabel="Reading your access log…">
        {() => {
          const days = accessLogDays(entries, userId, names, dates);
          return (
            <>
              {days.length === 0 && (
                <Text>
                  {log.hasNextPage
                    ? 'Nobody else read your records in the latest entries.'
                    : 'Nobody else has read your records yet.'}
                </Text>
              )}
              {days.map((day) => (
                <AccessDayList key={day.heading} day={day} />
              ))}
              {log.hasNextPage && (
                <div className={sectionStyles.row}>
                  <Button
                    disabled={log.isFetchingNextPage}
                    onClick={() => {
                      void log.fetchNextPage();
                    }}
                  >
                    {log.isFetchingNextPage ? 'Loading earlier reads…' : 'Show earlier reads'}
                  </Button>
                </div>
              )}
            </>
          );
        }}
      </QueryState>
    </ReportSection>
  );
}

function AccessDayList({ day }: { day: AccessDay }) {
  const styles = useStyles();
  const sectionStyles = useSectionStyles();
  const headingId = useId();
  return (
    <div className={styles.day}>
      <Text as="h3" weight="semibold" id={headingId}>
        {day.heading}
      </Text>
      <ul className={sectionStyles.list} aria-labelledby={headingId}>
        {day.readers.map((reader) => (
          <li key={reader.readerId}>
            <Text weight="semibold">{reader.reader}</Text> read:
            <ul className={sectionStyles.list} aria-label={`What ${reader.reader} read`}>
              {reader.reads.map((read) => (
                <li key={read.what}>
                  {read.what}
                  {read.times === undefined ? '' : `, ${read.times}`}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
