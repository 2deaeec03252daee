import type { DelegatedScope } from '../../../app/permissions';

/**
 * The delegated Graph scopes each adapter call asks for, each the least privileged one Graph
 * documents for the call. Only names from the product's one permission list
 * (src/app/permissions) type-check, so a call cannot ask for a scope the app registration lacks
 * (MSAL would fail with AADSTS65001 in tenants where users cannot consent).
 */
export const SCOPES = {
  me: ['User.Read'],
  /** Other people's profiles, managers and direct reports. */
  people: ['User.Read.All'],
  mailboxSettings: ['MailboxSettings.Read'],
  calendar: ['Calendars.ReadWrite'],
  mailDraft: ['Mail.ReadWrite'],
  mailSend: ['Mail.Send'],
  chatCreate: ['Chat.Create'],
  chatSend: ['ChatMessage.Send'],
  chatRead: ['Chat.Read'],
  tasks: ['Tasks.ReadWrite'],
  appFolder: ['Files.ReadWrite.AppFolder'],
} as const satisfies Record<string, readonly DelegatedScope[]>;
