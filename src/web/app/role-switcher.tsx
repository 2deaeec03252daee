import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { HomeRole } from '../../domain/access';
import { hrefFor, type Route } from './routes';

/** Each role's home, in the words its owner would use. */
export const ROLE_HOMES: Readonly<Record<HomeRole, { label: string; route: Route }>> = {
  'hr-admin': { label: 'HR console', route: { screen: 'hr-console' } },
  manager: { label: 'Your team', route: { screen: 'overview' } },
  report: { label: 'My development', route: { screen: 'my-development' } },
};

const useStyles = makeStyles({
  nav: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    paddingBottom: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  current: { fontWeight: tokens.fontWeightSemibold },
});

/** For someone who is more than one of manager, report and HR admin: one link per home. */
export function RoleSwitcher({ roles, current }: { roles: HomeRole[]; current: HomeRole }) {
  const styles = useStyles();
  if (roles.length < 2) return null;
  return (
    <nav aria-label="Your homes" className={styles.nav}>
      {roles.map((role) => (
        <Link
          key={role}
          href={hrefFor(ROLE_HOMES[role].route)}
          {...(role === current
            ? { 'aria-current': 'page' as const, className: styles.current }
            : {})}
        >
          {ROLE_HOMES[role].label}
        </Link>
      ))}
    </nav>
  );
}
