import { makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** One numbered step of the review, as its own landmark with an h2. */
export function ReviewStepCard({
  id,
  number,
  title,
  lead,
  children,
}: {
  id: string;
  number: number;
  title: string;
  lead?: string | undefined;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section className={styles.card} aria-labelledby={`${id}-title`}>
      <Title3 as="h2" id={`${id}-title`}>
        {number}. {title}
      </Title3>
      {lead === undefined ? null : <Text className={styles.muted}>{lead}</Text>}
      {children}
    </section>
  );
}
