import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { TeamEmptyState } from '../../../domain';

/** What a new manager does first, in the playbook's words: "You do. Do not wait." */
export function EmptyState({ state }: { state: TeamEmptyState }) {
  if (state === 'no-reports') {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>No direct reports yet</MessageBarTitle>
          When people report to you in your organisation’s directory, they appear here. Until then,
          read the <Link href="#/quick-reference">question bank</Link> to prepare.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Start with a first career conversation</MessageBarTitle>
        You have not held a career conversation with anyone yet. Do not wait for them to raise it:
        book a dedicated session of at least 60 minutes with each person (not a 1:1, not a review),
        send a light reflection prompt a few days before, and start from their perspective. The{' '}
        <Link href="#/quick-reference">question bank</Link> has the questions.
      </MessageBarBody>
    </MessageBar>
  );
}
