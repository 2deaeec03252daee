import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  OverlayDrawer,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { TimeZoneId } from '../../../domain';
import { hrefFor, type ReportStep } from '../routes';
import { useReportOverview } from '../../data/use-report-data';
import { ErrorBar } from '../../shared/query-state';
import { fluentRef } from '../../shared/fluent-ref';
import { QuickReferenceCard } from '../../features/quick-reference/quick-reference-card';
import { JOURNEY_STEPS } from './journey-steps';
import { CollapsingNav } from '../../shared/collapsing-nav';
import { NARROW } from '../../shared/narrow';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    [NARROW]: { gap: tokens.spacingVerticalS },
  },
  title: {
    [NARROW]: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  },
  // Known from the team overview; on a narrow screen its line goes to the conversation.
  jobTitle: { color: tokens.colorNeutralForeground2, [NARROW]: { display: 'none' } },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  who: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  steps: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalS,
  },
});

export interface ReportJourneyLayoutProps {
  reportId: string;
  zone: TimeZoneId;
  step: ReportStep;
  /** The screen's own title (the page's h1). */
  title: string;
  children: ReactNode;
}

/**
 * The frame of every screen about one report: who it is about, the playbook's steps as links
 * (the current one marked for screen readers too), and the question bank in a drawer, so it is
 * one keypress away from any phase without leaving the conversation.
 */
export function ReportJourneyLayout({
  reportId,
  zone,
  step,
  title,
  children,
}: ReportJourneyLayoutProps) {
  const styles = useStyles();
  const [bankOpen, setBankOpen] = useState(false);
  const bankButton = useRef<HTMLButtonElement>(null);
  const bankWasOpen = useRef(false);
  // The drawer unmounts as it closes, so its own focus restore has nothing to return to: the
  // button that opened it takes focus back, as a keyboard user expects.
  useEffect(() => {
    if (bankOpen) bankWasOpen.current = true;
    else if (bankWasOpen.current) {
      bankWasOpen.current = false;
      bankButton.current?.focus();
    }
  }, [bankOpen]);
  const closeBank = () => {
    setBankOpen(false);
  };
  const team = useReportOverview(reportId, zone);
  const name = team.report?.person.displayName;

  return (
    <div className={styles.root}>
      <div className={styles.top}>
        <Link href={hrefFor({ screen: 'overview' })}>← Your team</Link>
        <Button
          ref={fluentRef(bankButton)}
          onClick={() => {
            setBankOpen(true);
          }}
        >
          Question bank
        </Button>
      </div>
      <div className={styles.who}>
        <Title2 as="h1" id="screen-title" className={styles.title}>
          {title}
          {name ? `: ${name}` : ''}
        </Title2>
        {team.report?.person.jobTitle ? (
          <Text className={styles.jobTitle}>{team.report.person.jobTitle}</Text>
        ) : null}
      </div>
      {team.error && !team.report ? (
        <ErrorBar error={team.error} what="Your team" retry={() => void team.refetch()} />
      ) : null}
      {team.data && !team.report ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            This person is not one of your current direct reports. Only their current manager sees
            their records.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <CollapsingNav
        label="Steps for this person"
        selectLabel="Step"
        className={styles.steps}
        current={step}
        currentAs="page"
        items={JOURNEY_STEPS.map((s) => ({
          key: s.step,
          label: s.label,
          href: hrefFor(
            s.step === 'conversation'
              ? { screen: 'conversation', reportId, phase: 'where-now' }
              : { screen: s.step, reportId },
          ),
        }))}
      />
      {children}
      {/* Mounted only while open: a closed drawer still registers a modal with Tabster, whose
          focus sentinels on <body> axe reports as focusable aria-hidden elements. */}
      {bankOpen ? (
        <OverlayDrawer
          position="end"
          size="medium"
          open={bankOpen}
          onOpenChange={(_, data) => {
            if (data.open) setBankOpen(true);
            else closeBank();
          }}
        >
          <DrawerHeader>
            <DrawerHeaderTitle
              action={
                <Button appearance="subtle" onClick={closeBank}>
                  Close
                </Button>
              }
            >
              Question bank
            </DrawerHeaderTitle>
          </DrawerHeader>
          <DrawerBody>
            <QuickReferenceCard titleAs="h2" />
          </DrawerBody>
        </OverlayDrawer>
      ) : null}
    </div>
  );
}
