import { Button, Field, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useAgenda } from '../../data/use-report-data';
import { ErrorBar, QueryState } from '../../shared/query-state';
import { ReportSection } from '../../shared/report-section';
import { useAddAgendaItem, useRemoveAgendaItem } from './api/agenda-changes';
import { useSectionStyles } from '../../shared/own-development/section-styles';

const TEXT_MAX = 500;

/**
 * What you want to raise next time. Your manager sees it when they open the next conversation;
 * a later manager does not see what was meant for this one.
 */
export function AgendaCard({ userId, managerName }: { userId: string; managerName: string }) {
  const styles = useSectionStyles();
  const agenda = useAgenda(userId);
  const add = useAddAgendaItem(userId);
  const remove = useRemoveAgendaItem(userId);
  const [text, setText] = useState('');
  const submit = (): void => {
    if (text.trim() === '') return;
    add.mutate(text, {
      onSuccess: () => {
        setText('');
      },
    });
  };
  return (
    <ReportSection id="my-agenda" title="What I want to raise next time">
      <Text>
        {managerName === 'your manager' ? 'Your manager' : managerName} sees these when opening your
        next conversation. Nobody else does.
      </Text>
      <QueryState query={agenda} what="Your agenda" loadingLabel="Reading your agenda…">
        {({ items }) =>
          items.length === 0 ? (
            <Text className={styles.muted}>Nothing yet.</Text>
          ) : (
            <ul aria-label="Your agenda for next time" className={styles.plainList}>
              {items.map((item) => (
                <li key={item.id} className={styles.row}>
                  <Text>{item.text}</Text>
                  <Button
                    size="small"
                    disabled={remove.isPending}
                    aria-label={`Remove: ${item.text}`}
                    onClick={() => {
                      remove.mutate(item.id);
                    }}
                  >
                    Remove
                  </Button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Field label="Something to raise" hint={`Up to ${String(TEXT_MAX)} characters.`}>
          <Textarea
            value={text}
            maxLength={TEXT_MAX}
            onChange={(_, data) => {
              setText(data.value);
            }}
          />
        </Field>
        <div className={styles.row}>
          <Button type="submit" disabled={add.isPending || text.trim() === ''}>
            {add.isPending ? 'Adding…' : 'Add to the agenda'}
          </Button>
        </div>
      </form>
      {add.error !== null && <ErrorBar error={add.error} what="Adding it" />}
      {remove.error !== null && <ErrorBar error={remove.error} what="Removing it" />}
    </ReportSection>
  );
}
