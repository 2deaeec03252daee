import { MessageBar, MessageBarBody, Radio, RadioGroup, Text } from '@fluentui/react-components';
import type { BookingOptions } from '../../../app/my-365/booking';
import type { BookingFormat, TimeZoneId } from '../../../domain';
import { useBookingStyles } from './booking-styles';
import { useDateFormat } from '../../shared/use-date-format';
import { bothTimes, sessionName } from './session-label';
import { SkippedDaysList } from './skipped-days-list';

export type Choice = number | 'own' | undefined;

export interface ProposalListProps {
  options: BookingOptions;
  format: BookingFormat;
  chosen: Choice;
  onChoose: (choice: Exclude<Choice, undefined>) => void;
  reportZone: TimeZoneId;
  reportName: string;
}

/** The planner's proposals as choices, and "pick your own times" as the last one. */
export function ProposalList(props: ProposalListProps) {
  const { options, format, chosen, onChoose, reportZone, reportName } = props;
  const styles = useBookingStyles();
  const dates = useDateFormat();
  if (!options.ok) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{options.errors.map((e) => e.message).join(' ')}</MessageBarBody>
      </MessageBar>
    );
  }
  const { plan, calendar } = options;
  const proposals = plan.ok ? plan.proposals : [];
  return (
    <>
      {calendar.unreadable.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            The free/busy of {calendar.unreadable.map((p) => p.displayName).join(' and ')} could not
            be read, so these times only avoid what is known. Check with them before booking.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {calendar.oneOnOnes.length > 0 ? (
        <Text className={styles.muted}>
          Kept clear of your {calendar.oneOnOnes.length} 1:1s with {reportName} in this period
          (next: {dates.dayTime(calendar.oneOnOnes[0]?.start ?? '')}), with a gap either side.
        </Text>
      ) : null}
      {!plan.ok ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{plan.errors.map((e) => e.message).join(' ')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <SkippedDaysList skipped={plan.skipped ?? []} />
      <RadioGroup
        aria-labelledby="slots-title"
        value={chosen === undefined ? '' : String(chosen)}
        onChange={(_, data) => {
          onChoose(data.value === 'own' ? 'own' : Number(data.value));
        }}
      >
        {proposals.map((proposal, index) => (
          <Radio
            key={proposal.sessions[0]?.start ?? index}
            value={String(index)}
            label={
              <span className={styles.proposal}>
                <Text weight="semibold">Option {index + 1}</Text>
                {proposal.sessions.map((s, i) => {
                  const times = bothTimes(s, dates, reportZone, reportName);
                  return (
                    <Text key={s.start}>
                      {sessionName(format, i)}: {times.mine}
                      {times.theirs ? ` (${times.theirs})` : ''}
                    </Text>
                  );
                })}
                <Text className={styles.muted}>
                  {proposal.recurrence.summary}; the prompt reaches {reportName}{' '}
                  {dates.dayTime(proposal.promptDeliverAt)}.
                </Text>
                {proposal.warnings.map((w) => (
                  <Text key={w} className={styles.muted}>
                    {w}
                  </Text>
                ))}
              </span>
            }
          />
        ))}
        <Radio value="own" label="Pick your own times" />
      </RadioGroup>
    </>
  );
}
