import { Button, Checkbox, Field, Input, Text } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import { useState } from 'react';
import type { ErasureReceipt } from '../../../adapters/career-api/career-api-client';
import { ErrorBar } from '../../shared/query-state';
import { ReportSection } from '../../shared/report-section';
import { useErasePerson } from './api/hr-queries';
import { useHrStyles } from './hr-styles';

/**
 * A leaver's records, erased by their directory id (no names are shown here). The id is typed
 * twice and the permanence acknowledged; the receipt says what the API removed and what remains
 * in other people's Microsoft 365 for an admin to purge.
 */
export function ErasureCard() {
  const styles = useHrStyles();
  const erase = useErasePerson();
  const [personId, setPersonId] = useState('');
  const [confirmId, setConfirmId] = useState('');
  const [understood, setUnderstood] = useState(false);
  const id = personId.trim();
  const ready = id !== '' && confirmId.trim() === id && understood && !erase.isPending;
  return (
    <ReportSection id="erasure" title="Erase a leaver’s records">
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) erase.mutate(id);
        }}
      >
        <Field label="The leaver’s directory object id" required>
          <Input
            value={personId}
            onChange={(_, data) => {
              setPersonId(data.value);
            }}
          />
        </Field>
        <Field
          label="Type the id again to confirm"
          required
          {...(confirmId !== '' && confirmId.trim() !== id
            ? { validationMessage: 'The two ids differ.' }
            : {})}
        >
          <Input
            value={confirmId}
            onChange={(_, data) => {
              setConfirmId(data.value);
            }}
          />
        </Field>
        <Checkbox
          checked={understood}
          onChange={(_, data) => {
            setUnderstood(data.checked === true);
          }}
          label="I understand this erases their contract, conversations, commitments and consents for good."
        />
        <div>
          <Button type="submit" appearance="primary" disabled={!ready}>
            {erase.isPending ? 'Erasing…' : 'Erase records'}
          </Button>
        </div>
      </form>
      {erase.error !== null && <ErrorBar error={erase.error} what="The erasure" />}
      {erase.data && <Receipt receipt={erase.data} />}
    </ReportSection>
  );
}

function Receipt({ receipt }: { receipt: ErasureReceipt }) {
  const dates = useDateFormat();
  const styles = useHrStyles();
  return (
    <div role="status" aria-label="Erasure receipt">
      <Text weight="semibold" block>
        Erasure receipt: {receipt.personId}, {dates.instant(receipt.erasedAt)}
      </Text>
      <Text block>Removed by the app:</Text>
      <ul className={styles.receipt}>
        {receipt.removed.map((what) => (
          <li key={what}>{what}</li>
        ))}
      </ul>
      <Text block>Still to purge outside the app:</Text>
      <ul className={styles.receipt}>
        {receipt.remains.map((left, index) => (
          <li key={`${left.place}-${String(index)}`}>
            <Text weight="semibold">{left.what}</Text>
            {left.refs.length > 0 && <Text> ({left.refs.join(', ')})</Text>}. {left.purge}
          </li>
        ))}
      </ul>
    </div>
  );
}
