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
import { useState, type ReactNode } from 'react';
import type { TimeZoneId } from '../../../domain';
import { hrefFor, type ReportStep } from '../../app/routes';
import { useReportOverview } from '../../data/use-report-data';
import { ErrorBar } from '../../shared/query-state';
import { QuickReferenceCard } from '../quick-reference/quick-reference-card';
import { JOURNEY_STEPS } from './journey-steps';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  who: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground2 },
  steps: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalS,
  },
  current: { fontWeight: tokens.fontWeightSemibold, textDecorationLine: 'underline' },
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
  const team = useReportOverview(reportId, zone);
  const name = team.report?.person.displayName;

  return (
    <div className={styles.root}>
      <div className={styles.top}>
        <div className={styles.who}>
          <Link href={hrefFor({ screen: 'overview' })}>← Your team</Link>
          <Title2 as="h1" id="screen-title">
            {title}
            {name ? `: ${name}` : ''}
          </Title2>
          {team.report?.person.jobTitle ? (
            <Text className={styles.muted}>{team.report.person.jobTitle}</Text>
          ) : null}
        </div>
        <Button
          onClick={() => {
            setBankOpen(true);
          }}
        >
          Question bank
        </Button>
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
      <nav aria-label="Steps for this person">
        <ul className={styles.steps}>
          {JOURNEY_STEPS.map((s) => (
            <li key={s.step}>
              <Link
                href={hrefFor(
                  s.step === 'conversation'
                    ? { screen: 'conversation', reportId, phase: 'where-now' }
                    : { screen: s.step, reportId },
                )}
                className={s.step === step ? styles.current : undefined}
                aria-current={s.step === step ? 'page' : undefined}
              >
                {s.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
      {/* Mounted only while open: a closed drawer still registers a modal with Tabster, whose
          focus sentinels on <body> axe reports as focusable aria-hidden elements. */}
      {bankOpen ? (
        <OverlayDrawer
          position="end"
          size="medium"
          open={bankOpen}
          onOpenChange={(_, data) => {
            setBankOpen(data.open);
          }}
        >
          <DrawerHeader>
            <DrawerHeaderTitle
              action={
                <Button
                  appearance="subtle"
                  onClick={() => {
                    setBankOpen(false);
                  }}
                >
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
