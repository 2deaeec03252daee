import type { DirectoryUser } from '../state/types';
import {
  DEMO_PEOPLE,
  type DemoPersonSpec,
  type SignInGroup,
  type SituationKind,
} from './demo-people';
import { toWindowsTimeZone } from './time-zones';
import { DEMO_DOMAIN, DEMO_TENANT_ID, HR_ADMIN_ROLE, stableGuid } from './well-known-apps';

const DAY_MS = 24 * 3600 * 1000;

/** A demo person with ids and dates resolved against the tenant clock at seeding time. */
export interface DemoPerson {
  key: string;
  id: string;
  userPrincipalName: string;
  mail: string;
  displayName: string;
  givenName: string;
  surname: string;
  jobTitle: string;
  department: string;
  timeZone: string;
  windowsTimeZone: string;
  preferredLanguage: string;
  group: SignInGroup;
  managerId: string | null;
  managerKey: string | null;
  /** Start of the current manager relationship (ISO date-time). */
  managerSince: string;
  previousManagerId: string | null;
  previousManagerKey: string | null;
  reportKeys: string[];
  employeeHireDate: string;
  appRoles: string[];
  situation: { kind: SituationKind; summary: string; since: string | null };
}

export interface DemoOrg {
  tenantId: string;
  domain: string;
  /** The instant the org was resolved against; relative dates count back from here. */
  resolvedAt: string;
  people: DemoPerson[];
}

export function personId(key: string): string {
  return stableGuid(`person:${key}`);
}

function daysAgo(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

function resolvePerson(spec: DemoPersonSpec, now: Date): DemoPerson {
  const mail = `${spec.key}@${DEMO_DOMAIN}`;
  return {
    key: spec.key,
    id: personId(spec.key),
    userPrincipalName: mail,
    mail,
    displayName: `${spec.givenName} ${spec.surname}`,
    givenName: spec.givenName,
    surname: spec.surname,
    jobTitle: spec.jobTitle,
    department: spec.department,
    timeZone: spec.timeZone,
    windowsTimeZone: toWindowsTimeZone(spec.timeZone),
    preferredLanguage: spec.preferredLanguage,
    group: spec.group,
    managerId: spec.managerKey === null ? null : personId(spec.managerKey),
    managerKey: spec.managerKey,
    managerSince: daysAgo(now, spec.managerSinceDaysAgo),
    previousManagerId: spec.previousManagerKey ? personId(spec.previousManagerKey) : null,
    previousManagerKey: spec.previousManagerKey ?? null,
    reportKeys: DEMO_PEOPLE.filter((other) => other.managerKey === spec.key).map((o) => o.key),
    employeeHireDate: `${daysAgo(now, Math.round(spec.hiredMonthsAgo * 30.4)).slice(0, 10)}T00:00:00Z`,
    appRoles: spec.group === 'hr-admin' ? [HR_ADMIN_ROLE] : [],
    situation: {
      kind: spec.situation.kind,
      summary: spec.situation.summary,
      since:
        spec.situation.sinceDaysAgo === undefined
          ? null
          : daysAgo(now, spec.situation.sinceDaysAgo),
    },
  };
}

/** The demo organisation as structured data, for seeding other workloads with matching history. */
export function resolveDemoOrg(now: Date): DemoOrg {
  return {
    tenantId: DEMO_TENANT_ID,
    domain: DEMO_DOMAIN,
    resolvedAt: now.toISOString(),
    people: DEMO_PEOPLE.map((spec) => resolvePerson(spec, now)),
  };
}

export function findDemoPerson(org: DemoOrg, key: string): DemoPerson | undefined {
  return org.people.find((person) => person.key === key);
}

export function toDirectoryUser(person: DemoPerson, index: number, now: Date): DirectoryUser {
  const spec = DEMO_PEOPLE.find((candidate) => candidate.key === person.key);
  return {
    id: person.id,
    userPrincipalName: person.userPrincipalName,
    mail: person.mail,
    displayName: person.displayName,
    givenName: person.givenName,
    surname: person.surname,
    jobTitle: person.jobTitle,
    department: person.department,
    officeLocation: spec ? `${spec.city} office` : null,
    city: spec?.city ?? null,
    country: spec?.country ?? null,
    usageLocation: spec?.country ?? null,
    companyName: 'Contoso Demo',
    employeeId: `CD${String(1001 + index)}`,
    employeeHireDate: person.employeeHireDate,
    // 555-01xx numbers are reserved for fiction.
    businessPhones: [`+1 425 555 01${String(index).padStart(2, '0')}`],
    mobilePhone: null,
    preferredLanguage: person.preferredLanguage,
    accountEnabled: true,
    createdDateTime:
      person.employeeHireDate > now.toISOString() ? now.toISOString() : person.employeeHireDate,
    managerId: person.managerId,
    timeZone: person.timeZone,
  };
}
