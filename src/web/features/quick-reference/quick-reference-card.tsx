import {
  Badge,
  Button,
  Card,
  CardHeader,
  Field,
  makeStyles,
  SearchBox,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { QUICK_REFERENCE_TITLE, quickReference } from '../../../domain/playbook';
import type { Question } from '../../../domain/playbook';
import { filterQuickReference } from './filter-quick-reference';

const useStyles = makeStyles({
  intro: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))',
    gap: tokens.spacingHorizontalL,
    marginTop: tokens.spacingVerticalL,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  question: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  text: { flexGrow: 1 },
  caution: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
  badge: { whiteSpace: 'nowrap' },
  search: { maxWidth: '420px' },
});

/**
 * The playbook's question bank on one card, rendered from the domain data. In a drawer beside a
 * conversation its title is a level-2 heading under the screen's own.
 */
export function QuickReferenceCard({ titleAs = 'h1' }: { titleAs?: 'h1' | 'h2' }) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const groups = useMemo(() => filterQuickReference(quickReference(), query), [query]);
  const shown = groups.reduce((count, group) => count + group.questions.length, 0);

  return (
    <section aria-labelledby="quick-reference-title">
      <div className={styles.intro}>
        <Title2 as={titleAs} id="quick-reference-title">
          {QUICK_REFERENCE_TITLE}
        </Title2>
        <Text>
          Start from their perspective, not yours. People give the acceptable answer before the real
          one: give it space.
        </Text>
        <Field label="Find a question" className={styles.search}>
          <SearchBox
            value={query}
            onChange={(_, data) => {
              setQuery(data.value);
            }}
          />
        </Field>
        <Text role="status" aria-live="polite">
          {query ? `${shown} matching question${shown === 1 ? '' : 's'}` : ''}
        </Text>
      </div>
      <div className={styles.grid}>
        {groups.map((group) => (
          <Card key={group.id} aria-labelledby={`qr-${group.id}`} role="region">
            <CardHeader
              header={
                <Text
                  as={titleAs === 'h1' ? 'h2' : 'h3'}
                  weight="semibold"
                  size={400}
                  id={`qr-${group.id}`}
                >
                  {group.title}
                </Text>
              }
            />
            <ul className={styles.list}>
              {group.questions.map((question) => (
                <QuestionItem key={question.id} question={question} />
              ))}
            </ul>
          </Card>
        ))}
      </div>
    </section>
  );
}

function QuestionItem({ question }: { question: Question }) {
  const styles = useStyles();
  const [copied, setCopied] = useState(false);
  const copy = (): void => {
    void navigator.clipboard.writeText(question.text).then(() => {
      setCopied(true);
    });
  };

  return (
    <li className={styles.question}>
      <div className={styles.row}>
        <Text className={styles.text} id={`q-${question.id}`}>
          {question.text}
        </Text>
        <Button
          size="small"
          appearance="subtle"
          onClick={copy}
          aria-describedby={`q-${question.id}`}
        >
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
      {question.trustGated && (
        <div className={styles.caution}>
          <Badge appearance="tint" color="warning" className={styles.badge}>
            Only with real trust
          </Badge>
          {question.caution && <Text size={200}>{question.caution}</Text>}
        </div>
      )}
    </li>
  );
}
