import { Button, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import {
  DEVELOPMENT_CONTRACT,
  MANAGER_COMMITMENT_KIND_LIST,
  REPORT_COMMITMENT_KIND_LIST,
  type CommitmentKind,
  type CommitmentStatus,
  type Party,
} from '../../../domain';
import type { DraftProblem } from './check-draft';
import { problemsFor } from './check-draft';
import { CommitmentCard } from './commitment-card';
import { plainList } from '../../shared/list-styles';
import type { DraftCommitment } from './contract-draft';

/** The card's agreed status, when the commitment was in the version the draft started from. */
function agreedStatusOf(
  c: DraftCommitment,
  agreed: ReadonlyMap<string, CommitmentStatus>,
): { agreedStatus?: CommitmentStatus } {
  const status = c.id === undefined ? undefined : agreed.get(c.id);
  return status === undefined ? {} : { agreedStatus: status };
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground2 },
  list: plainList(tokens.spacingVerticalM),
  starts: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
    gap: tokens.spacingVerticalS,
  },
  start: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px' },
});

const SECTION = {
  report: { id: 'their-commitments', label: 'Their commitment' },
  manager: { id: 'manager-commitments', label: 'Your commitment' },
} as const;

export interface ContractEditorCommitmentsProps {
  party: Party;
  commitments: readonly DraftCommitment[];
  /** The agreed commitments' status in the version the draft started from, by id. */
  agreed: ReadonlyMap<string, CommitmentStatus>;
  problems: readonly DraftProblem[];
  showProblems: (key: string) => boolean;
  onChange: (next: DraftCommitment) => void;
  onRemove: (key: string) => void;
  onQuickStart: (party: Party, kind: CommitmentKind) => void;
  /** The commitment a quick start just added, to put the cursor in. */
  justAdded: string | undefined;
}

/** One side of the contract: its commitments, and the playbook's kinds as quick starts. */
export function ContractEditorCommitments(props: ContractEditorCommitmentsProps) {
  const styles = useStyles();
  const { party, commitments } = props;
  const section = DEVELOPMENT_CONTRACT.sections.find((s) => s.id === SECTION[party].id);
  const title = (section?.title ?? '').replace(/:$/, '');
  const kinds = party === 'manager' ? MANAGER_COMMITMENT_KIND_LIST : REPORT_COMMITMENT_KIND_LIST;
  const headingId = `${SECTION[party].id}-title`;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Title3 as="h2" id={headingId}>
        {party === 'manager' ? `${title} (yours)` : title}
      </Title3>
      <Text className={styles.muted}>{section?.templates[0]}</Text>
      {commitments.length === 0 ? (
        <Text>None yet. Start from one of the kinds below.</Text>
      ) : (
        <ol className={styles.list} aria-labelledby={headingId}>
          {commitments.map((c, i) => (
            <li key={c.key}>
              <CommitmentCard
                commitment={c}
                label={`${SECTION[party].label} ${String(i + 1)}`}
                {...agreedStatusOf(c, props.agreed)}
                problems={problemsFor(props.problems, `commitment:${c.key}`)}
                showProblems={props.showProblems(c.key)}
                selectOnMount={c.key === props.justAdded}
                onChange={props.onChange}
                onRemove={() => {
                  props.onRemove(c.key);
                }}
              />
            </li>
          ))}
        </ol>
      )}
      <div role="group" aria-label={`Quick starts: ${title}`}>
        <ul className={styles.starts}>
          {kinds.map((kind) => (
            <li key={kind.id} className={styles.start}>
              <Button
                size="small"
                onClick={() => {
                  props.onQuickStart(party, kind.id);
                }}
              >
                Add: {kind.label}
              </Button>
              <Text size={200} className={styles.muted}>
                {kind.description}
              </Text>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
