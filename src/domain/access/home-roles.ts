/**
 * The three kinds of people the app has a home for. A role here only chooses screens: what data
 * anyone may read is still decided per request by `authorize`, so a screen of another role shows
 * nothing even if reached.
 */
export const HOME_ROLES = ['hr-admin', 'manager', 'report'] as const;
export type HomeRole = (typeof HOME_ROLES)[number];

/** What the career API knows about the signed-in person: the token's app role, the live directory. */
export interface RoleFacts {
  isHrAdmin: boolean;
  hasDirectReports: boolean;
  hasManager: boolean;
}

export interface HomeRoles {
  /** In switcher order; never empty. */
  roles: HomeRole[];
  /** Where the person lands after sign-in. */
  home: HomeRole;
}

/**
 * HR admin → HR console, manager → team overview, report → "My development". Someone who is
 * several of these lands on the first in `HOME_ROLES` order (an HR admin's work is the console,
 * a manager's is the team) and can switch. Everybody has records of their own to read, export and
 * share, so a person with no manager, no reports and no admin role still has "My development".
 */
export function decideHomeRoles(facts: RoleFacts): HomeRoles {
  const has: Record<HomeRole, boolean> = {
    'hr-admin': facts.isHrAdmin,
    manager: facts.hasDirectReports,
    report: facts.hasManager,
  };
  const roles = HOME_ROLES.filter((role) => has[role]);
  if (roles.length === 0) return { roles: ['report'], home: 'report' };
  return { roles, home: roles[0] ?? 'report' };
}
