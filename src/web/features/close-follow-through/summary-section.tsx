import {
  Button,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import { useMemo } from 'react';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import {
  composeContractSummary,
  defaultSummaryIntro,
  type ChecklistItemState,
  type DevelopmentContract,
  type Person,
  type Temporal,
  type TimeZoneId,
} from '../../../domain';
import { hrefFor } from '../../app/routes';
import { ErrorBar } from '../../shared/query-state';
import { useSendSummary } from './api/send-summary';
import { summaryCountdown } from '../../shared/follow-through-state';
import { useSectionStyles } from './section-styles';
import { IntroLintHints } from './intro-lint-hints';
import { useIntroDraft } from './use-intro-draft';

const useStyles = makeStyles({
  preview: {
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    maxHeight: '28rem',
    overflowY: 'auto',
    '& h2': {
      fontSize: tokens.fontSizeBase400,
      lineHeight: tokens.lineHeightBase400,
      fontWeight: tokens.fontWeightSemibold,
      margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    },
    '& p': { margin: `${tokens.spacingVerticalXS} 0` },
    '& ul': { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface SummarySectionProps {
  reportId: string;
  closing: ConversationRecord;
  contract: DevelopmentContract | undefined;
  manager: Person | undefined;
  report: Person;
  zone: TimeZoneId;
  now: Temporal.Instant;
  /** The checklist's "sent a written summary within 48 hours", for its deadline and evidence. */
  item: ChecklistItemState | undefined;
}

function Deadline({ item, now }: Pick<SummarySectionProps, 'item' | 'now' | 'zone'>) {
  const dates = useDateFormat();
  const styles = useStyles();
  if (item?.dueBy === undefined) return null;
  const countdown = summaryCountdown(item.dueBy, now);
  return (
    <Text className={item.overdue === true ? styles.overdue : undefined}>
      {item.overdue === true
        ? `Not sent yet: ${countdown} (it was due by ${dates.instant(item.dueBy)}). Send it now: late is better than never.`
        : `The playbook asks for it within 48 hours: ${countdown}, by ${dates.instant(item.dueBy)}.`}
    </Text>
  );
}

/**
 * "Sent a written summary of the development contract within 48 hours": the summary as the
 * report will read it, with an opening the manager may rewrite, mailed from their own mailbox.
 */
export function SummarySection(props: SummarySectionProps) {
  const dates = useDateFormat();
  const { reportId, closing, contract, manager, report, zone, now, item } = props;
  const styles = useStyles();
  const section = useSectionStyles();
  const [draft, setDraft, clearDraft] = useIntroDraft(closing.id);
  const send = useSendSummary(reportId);
  const defaultIntro = useMemo(
    () => (contract ? defaultSummaryIntro({ contract, conversation: closing, zone }) : ''),
    [contract, closing, zone],
  );
  const intro = draft ?? defaultIntro;
  const message = useMemo(
    () =>
      contract && manager
        ? composeContractSummary({
            manager,
            report,
            contract,
            conversation: closing,
            zone,
            now,
            intro,
          })
        : undefined,
    [contract, manager, report, closing, zone, now, intro],
  );

  const heading = (
    <Title3 as="h2" id="summary-title">
      Send the written summary
    </Title3>
  );
  if (closing.summarySentAt !== undefined) {
    return (
      <section aria-labelledby="summary-title" className={section.section}>
        {heading}
        <Text aria-live="polite">
          Sent {dates.instant(closing.summarySentAt)} to {report.displayName}.{' '}
          {item?.ticked === true ? 'Within the 48 hours.' : (item?.hint ?? '')}
        </Text>
        <Text className={section.muted}>The mail is in your Sent Items.</Text>
      </section>
    );
  }
  if (!contract) {
    return (
      <section aria-labelledby="summary-title" className={section.section}>
        {heading}
        <Deadline item={item} now={now} zone={zone} />
        <MessageBar intent="warning">
          <MessageBarBody>
            There is no development contract to summarise yet.{' '}
            <Link href={hrefFor({ screen: 'contract', reportId })}>Agree the contract</Link> first,
            then send it in writing.
          </MessageBarBody>
        </MessageBar>
      </section>
    );
  }
  const notHeld = closing.state !== 'held';
  const submit = () => {
    if (!manager) return;
    send.mutate(
      { manager, report, contract, conversation: closing, zone, intro },
      { onSuccess: clearDraft },
    );
  };
  return (
    <section aria-labelledby="summary-title" className={section.section}>
      {heading}
      <Deadline item={item} now={now} zone={zone} />
      <Field
        label="Opening paragraph"
        hint="Say it in your own words if you like. The contract itself follows, as agreed."
      >
        <Textarea
          value={intro}
          resize="vertical"
          rows={3}
          onChange={(_, data) => {
            setDraft(data.value);
          }}
        />
      </Field>
      <IntroLintHints text={intro} />
      {draft !== undefined && draft !== defaultIntro ? (
        <div>
          <Button appearance="subtle" onClick={clearDraft}>
            Use the playbook’s opening
          </Button>
        </div>
      ) : null}
      {message ? (
        <>
          <Text>
            <Text weight="semibold">To:</Text> {report.displayName} ({report.mail}){' '}
            <Text weight="semibold">Subject:</Text> {message.subject}
          </Text>
          <div
            role="region"
            aria-label="Preview of the summary mail"
            className={styles.preview}
            // The domain renders the mail with every piece of text escaped (message-blocks.ts).
            dangerouslySetInnerHTML={{ __html: message.html }}
          />
        </>
      ) : (
        <Spinner size="tiny" label="Preparing the preview" />
      )}
      {send.error ? (
        <ErrorBar
          title="The summary was not sent"
          error={send.error}
          what="The summary"
          retry={submit}
        />
      ) : null}
      <div className={section.row}>
        <Button
          appearance="primary"
          disabled={notHeld || !manager || send.isPending}
          onClick={submit}
        >
          Send the summary to {report.displayName}
        </Button>
        <span aria-live="polite">
          {send.isPending ? <Spinner size="tiny" label="Sending from your mailbox…" /> : null}
        </span>
      </div>
      {notHeld ? (
        <Text className={section.muted}>
          Mark the conversation as held first: the 48 hours count from then.
        </Text>
      ) : null}
    </section>
  );
}
