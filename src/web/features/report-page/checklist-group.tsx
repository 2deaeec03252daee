import { Badge, Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import {
  CHECKLIST_ITEMS,
  checklistItemText,
  type ChecklistItemId,
  type ChecklistItemState,
} from '../../../domain';
import { plainList } from '../../shared/list-styles';

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalS),
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  evidence: { paddingLeft: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground2 },
  line: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
});

function EvidenceBadge({ item, className }: { item: ChecklistItemState; className: string }) {
  if (item.ticked) {
    return (
      <Badge appearance="tint" color="success" shape="rounded" className={className}>
        Done
      </Badge>
    );
  }
  return item.overdue ? (
    <Badge appearance="tint" color="danger" shape="rounded" className={className}>
      Overdue
    </Badge>
  ) : (
    <Badge appearance="tint" color="informative" shape="rounded" className={className}>
      Not yet
    </Badge>
  );
}

/**
 * One checklist. Items the records can prove show why they are ticked (or what would tick them)
 * and cannot be ticked by hand; the rest only the manager can know, so only they tick them.
 */
export function ChecklistGroup({
  title,
  items,
  pending,
  tick,
}: {
  title: string;
  items: ChecklistItemState[];
  /** A tick being saved: shown at once, and no other tick until it is saved. */
  pending: { item: ChecklistItemId; ticked: boolean } | undefined;
  tick: (id: ChecklistItemId, ticked: boolean) => void;
}) {
  const dates = useDateFormat();
  const styles = useStyles();
  return (
    <div className={styles.group}>
      <Text weight="semibold" as="h3">
        {title}
      </Text>
      <ul className={styles.list} aria-label={title.replace(/:$/, '')}>
        {items.map((item) => {
          const text = checklistItemText(item.id);
          if (item.mode === 'manual') {
            return (
              <li key={item.id} className={styles.item}>
                <Checkbox
                  label={text}
                  checked={pending?.item === item.id ? pending.ticked : item.ticked}
                  disabled={pending !== undefined}
                  onChange={(_, data) => {
                    tick(item.id, data.checked === true);
                  }}
                />
                <Text size={200} className={styles.evidence}>
                  {item.ticked ? 'Ticked by you. ' : 'Only you can tick this: '}
                  {CHECKLIST_ITEMS[item.id].evidenceNote}
                </Text>
              </li>
            );
          }
          return (
            <li key={item.id} className={styles.item}>
              <span className={styles.line}>
                <EvidenceBadge item={item} className={styles.badge} />
                <Text>{text}</Text>
              </span>
              <Text size={200} className={styles.evidence}>
                {item.ticked ? `Why it is ticked: ${item.evidence ?? ''}` : (item.hint ?? '')}
                {!item.ticked && item.dueBy ? ` Due by ${dates.instant(item.dueBy)}.` : ''}
              </Text>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
