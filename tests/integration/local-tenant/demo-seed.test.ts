import { describe, expect, it } from 'vitest';
import {
  DEMO_PEOPLE,
  HR_ADMIN_ROLE,
  findDemoPerson,
  resolveDemoOrg,
} from '../../../src/local-tenant';

const NOW = new Date('2026-03-02T09:00:00Z');
const DAY = 24 * 3600 * 1000;

describe('demo organisation seed', () => {
  const org = resolveDemoOrg(NOW);
  const person = (key: string) => {
    const found = findDemoPerson(org, key);
    if (!found) throw new Error(`no ${key}`);
    return found;
  };

  it('has about thirty people with unique ids and addresses under an .example domain', () => {
    expect(org.people.length).toBe(30);
    expect(new Set(org.people.map((p) => p.id)).size).toBe(30);
    expect(new Set(org.people.map((p) => p.mail)).size).toBe(30);
    for (const p of org.people) expect(p.mail.endsWith('@contoso-demo.example')).toBe(true);
    expect(new Set(org.people.map((p) => p.timeZone)).size).toBeGreaterThan(10);
    for (const p of org.people) expect(p.windowsTimeZone).not.toBe('UTC');
  });

  it('forms one tree: every manager exists and only the CEO has none', () => {
    const ids = new Set(org.people.map((p) => p.id));
    const roots = org.people.filter((p) => p.managerId === null);
    expect(roots.map((p) => p.key)).toEqual(['elena.vasquez']);
    for (const p of org.people) if (p.managerId) expect(ids.has(p.managerId)).toBe(true);
  });

  it('has the managers the product needs to show', () => {
    expect(person('priya.raman').reportKeys).toHaveLength(12);
    const mateo = person('mateo.garcia');
    expect(mateo.situation.kind).toBe('new-manager');
    expect(mateo.reportKeys).toHaveLength(2);
    for (const key of mateo.reportKeys) {
      const moved = person(key);
      expect(moved.previousManagerKey).toBe('priya.raman');
      expect(NOW.getTime() - Date.parse(moved.managerSince)).toBe(10 * DAY);
    }
    const amara = person('amara.okafor');
    expect(
      amara.reportKeys.filter((key) => person(key).reportKeys.length > 0).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('has exactly one HR admin, holding the API app role', () => {
    const admins = org.people.filter((p) => p.appRoles.includes(HR_ADMIN_ROLE));
    expect(admins.map((p) => p.key)).toEqual(['fatima.alsayed']);
    expect(admins[0]?.group).toBe('hr-admin');
  });

  it('covers the playbook transition points among reports', () => {
    const kinds = new Set(DEMO_PEOPLE.map((p) => p.situation.kind));
    for (const kind of [
      'promotion-pending',
      'back-from-leave',
      'uncertain-direction',
      'ambition-beyond-org',
      'manager-changed',
      'approached-externally',
      'goals-changed',
    ] as const) {
      expect(kinds.has(kind)).toBe(true);
    }
    expect(person('yuki.nakamura').situation.since).toBe(
      new Date(NOW.getTime() - 12 * DAY).toISOString(),
    );
  });

  it('gives the same ids whenever it is resolved', () => {
    expect(resolveDemoOrg(new Date()).people.map((p) => p.id)).toEqual(org.people.map((p) => p.id));
  });
});
