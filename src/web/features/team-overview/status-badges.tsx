import { Badge } from '@fluentui/react-components';
import type { CadenceStatus, GoodLooksLikeState } from '../../../domain';

// Every status carries its words: colour only repeats what the text says.

const CADENCE = {
  'on-track': { label: 'On track', color: 'success' },
  'due-soon': { label: 'Due soon', color: 'warning' },
  overdue: { label: 'Overdue', color: 'danger' },
} as const;

export function CadenceBadge({ status }: { status: CadenceStatus }) {
  const { label, color } = CADENCE[status];
  return (
    <Badge appearance="tint" color={color} shape="rounded">
      {label}
    </Badge>
  );
}

const CONTRACT = {
  none: { label: 'No contract yet', color: 'informative' },
  'on-track': { label: 'On track', color: 'success' },
  overdue: { label: 'Overdue', color: 'danger' },
} as const;

export function ContractBadge({ state }: { state: keyof typeof CONTRACT }) {
  const { label, color } = CONTRACT[state];
  return (
    <Badge appearance="tint" color={color} shape="rounded">
      {label}
    </Badge>
  );
}

const CHECK = {
  met: { label: 'Met', color: 'success' },
  'not-yet': { label: 'Not yet', color: 'warning' },
  'self-assess': { label: 'For you to judge', color: 'informative' },
} as const;

export function CheckBadge({ state }: { state: GoodLooksLikeState }) {
  const { label, color } = CHECK[state];
  return (
    <Badge appearance="tint" color={color} shape="rounded">
      {label}
    </Badge>
  );
}
