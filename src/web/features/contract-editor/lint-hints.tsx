import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { LintFinding } from '../../../domain';
import { adviceOnly, applicableSuggestions } from './apply-suggestion';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  suggestion: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const TITLES: Record<LintFinding['code'], string> = {
  promise: 'A promise you may not be able to keep',
  'vague-timing': 'Not a date yet',
  'vague-action': 'Too vague to check',
};

/**
 * The promise and vagueness lint for one commitment, as the manager types: why, in the
 * playbook's words, and honest rephrasings that one click puts in place of the sentence.
 */
export function LintHints({
  findings,
  onApply,
}: {
  findings: readonly LintFinding[];
  onApply: (finding: LintFinding, suggestion: string) => void;
}) {
  const styles = useStyles();
  // The same problem found twice in one wording (two triggers for one promise) is shown once.
  const shown = findings.filter(
    (f, i) => findings.findIndex((g) => g.code === f.code && g.message === f.message) === i,
  );
  return (
    <div aria-live="polite">
      {shown.map((finding) => (
        <MessageBar
          key={`${finding.rule}:${String(finding.span.start)}`}
          intent={finding.severity === 'warning' ? 'warning' : 'info'}
          layout="multiline"
        >
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{TITLES[finding.code]}</MessageBarTitle>
            <Text>{finding.message}</Text>
            <ul className={styles.list} aria-label="Honest rephrasings">
              {applicableSuggestions(finding).map((suggestion) => (
                <li key={suggestion} className={styles.suggestion}>
                  <Text italic>“{suggestion}”</Text>
                  <Button
                    size="small"
                    aria-label={`Use this wording: ${suggestion}`}
                    onClick={() => {
                      onApply(finding, suggestion);
                    }}
                  >
                    Use this wording
                  </Button>
                </li>
              ))}
              {adviceOnly(finding).map((advice) => (
                <li key={advice}>
                  <Text>{advice}</Text>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
