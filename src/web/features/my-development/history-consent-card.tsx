import { Button, Text } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import type { ConsentRecord } from '../../../adapters/career-api/career-api-client';
import { ErrorBar, QueryState } from '../../shared/query-state';
import { ReportSection } from '../../shared/report-section';
import {
  useAnswerHistoryRequest,
  useGrantConsent,
  useHistoryConsents,
  useMyHistoryRequests,
  useRevokeConsent,
} from './api/history-consents';
import { useSectionStyles } from '../../shared/own-development/section-styles';

/**
 * A new manager starts with what is recorded from their own time on. Whether they also see what
 * you recorded with earlier managers is your decision, and you can take it back at any time.
 */
export function HistoryConsentCard({
  managerId,
  managerName,
  zone,
}: {
  managerId: string | undefined;
  managerName: string;
  zone: string;
}) {
  const styles = useSectionStyles();
  const consents = useHistoryConsents();
  return (
    <ReportSection id="my-consent" title="Your history and a new manager">
      <Text block>
        When you change manager, your new manager sees only what is recorded from their time on. If
        you agree, they can also read what you recorded with earlier managers: the contract
        versions, the notes shared with you, your direction in your own words. They can read it,
        never change it. Managers’ private preparation notes are never shared with anyone.
      </Text>
      <RequestFromManager managerId={managerId} managerName={managerName} />
      <QueryState query={consents} what="Your consents" loadingLabel="Reading your consents…">
        {(items) => (
          <Consents items={items} managerId={managerId} managerName={managerName} zone={zone} />
        )}
      </QueryState>
      <Text size={200} className={styles.muted}>
        Taking it back stops access from that moment on.
      </Text>
    </ReportSection>
  );
}

function Consents({
  items,
  managerId,
  managerName,
}: {
  items: ConsentRecord[];
  managerId: string | undefined;
  managerName: string;
  zone: string;
}) {
  const dates = useDateFormat();
  const styles = useSectionStyles();
  const grant = useGrantConsent();
  const revoke = useRevokeConsent();
  const active = items.filter((c) => c.revokedAt === undefined);
  const current = active.find((c) => c.managerId === managerId);
  // While the manager's request waits for an answer, its own Share and Decline are the choice:
  // a second "let them read it" button beside them would be the same answer twice.
  const asked = usePendingRequestFrom(managerId).pending !== undefined;
  return (
    <>
      {active.length > 0 && (
        <ul aria-label="Managers who may read your history" className={styles.plainList}>
          {active.map((c) => (
            <li key={c.id} className={styles.row}>
              <Text>
                {c.managerId === managerId ? managerName : 'An earlier manager'} may read your
                history (since {dates.instant(c.grantedAt)}).
              </Text>
              <Button
                size="small"
                disabled={revoke.isPending}
                onClick={() => {
                  revoke.mutate({ consentId: c.id, etag: c.etag });
                }}
              >
                Take it back
              </Button>
            </li>
          ))}
        </ul>
      )}
      {managerId !== undefined && current === undefined && !asked && (
        <div className={styles.row}>
          <Button
            appearance="primary"
            disabled={grant.isPending}
            onClick={() => {
              grant.mutate(managerId);
            }}
          >
            Let {managerName} read my earlier history
          </Button>
        </div>
      )}
      {active.length === 0 && (
        <Text className={styles.muted}>No manager may read your earlier history.</Text>
      )}
      {grant.error !== null && <ErrorBar error={grant.error} what="Giving consent" />}
      {revoke.error !== null && <ErrorBar error={revoke.error} what="Taking consent back" />}
    </>
  );
}

/** Your current manager's request still waiting for your answer, if any. */
function usePendingRequestFrom(managerId: string | undefined) {
  const requests = useMyHistoryRequests();
  const pending = requests.data?.find((r) => r.state === 'pending' && r.managerId === managerId);
  return { requests, pending };
}

/**
 * Your current manager asked to read your earlier history: you share or decline, here. A request
 * from someone who is no longer your manager is not shown: there is nothing left to answer.
 */
function RequestFromManager({
  managerId,
  managerName,
}: {
  managerId: string | undefined;
  managerName: string;
}) {
  const dates = useDateFormat();
  const styles = useSectionStyles();
  const { requests, pending } = usePendingRequestFrom(managerId);
  const consents = useHistoryConsents();
  const answer = useAnswerHistoryRequest();
  // Shared already (from the button below): nothing is left to answer.
  const shares = consents.data?.some((c) => c.managerId === managerId && !c.revokedAt);
  if (requests.error) return <ErrorBar error={requests.error} what="Reading requests" />;
  if (!pending || shares !== false) return null;
  const reply = (choice: 'share' | 'decline') => {
    answer.mutate({ requestId: pending.id, answer: choice });
  };
  return (
    <div role="region" aria-label="Request to share your history" className={styles.plainList}>
      <Text block weight="semibold">
        {managerName} asked on {dates.instant(pending.askedAt)} to read what you recorded with
        earlier managers.
      </Text>
      <Text block>
        It is your choice. If you share, they can read it, never change it, and you can take it back
        at any time below. If you decline, they are told you declined, nothing more.
      </Text>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={answer.isPending}
          onClick={() => {
            reply('share');
          }}
        >
          Share my history with {managerName}
        </Button>
        <Button
          disabled={answer.isPending}
          onClick={() => {
            reply('decline');
          }}
        >
          Decline
        </Button>
      </div>
      {answer.error !== null && <ErrorBar error={answer.error} what="Answering" />}
    </div>
  );
}
