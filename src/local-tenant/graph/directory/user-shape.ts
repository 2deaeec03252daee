import type { DirectoryUser } from '../../state/types';

/** Properties Graph v1.0 returns for a user when no `$select` is given. */
export const DEFAULT_USER_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
] as const;

/**
 * What User.ReadBasic.All reads of other people: "display name, first and last name, email
 * address, open extensions and photo", and the identifiers.
 * https://learn.microsoft.com/en-us/graph/permissions-reference#userreadbasicall
 */
const BASIC_USER_PROPERTIES = new Set(
  ['id', 'displayName', 'givenName', 'surname', 'mail', 'userPrincipalName'].map((name) =>
    name.toLowerCase(),
  ),
);

type GraphUser = Record<string, unknown>;

function graphUser(user: DirectoryUser): GraphUser {
  return {
    id: user.id,
    businessPhones: user.businessPhones,
    displayName: user.displayName,
    givenName: user.givenName,
    jobTitle: user.jobTitle,
    mail: user.mail,
    mobilePhone: user.mobilePhone,
    officeLocation: user.officeLocation,
    preferredLanguage: user.preferredLanguage,
    surname: user.surname,
    userPrincipalName: user.userPrincipalName,
    accountEnabled: user.accountEnabled,
    city: user.city,
    companyName: user.companyName,
    country: user.country,
    createdDateTime: user.createdDateTime,
    department: user.department,
    employeeHireDate: user.employeeHireDate,
    employeeId: user.employeeId,
    mailNickname: user.userPrincipalName.split('@')[0] ?? null,
    usageLocation: user.usageLocation,
    userType: 'Member',
  };
}

const SELECTABLE = new Set(Object.keys(graphUser(placeholderUser())).map((k) => k.toLowerCase()));

function placeholderUser(): DirectoryUser {
  return {
    id: '',
    userPrincipalName: '',
    mail: null,
    displayName: '',
    givenName: null,
    surname: null,
    jobTitle: null,
    department: null,
    officeLocation: null,
    city: null,
    country: null,
    usageLocation: null,
    companyName: null,
    employeeId: null,
    employeeHireDate: null,
    businessPhones: [],
    mobilePhone: null,
    preferredLanguage: null,
    accountEnabled: true,
    createdDateTime: '',
    managerId: null,
    timeZone: 'UTC',
  };
}

/** The first `$select` name Graph would reject, if any. Navigation properties are not selectable. */
export function unknownUserProperty(select: string[] | undefined): string | undefined {
  return select?.find((name) => !SELECTABLE.has(name.toLowerCase()) && name !== '*');
}

/**
 * The JSON Graph sends for a user: the default set, or exactly the selected properties
 * (matched case-insensitively, returned with Graph's casing); only the basic ones for a caller
 * whose permission reads no more.
 */
/** How much of a profile the caller's permission reads: all of it, or the basic properties. */
export type ProfileView = 'full' | 'basic';

export function projectUser(
  user: DirectoryUser,
  select: string[] | undefined,
  view: ProfileView = 'full',
): GraphUser {
  const full = graphUser(user);
  const wanted =
    select && select.length > 0 && !select.includes('*')
      ? select.map((name) => name.toLowerCase())
      : DEFAULT_USER_PROPERTIES.map((name) => name.toLowerCase());
  const result: GraphUser = {};
  for (const [key, value] of Object.entries(full)) {
    const lower = key.toLowerCase();
    if (wanted.includes(lower) && (view === 'full' || BASIC_USER_PROPERTIES.has(lower)))
      result[key] = value;
  }
  return result;
}

/** Members of directoryObject collections (manager, directReports) carry their type. */
export function asDirectoryObject(
  user: DirectoryUser,
  select: string[] | undefined,
  view: ProfileView = 'full',
): GraphUser {
  return { '@odata.type': '#microsoft.graph.user', ...projectUser(user, select, view) };
}

/** Resolves a `$filter` property path against a user, for the filterable properties. */
export function userFilterValue(user: DirectoryUser, path: string): unknown {
  const full = graphUser(user);
  const key = Object.keys(full).find((name) => name.toLowerCase() === path.toLowerCase());
  return key === undefined ? undefined : full[key];
}
