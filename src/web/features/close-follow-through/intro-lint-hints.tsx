import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { lintPromiseLanguage } from '../../../domain';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * The promise lint on the manager's own opening: the summary is the written record, and a
 * "you'll get the promotion" in it is Failure 4 in writing. A warning, not a block: the manager
 * decides, with the honest rephrasings in front of them.
 */
export function IntroLintHints({ text }: { text: string }) {
  const styles = useStyles();
  const findings = useMemo(
    () =>
      lintPromiseLanguage(text, { party: 'manager', context: 'summary' }).filter(
        (f) => f.severity === 'warning',
      ),
    [text],
  );
  return (
    <div aria-live="polite">
      {findings.map((finding) => (
        <MessageBar
          key={`${finding.rule}:${String(finding.span.start)}`}
          intent="warning"
          layout="multiline"
        >
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>“{finding.excerpt}”</MessageBarTitle>
            <Text>{finding.message}</Text>
            {finding.suggestions.length > 0 ? (
              <>
                <Text>Honest ways to say it:</Text>
                <ul className={styles.list}>
                  {finding.suggestions.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
