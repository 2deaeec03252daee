import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { TenantContext } from '../core/context';
import { calendarStateOf } from '../graph/calendar/state';
import { eventId } from '../graph/calendar/event-ids';
import { mailSlice } from '../graph/mail/mail-state';
import type { DirectoryUser } from '../state/types';
import { findPersona, personaOf } from '../teams-host/host-config';
import { MANIFEST_PATH } from '../teams-host/manifest-tab';
import { HOST_THEMES, type HostTheme } from '../teams-host/protocol';
import {
  ewsIdOf,
  type ItemAddress,
  type OutlookHostConfig,
  type OutlookItemData,
} from './protocol';

const DEFAULT_PERSONA = 'priya.raman';

const manifestSchema = z.object({
  extensions: z
    .array(z.object({ runtimes: z.array(z.object({ code: z.object({ page: z.string() }) })) }))
    .min(1),
});

/** The add-in page Outlook opens: the manifest's runtime page, its origin filled in. */
export async function readAddinPage(appOrigin: string, path: URL = MANIFEST_PATH): Promise<string> {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  const page = manifest.extensions[0]?.runtimes[0]?.code.page;
  if (!page) throw new Error(`${path.pathname} has no add-in runtime page.`);
  return page.replaceAll('${{APP_ORIGIN}}', appOrigin.replace(/\/+$/, ''));
}

const addressOf = (value: { name: string; address: string }): ItemAddress => ({
  displayName: value.name,
  emailAddress: value.address,
});

interface Choice {
  value: string;
  label: string;
  group: 'Inbox' | 'Calendar' | 'New';
  item: () => OutlookItemData;
}

function mailChoices(ctx: TenantContext, user: DirectoryUser): Choice[] {
  return mailSlice(ctx)
    .get()
    .messages.filter((m) => m.ownerId === user.id && m.folder === 'inbox' && !m.isDraft)
    .sort((a, b) => b.receivedDateTime.localeCompare(a.receivedDateTime))
    .map((m) => ({
      value: `mail:${m.id}`,
      label: `${m.from?.name ?? 'Unknown'}: ${m.subject}`,
      group: 'Inbox',
      item: () => ({
        surface: 'mailRead',
        itemId: ewsIdOf(m.id),
        subject: m.subject,
        from: addressOf(m.from ?? { name: '', address: '' }),
        to: m.toRecipients.map(addressOf),
        cc: m.ccRecipients.map(addressOf),
      }),
    }));
}

function eventChoices(ctx: TenantContext, user: DirectoryUser): Choice[] {
  return calendarStateOf(ctx.store.state.features)
    .events.filter((e) => e.ownerId === user.id && !e.isCancelled)
    .sort((a, b) => a.startUtc.localeCompare(b.startUtc))
    .map((e) => {
      const id = eventId(user.id, e.key);
      const attendees = (type: 'required' | 'optional'): ItemAddress[] =>
        e.attendees.filter((a) => a.type === type).map(addressOf);
      return {
        value: `event:${id}`,
        label: `${e.startUtc.slice(0, 10)} ${e.subject}${e.isOrganizer ? '' : ' (invited)'}`,
        group: 'Calendar',
        item: () => ({
          // The organizer's own meeting opens as a form they can edit; an attendee's reads.
          surface: e.isOrganizer ? 'meetingDetailsOrganizer' : 'meetingDetailsAttendee',
          itemId: ewsIdOf(id),
          subject: e.subject,
          start: e.startUtc,
          end: e.endUtc,
          organizer: addressOf(e.organizer),
          requiredAttendees: attendees('required'),
          optionalAttendees: attendees('optional'),
        }),
      };
    });
}

/** A new message, addressed to `to` (demo people, comma-separated) as if typed in. */
function composeChoice(ctx: TenantContext, to: string | null): Choice {
  const recipients = (to ?? '')
    .split(',')
    .map((wanted) => wanted.trim())
    .filter((wanted) => wanted !== '')
    .flatMap((wanted) => {
      const user = findPersona(ctx, wanted);
      return user
        ? [{ displayName: user.displayName, emailAddress: user.mail ?? user.userPrincipalName }]
        : [];
    });
  return {
    value: 'compose',
    label: 'New message',
    group: 'New',
    item: () => ({ surface: 'mailCompose', subject: '', to: recipients, cc: [] }),
  };
}

export type OutlookHostConfigResult =
  { ok: true; config: OutlookHostConfig } | { ok: false; message: string };

/**
 * The host's settings for one page load, from its address: `persona`, `item` (`mail:{id}` of
 * their Inbox, `event:{id}` of their calendar, or `compose` for a new message; default their
 * newest mail), `to` (a new message's recipients: demo people, comma-separated), `theme`
 * (default | dark | contrast) and `naa` (on | off).
 */
export function outlookHostConfigFor(
  ctx: TenantContext,
  query: URLSearchParams,
  pageUrl: string,
): OutlookHostConfigResult {
  const state = ctx.store.state;
  const wanted = query.get('persona') ?? DEFAULT_PERSONA;
  const user = findPersona(ctx, wanted);
  if (!user) return { ok: false, message: `No demo person '${wanted}'.` };
  const theme = query.get('theme') ?? 'default';
  if (!HOST_THEMES.some((candidate) => candidate === theme)) {
    return { ok: false, message: `theme must be one of ${HOST_THEMES.join(', ')}.` };
  }
  const naa = query.get('naa') ?? 'on';
  if (naa !== 'on' && naa !== 'off') return { ok: false, message: 'naa must be on or off.' };
  const compose = composeChoice(ctx, query.get('to'));
  const choices = [...mailChoices(ctx, user), ...eventChoices(ctx, user), compose];
  const itemChoice = query.get('item') ?? choices[0]?.value ?? compose.value;
  const chosen = choices.find((choice) => choice.value === itemChoice);
  if (!chosen) return { ok: false, message: `No item '${itemChoice}' for ${user.displayName}.` };
  return {
    ok: true,
    config: {
      tenantId: ctx.tenantId,
      environment: new URL(ctx.urls.authority).host,
      authority: ctx.urls.authority,
      pageUrl,
      frameOrigin: new URL(pageUrl).origin,
      persona: personaOf(ctx, user),
      personas: state.users
        .filter((candidate) => candidate.accountEnabled)
        .sort((a, b) => a.displayName.localeCompare(b.displayName))
        .map((candidate) => personaOf(ctx, candidate)),
      theme: theme as HostTheme,
      naa: naa === 'on',
      itemChoice,
      composeTo: query.get('to') ?? undefined,
      choices: choices.map(({ value, label, group }) => ({ value, label, group })),
      item: chosen.item(),
      tokenUrl: '/_local/teams/token',
    },
  };
}
