/**
 * The delegated Graph scopes each adapter asks for. They must stay within what the app
 * registration has consent for, or MSAL fails with AADSTS65001 in tenants where users cannot
 * consent (see the README of the local tenant).
 */
export const SCOPES = {
  me: ['User.Read'],
  people: ['User.ReadBasic.All'],
  mailboxSettings: ['MailboxSettings.Read'],
  calendar: ['Calendars.ReadWrite'],
  mailDraft: ['Mail.ReadWrite'],
  mailSend: ['Mail.Send'],
  chat: ['Chat.ReadWrite'],
  tasks: ['Tasks.ReadWrite'],
  appFolder: ['Files.ReadWrite.AppFolder'],
} as const satisfies Record<string, readonly string[]>;
