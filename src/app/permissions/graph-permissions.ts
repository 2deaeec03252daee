import { GRAPH_PERMISSION_IDS } from './graph-permission-ids';

export type DelegatedScope = keyof typeof GRAPH_PERMISSION_IDS.delegated;
export type ApplicationPermission = keyof typeof GRAPH_PERMISSION_IDS.application;

interface PermissionBase {
  /** The product feature that needs it, as an admin would look for it. */
  feature: string;
  /** Why, in one line a tenant admin reads before granting it. */
  why: string;
  /** Whether only an admin can consent (Graph's own setting; users cannot grant these). */
  adminConsent: boolean;
}

/** Asked by the web app, as the signed-in person, for their own data. */
export interface DelegatedPermission extends PermissionBase {
  kind: 'delegated';
  name: DelegatedScope;
  /** What it lets the app do, in the person's words, for the "ask your admin" screen. */
  forThePerson: string;
}

/** Held by the career API itself (client credentials), never by a person. */
export interface ApplicationPermissionEntry extends PermissionBase {
  kind: 'application';
  name: ApplicationPermission;
}

export type GraphPermission = DelegatedPermission | ApplicationPermissionEntry;

const delegated = (
  name: DelegatedScope,
  feature: string,
  why: string,
  forThePerson: string,
  adminConsent = false,
): DelegatedPermission => ({ kind: 'delegated', name, feature, why, forThePerson, adminConsent });

/**
 * Every Microsoft Graph permission the product uses, declared once. The adapters' scopes, the
 * sign-in scopes, `aad.manifest.json`, the admin guide's table and the local tenant's consent are
 * derived from or tested against this list (tests/unit/permissions/permission-drift.test.ts).
 * Least privilege: each entry is the least privileged permission Graph documents for the calls
 * behind its feature; nothing here is unused.
 */
export const GRAPH_PERMISSIONS: readonly GraphPermission[] = [
  delegated('openid', 'Sign-in', 'Signs the person in (OpenID Connect).', 'sign you in'),
  delegated('profile', 'Sign-in', 'Reads the name shown after sign-in.', 'read your name'),
  delegated(
    'offline_access',
    'Sign-in',
    'Keeps the person signed in between visits (refresh tokens).',
    'keep you signed in',
  ),
  delegated(
    'User.Read',
    'Sign-in, My development',
    "Reads the signed-in person's own profile and their own manager.",
    'read your profile',
  ),
  delegated(
    'User.Read.All',
    'Team overview, report pages',
    "Lists the manager's direct reports and checks that a person is still their report; Graph serves other people's manager and directReports to no lesser permission (User.ReadBasic.All cannot read them).",
    'read your direct reports and their managers',
    true,
  ),
  delegated(
    'MailboxSettings.Read',
    'Booking, reminders',
    "Reads the person's own mailbox time zone, so sessions and due dates show in their local time, and the manager's own scheduled automatic replies, so booking skips the days they are out of office.",
    'read your time zone and when your automatic replies are on',
  ),
  delegated(
    'Calendars.ReadWrite',
    'Booking, follow-through',
    "Books the recurring conversation series with a Teams meeting in the manager's calendar, finds free time, and blocks time for the manager's own commitments.",
    'book career conversations in your calendar',
  ),
  delegated(
    'Mail.ReadWrite',
    'Reflection prompt',
    'Holds the reflection prompt as a draft in the manager’s mailbox until its send time (deferred delivery).',
    'prepare mails as drafts in your mailbox',
  ),
  delegated(
    'Mail.Send',
    'Reflection prompt, summary',
    'Sends the reflection prompt and the 48-hour summary from the manager’s own mailbox.',
    'send the reflection prompt and the summary',
  ),
  delegated(
    'Chat.Create',
    'Follow-up nudges',
    'Opens the one-on-one Teams chat with the report (Graph returns the existing one).',
    'start a Teams chat for follow-up nudges',
  ),
  delegated(
    'ChatMessage.Send',
    'Follow-up nudges',
    'Posts the follow-up nudge in that chat.',
    'send follow-up nudges in Teams chat',
  ),
  delegated(
    'Chat.Read',
    'Follow-up nudges',
    'Reads the last messages of that chat before posting, so a retried nudge is never posted twice (the least privileged permission for listing chat messages).',
    'check a nudge was not already sent',
  ),
  delegated(
    'Tasks.ReadWrite',
    'Follow-through',
    "Adds the manager's own commitments to their Microsoft To Do.",
    'add your commitments to To Do',
  ),
  delegated(
    'Files.ReadWrite.AppFolder',
    'Preparation',
    "Keeps the manager's private preparation notes in the app's own folder of their OneDrive, nowhere else.",
    'keep your private preparation notes in your OneDrive',
  ),
  {
    kind: 'application',
    name: 'Sites.Selected',
    feature: 'Contracts, conversations, commitments',
    why: 'Reads and writes the career lists on the one SharePoint site it is granted (role write; manage while it creates the lists), and no other site.',
    adminConsent: true,
  },
  {
    kind: 'application',
    name: 'User.Read.All',
    feature: 'Access decisions',
    why: 'Reads the live manager relationship on every request, so a person sees only their own records and a manager only their current reports’.',
    adminConsent: true,
  },
  {
    kind: 'application',
    name: 'TeamsActivity.Send',
    feature: 'Nudges in Teams',
    why: 'Sends follow-through reminders (summary due, commitment due, review due) to the activity feed of people who have the Teams app installed; it cannot read any feed, chat or message.',
    adminConsent: true,
  },
];

export const DELEGATED_PERMISSIONS: readonly DelegatedPermission[] = GRAPH_PERMISSIONS.filter(
  (permission): permission is DelegatedPermission => permission.kind === 'delegated',
);

export const APPLICATION_PERMISSIONS: readonly ApplicationPermissionEntry[] =
  GRAPH_PERMISSIONS.filter(
    (permission): permission is ApplicationPermissionEntry => permission.kind === 'application',
  );

/** The permission's id in Microsoft Graph, for app registrations. */
export function graphPermissionId(permission: GraphPermission): string {
  return permission.kind === 'delegated'
    ? GRAPH_PERMISSION_IDS.delegated[permission.name]
    : GRAPH_PERMISSION_IDS.application[permission.name];
}
