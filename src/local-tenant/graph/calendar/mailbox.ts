// Whose calendar a request reaches, and with which permission, per the permission tables of
// https://learn.microsoft.com/en-us/graph/api/user-list-events?view=graph-rest-1.0 (read: ReadBasic,
// Read, ReadWrite), https://learn.microsoft.com/en-us/graph/api/user-post-events?view=graph-rest-1.0
// (write: ReadWrite) and https://learn.microsoft.com/en-us/graph/api/user-get-mailboxsettings?view=graph-rest-1.0
import type { TenantContext } from '../../core/context';
import type { GraphRequest } from '../../core/router';
import type { DirectoryUser } from '../../state/types';
import type { PermissionRule } from '../auth';
import { resolveOwner } from '../mailbox-owner';
import { resolved, type Resolved, type Step } from '../route-helper';

const CALENDAR_READ = ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'];
const RULES = {
  read: { delegated: CALENDAR_READ, application: CALENDAR_READ },
  write: { delegated: ['Calendars.ReadWrite'], application: ['Calendars.ReadWrite'] },
  settings: {
    delegated: ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'],
    application: ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'],
  },
} satisfies Record<string, PermissionRule>;

export type Access = keyof typeof RULES;

export interface Mailbox {
  user: DirectoryUser;
  /** Only Calendars.ReadBasic: events come back without their body. */
  basicOnly: boolean;
}

function heldPermissions(req: GraphRequest): Set<string> {
  const held = req.caller.kind === 'delegated' ? req.caller.scopes : req.caller.roles;
  return new Set(held.map((permission) => permission.toLowerCase()));
}

/** `/me/...` (userSegment undefined) or `/users/{id | upn}/...`, with Calendars permissions. */
export function resolveMailbox(
  ctx: TenantContext,
  req: GraphRequest,
  userSegment: string | undefined,
  access: Access,
): Resolved<Mailbox> {
  const owner = resolveOwner(ctx, req, userSegment, RULES[access]);
  if (!owner.ok) return owner;
  const held = heldPermissions(req);
  const basicOnly =
    access === 'read' && !held.has('calendars.read') && !held.has('calendars.readwrite');
  return resolved({ user: owner.value, basicOnly });
}

/** The mailbox a calendar route reaches, as a step of the route helper. */
export function calendarMailbox(
  ctx: TenantContext,
  userSegment: string | undefined,
  access: Access,
): Step<Mailbox> {
  return (req) => resolveMailbox(ctx, req, userSegment, access);
}

/** The address Exchange uses for a mailbox: its primary SMTP address. */
export function addressOf(user: DirectoryUser): string {
  return user.mail ?? user.userPrincipalName;
}

/** A tenant mailbox by SMTP address or UPN, case-insensitively. */
export function findMailbox(
  users: readonly DirectoryUser[],
  address: string,
): DirectoryUser | undefined {
  const lower = address.trim().toLowerCase();
  return users.find(
    (user) => user.mail?.toLowerCase() === lower || user.userPrincipalName.toLowerCase() === lower,
  );
}
