import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { NOT_FOR, WHEN_TO_USE } from '../../domain';

// The two things the playbook says a career conversation is not, that a leaving signal tempts.
const NOT_THIS = NOT_FOR.filter(
  (n) => n.id === 'extracting-leaving-intent' || n.id === 'retention-exercise',
);

/**
 * Shown with a leaving signal: talk now, as the playbook says, and remember what the
 * conversation is not for. The signal is a category and a date; it never becomes a score.
 */
export function LeavingSignalCaution() {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{WHEN_TO_USE.leavingSignalRule}.</MessageBarTitle>A career conversation is
        not:
        <ul>
          {NOT_THIS.map((n) => (
            <li key={n.id}>{n.text}</li>
          ))}
        </ul>
        Only the category and the date are recorded: nothing about their plans, and no score.
      </MessageBarBody>
    </MessageBar>
  );
}
