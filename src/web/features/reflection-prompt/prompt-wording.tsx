import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Textarea,
} from '@fluentui/react-components';
import type { LintFinding } from '../../../domain';
import { usePromptStyles } from './prompt-styles';

export interface PromptWordingProps {
  name: string;
  text: string;
  onChange: (text: string) => void;
  edited: boolean;
  onReset: () => void;
  findings: readonly LintFinding[];
}

/** The prompt's words, editable, with the promise and vagueness lint where it applies. */
export function PromptWording({
  name,
  text,
  onChange,
  edited,
  onReset,
  findings,
}: PromptWordingProps) {
  const styles = usePromptStyles();
  return (
    <>
      <Field
        label={`What you send ${name}`}
        hint="A greeting, the date you meet and your name are added around it. Kept on this device as you type, until it is sent."
      >
        <Textarea
          value={text}
          onChange={(_, data) => {
            onChange(data.value);
          }}
          resize="vertical"
          rows={5}
        />
      </Field>
      {edited ? (
        <div>
          <Button onClick={onReset}>Use the playbook’s prompt</Button>
        </div>
      ) : null}
      <div aria-live="polite">
        {findings.map((finding) => (
          <MessageBar
            key={`${finding.rule}:${String(finding.span.start)}`}
            intent="warning"
            layout="multiline"
          >
            <MessageBarBody>
              <MessageBarTitle>“{finding.excerpt}”</MessageBarTitle>
              <Text>{finding.message}</Text>
              {finding.suggestions.length > 0 ? (
                <ul className={styles.list} aria-label="Honest rephrasings">
                  {finding.suggestions.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              ) : null}
            </MessageBarBody>
          </MessageBar>
        ))}
      </div>
    </>
  );
}
