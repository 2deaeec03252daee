import { Badge, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import {
  CHECKLIST_TITLES,
  checklistItemById,
  checklistItemText,
  type ChecklistItemState,
} from '../../../domain';
import { useSectionStyles } from './section-styles';

const useStyles = makeStyles({
  item: {
    display: 'grid',
    // One width for every badge, so the items' text lines up down the list.
    gridTemplateColumns: '5.5rem 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: 'start',
    justifyItems: 'start',
  },
  detail: { gridColumn: '2' },
  overdue: { color: tokens.colorPaletteRedForeground1 },
});

function StateBadge({ item }: { item: ChecklistItemState }) {
  if (item.ticked) {
    return (
      <Badge appearance="filled" color="success">
        Done
      </Badge>
    );
  }
  return item.overdue === true ? (
    <Badge appearance="filled" color="danger">
      Overdue
    </Badge>
  ) : (
    <Badge appearance="outline" color="informative">
      Not yet
    </Badge>
  );
}

/**
 * The playbook's "After the conversation" checklist. Nothing here can be ticked by hand: each
 * item ticks itself from the records (the mail, the calendar, the contract), with the fact that
 * ticked it, so the list never claims what did not happen. It is re-read after every action.
 */
export function AfterChecklistSection({ items }: { items: readonly ChecklistItemState[] }) {
  const styles = useStyles();
  const section = useSectionStyles();
  const done = items.filter((i) => i.ticked).length;
  const title = CHECKLIST_TITLES.after.replace(/:$/, '');
  return (
    <section aria-labelledby="after-checklist-title" className={section.section}>
      <Title3 as="h2" id="after-checklist-title">
        {title}
      </Title3>
      <Text aria-live="polite">
        {done} of {items.length} done. Each item ticks itself from what happened.
      </Text>
      <ul className={section.list} aria-labelledby="after-checklist-title">
        {items.map((item) => (
          <li key={item.id} className={styles.item} data-checklist-item={item.id}>
            <StateBadge item={item} />
            <Text weight="semibold">{checklistItemText(item.id)}</Text>
            <Text
              size={200}
              className={`${styles.detail} ${item.overdue === true ? styles.overdue : section.muted}`}
            >
              {item.ticked
                ? (item.evidence ?? checklistItemById(item.id).evidenceNote)
                : (item.hint ?? checklistItemById(item.id).evidenceNote)}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
