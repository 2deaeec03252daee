import {
  Button,
  Card,
  Field,
  Input,
  makeStyles,
  Text,
  Textarea,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { DEVELOPMENT_CONTRACT } from '../../../domain';
import { problemsFor, type DraftProblem } from './check-draft';
import type { DraftReview } from './contract-draft';
import { monthInputId } from './field-ids';
import { plainList } from '../../shared/list-styles';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground2 },
  list: plainList(tokens.spacingVerticalS),
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
  },
  aspect: { flexGrow: 1, minWidth: '16rem' },
});

const sectionOf = (id: string) => DEVELOPMENT_CONTRACT.sections.find((s) => s.id === id);
const titleOf = (id: string) => (sectionOf(id)?.title ?? '').replace(/:$/, '');

function errorProps(problems: readonly DraftProblem[]) {
  return problems.length === 0
    ? {}
    : {
        validationState: 'error' as const,
        validationMessage: problems.map((p) => p.message).join(' '),
      };
}

export interface ReviewsSectionProps {
  reviews: readonly DraftReview[];
  openQuestion: string;
  problems: readonly DraftProblem[];
  showProblems: (key: string) => boolean;
  onChange: (next: DraftReview) => void;
  onRemove: (key: string) => void;
  onAdd: () => void;
  onOpenQuestion: (value: string) => void;
}

/** "What we will review" (month and aspect) and "the open question we are sitting with". */
export function ReviewsSection(props: ReviewsSectionProps) {
  const styles = useStyles();
  const shown = (key: string, field: string) =>
    props.showProblems(key) ? problemsFor(props.problems, `review:${key}`, field) : [];
  return (
    <>
      <section className={styles.section} aria-labelledby="review-title">
        <Title3 as="h2" id="review-title">
          {titleOf('review')}
        </Title3>
        <Text className={styles.muted}>{sectionOf('review')?.templates[0]}</Text>
        {props.reviews.length === 0 ? <Text>No review agreed yet.</Text> : null}
        <ol className={styles.list} aria-labelledby="review-title">
          {props.reviews.map((r, i) => {
            const label = `Review ${String(i + 1)}`;
            return (
              <li key={r.key}>
                <Card role="group" aria-label={label}>
                  <div className={styles.row}>
                    <Field label={`${label}: in`} {...errorProps(shown(r.key, 'month'))}>
                      <Input
                        id={monthInputId(r.key)}
                        type="month"
                        value={r.month}
                        onChange={(_, data) => {
                          props.onChange({ ...r, month: data.value });
                        }}
                      />
                    </Field>
                    <Field
                      label={`${label}: we will check in on`}
                      className={styles.aspect}
                      {...errorProps(shown(r.key, 'aspect'))}
                    >
                      <Input
                        value={r.aspect}
                        onChange={(_, data) => {
                          props.onChange({ ...r, aspect: data.value });
                        }}
                      />
                    </Field>
                    <Button
                      onClick={() => {
                        props.onRemove(r.key);
                      }}
                    >
                      Remove {label.toLowerCase()}
                    </Button>
                  </div>
                </Card>
              </li>
            );
          })}
        </ol>
        <div>
          <Button onClick={props.onAdd}>Add a review month</Button>
        </div>
      </section>
      <section className={styles.section} aria-labelledby="open-question-title">
        <Title3 as="h2" id="open-question-title">
          {titleOf('open-question')}
        </Title3>
        <Field
          label="The open question"
          hint={sectionOf('open-question')?.templates[0] ?? null}
          {...errorProps(props.problems.filter((p) => p.target === 'openQuestion'))}
        >
          <Textarea
            value={props.openQuestion}
            resize="vertical"
            onChange={(_, data) => {
              props.onOpenQuestion(data.value);
            }}
          />
        </Field>
      </section>
    </>
  );
}
