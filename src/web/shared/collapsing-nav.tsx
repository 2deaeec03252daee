import { Link, makeStyles, Select, tokens } from '@fluentui/react-components';

import { NARROW, WIDE } from './narrow';

// On a narrow screen (the Teams meeting side panel is 320–400 px) a row of links wraps to several
// lines and pushes the screen's content down; one select takes a single line instead.

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    [NARROW]: { display: 'none' },
  },
  current: { fontWeight: tokens.fontWeightSemibold, textDecorationLine: 'underline' },
  select: { [WIDE]: { display: 'none' } },
});

export interface NavItem {
  key: string;
  label: string;
  href: string;
}

/** A row of links, or one select on a narrow screen; the current item is marked either way. */
export function CollapsingNav({
  label,
  selectLabel,
  items,
  current,
  currentAs,
  ordered = false,
  className,
}: {
  /** The navigation landmark's name. */
  label: string;
  /** The select's name ("Step", "Phase"). */
  selectLabel: string;
  items: readonly NavItem[];
  current: string;
  currentAs: 'page' | 'step';
  ordered?: boolean;
  className?: string;
}) {
  const styles = useStyles();
  const List = ordered ? 'ol' : 'ul';
  return (
    <nav aria-label={label} className={className}>
      <List className={styles.list}>
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={item.key === current ? currentAs : undefined}
              className={item.key === current ? styles.current : undefined}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </List>
      <Select
        aria-label={selectLabel}
        className={styles.select}
        value={current}
        onChange={(_, data) => {
          const target = items.find((item) => item.key === data.value);
          if (target) window.location.hash = target.href.slice(1);
        }}
      >
        {items.map((item) => (
          <option key={item.key} value={item.key}>
            {item.label}
          </option>
        ))}
      </Select>
    </nav>
  );
}
