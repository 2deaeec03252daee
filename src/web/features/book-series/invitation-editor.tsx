import { Button, Field, Text, Textarea, Title3 } from '@fluentui/react-components';
import { useBookingStyles } from './booking-styles';

export interface InvitationEditorProps {
  reportName: string;
  text: string;
  onChange: (text: string) => void;
  edited: boolean;
  onReset: () => void;
}

/** The invitation, in the playbook's words until the manager makes it their own. */
export function InvitationEditor({
  reportName,
  text,
  onChange,
  edited,
  onReset,
}: InvitationEditorProps) {
  const styles = useBookingStyles();
  return (
    <section aria-labelledby="invitation-title" className={styles.section}>
      <Title3 as="h2" id="invitation-title">
        The invitation
      </Title3>
      <Text className={styles.muted}>
        It goes to {reportName} as the body of the meeting invitation, with the session times in
        their time zone. Say it in your own words if you like: keep it clear that this is not a 1:1
        and not a review.
      </Text>
      <Field
        label={`What you say to ${reportName}`}
        hint="Kept on this device as you type, until it is sent."
      >
        <Textarea
          value={text}
          onChange={(_, data) => {
            onChange(data.value);
          }}
          resize="vertical"
          rows={4}
        />
      </Field>
      {edited ? (
        <div>
          <Button appearance="secondary" onClick={onReset}>
            Use the playbook’s wording
          </Button>
        </div>
      ) : null}
    </section>
  );
}
