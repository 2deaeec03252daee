import { makeStyles, Title3, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // Headings keep the section's own rhythm, not the browser's default margins.
    '& h2, & h3, & h4': { margin: 0 },
  },
});

/** One titled part of a report's page (an h2 under the screen's h1). */
export function ReportSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  const titleId = `${id}-title`;
  return (
    <section aria-labelledby={titleId} className={styles.section}>
      <Title3 as="h2" id={titleId}>
        {title}
      </Title3>
      {children}
    </section>
  );
}
