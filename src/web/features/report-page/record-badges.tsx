import { Badge } from '@fluentui/react-components';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import type { CommitmentMark } from './report-page-model';

// Every status carries its words: colour only repeats what the text says.

const MARK = {
  overdue: { label: 'Overdue', color: 'danger' },
  open: { label: 'Open', color: 'informative' },
  done: { label: 'Done', color: 'success' },
  dropped: { label: 'Dropped', color: 'subtle' },
} as const;

export function CommitmentBadge({ mark }: { mark: CommitmentMark }) {
  const { label, color } = MARK[mark];
  return (
    <Badge appearance="tint" color={color} shape="rounded">
      {label}
    </Badge>
  );
}

const STATE = {
  booked: { label: 'Booked', color: 'informative' },
  held: { label: 'Held', color: 'success' },
  cancelled: { label: 'Cancelled', color: 'subtle' },
} as const;

export function ConversationStateBadge({ state }: { state: ConversationRecord['state'] }) {
  const { label, color } = STATE[state];
  return (
    <Badge appearance="tint" color={color} shape="rounded">
      {label}
    </Badge>
  );
}
