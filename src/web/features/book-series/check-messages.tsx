import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { SessionCheck } from '../../../app/my-365/booking';
import { useBookingStyles } from './booking-styles';

/**
 * What the domain found about one session: refusals first (they block booking), then warnings
 * (the manager may go ahead, but should know), each in the playbook's words.
 */
export function CheckMessages({ check }: { check: SessionCheck | undefined }) {
  const styles = useBookingStyles();
  if (!check || (check.errors.length === 0 && check.warnings.length === 0)) return null;
  return (
    <div className={styles.issues}>
      {check.errors.map((issue) => (
        <MessageBar key={issue.code} intent="error" layout="multiline">
          <MessageBarBody>{issue.message}</MessageBarBody>
        </MessageBar>
      ))}
      {check.warnings.map((issue) => (
        <MessageBar key={issue.code} intent="warning" layout="multiline">
          <MessageBarBody>{issue.message}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
