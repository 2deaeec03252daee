import { Badge, makeStyles, Text } from '@fluentui/react-components';

const useStyles = makeStyles({ reasons: { display: 'flex', flexDirection: 'column' } });
import type { GoodLooksLikeState, PersonStatusCode } from '../../domain';

// Every status carries its words: colour only repeats what the text says.

const PERSON = {
  overdue: { label: 'Overdue', color: 'danger' },
  'due-soon': { label: 'Due soon', color: 'warning' },
  booked: { label: 'Booked', color: 'informative' },
  'on-track': { label: 'On track', color: 'success' },
} as const;

/** The one status of a person: conversations and both sides' commitments together. */
export function PersonStatusBadge({ status }: { status: PersonStatusCode }) {
  const { label, color } = PERSON[status];
  return (
    <Badge appearance="tint" color={color} shape="rounded">
      {label}
    </Badge>
  );
}

/** Why the status is what it is, most pressing first, one line each. */
export function StatusReasons({ reasons }: { reasons: readonly string[] }) {
  const styles = useStyles();
  return (
    <span className={styles.reasons}>
      {reasons.map((reason) => (
        <Text key={reason}>{reason}</Text>
      ))}
    </span>
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
