import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideHomeRoles, type RoleFacts } from '../../../src/domain/access';

const facts = (over: Partial<RoleFacts> = {}): RoleFacts => ({
  isHrAdmin: false,
  hasDirectReports: false,
  hasManager: false,
  ...over,
});

describe('decideHomeRoles: a home for each role, from the token’s app roles and the live directory', () => {
  it('sends a manager to the team overview', () => {
    expect(decideHomeRoles(facts({ hasDirectReports: true }))).toEqual({
      roles: ['manager'],
      home: 'manager',
    });
  });

  it('sends a report to “My development”', () => {
    expect(decideHomeRoles(facts({ hasManager: true }))).toEqual({
      roles: ['report'],
      home: 'report',
    });
  });

  it('sends an HR admin to the HR console, with their team one switch away', () => {
    expect(
      decideHomeRoles(facts({ isHrAdmin: true, hasDirectReports: true, hasManager: true })),
    ).toEqual({ roles: ['hr-admin', 'manager', 'report'], home: 'hr-admin' });
  });

  it('lets a manager who has a manager of their own switch to their own development', () => {
    expect(decideHomeRoles(facts({ hasDirectReports: true, hasManager: true }))).toEqual({
      roles: ['manager', 'report'],
      home: 'manager',
    });
  });

  it('gives someone with no manager, no reports and no admin role their own records', () => {
    expect(decideHomeRoles(facts())).toEqual({ roles: ['report'], home: 'report' });
  });

  it('never grants the HR console without the app role, nor the team without direct reports', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (isHrAdmin, hasDirectReports, hasManager) => {
          const { roles, home } = decideHomeRoles({ isHrAdmin, hasDirectReports, hasManager });
          expect(roles.includes('hr-admin')).toBe(isHrAdmin);
          expect(roles.includes('manager')).toBe(hasDirectReports);
          expect(roles).toContain(home);
          expect(new Set(roles).size).toBe(roles.length);
        },
      ),
    );
  });
});
