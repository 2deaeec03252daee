/**
 * `GET /_local/viewer?person=<id|UPN|mail>&week=<YYYY-MM-DD>`: what the product did, readable by
 * a person trying the demo: one person's inbox (mail waiting for its deferred send time marked),
 * their calendar for a week (series expanded, in their own zone), their To Do and the files in
 * their OneDrive app folders, and their Teams activity feed (the career API's nudges). A loopback tool like every /_local control, not part of Graph.
 * File contents are not shown: an app folder holds private notes; names and times say enough.
 */
import { Temporal } from 'temporal-polyfill';
import type { TenantContext } from '../core/context';
import { html, type Reply } from '../core/reply';
import type { TenantRequest } from '../core/request';
import { escapeHtml } from '../entra/sign-in-page';
import { findUser, findUserByHint } from '../entra/lookups';
import { calendarView } from '../graph/calendar/instances';
import { calendarStateOf } from '../graph/calendar/state';
import { filesSlice } from '../graph/files/files-state';
import { readMailbox } from '../graph/mail/mailbox-view';
import { listsOf } from '../graph/todo/todo-state';
import type { DirectoryUser } from '../state/types';
import { notificationsFor } from '../graph/teamwork/teamwork-state';

const STYLE = `
  body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #1f1f1f; background: #fafafa; }
  header, main { max-width: 72rem; margin: 0 auto; padding: .75rem 1rem; }
  header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; }
  h1 { font-size: 1.2rem; margin: 0 1rem 0 0; } h2 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
  table { border-collapse: collapse; width: 100%; background: #fff; }
  th, td { border: 1px solid #d6d6d6; padding: .3rem .5rem; text-align: left; vertical-align: top; }
  .week { display: grid; grid-template-columns: repeat(7, minmax(0, 1fr)); gap: .25rem; }
  @media (max-width: 700px) { .week { grid-template-columns: 1fr; } }
  .day { background: #fff; border: 1px solid #d6d6d6; min-height: 6rem; padding: .25rem; }
  .day h3 { font-size: .85rem; margin: 0 0 .25rem; }
  .event { font-size: .8rem; border-left: 3px solid #5b5fc7; padding-left: .3rem; margin-bottom: .3rem; }
  .cancelled { text-decoration: line-through; color: #616161; }
  .tag { font-size: .75rem; background: #fff4ce; padding: 0 .3rem; border-radius: 3px; }
  a:focus-visible, select:focus-visible, button:focus-visible { outline: 2px solid #0f548c; outline-offset: 2px; }
`;

function personOf(ctx: TenantContext, wanted: string | null): DirectoryUser | undefined {
  const users = ctx.store.state.users;
  if (wanted === null || wanted === '') return users.find((u) => u.accountEnabled);
  return findUser(ctx.store.state, wanted) ?? findUserByHint(ctx.store.state, wanted);
}

/** The Monday of the week asked for, or of the tenant clock's week, in the person's zone. */
function mondayOf(ctx: TenantContext, zone: string, week: string | null): Temporal.PlainDate {
  const today = (): Temporal.PlainDate =>
    Temporal.Instant.fromEpochMilliseconds(ctx.clock.epochMs())
      .toZonedDateTimeISO(zone)
      .toPlainDate();
  let day: Temporal.PlainDate;
  try {
    day = week === null || week === '' ? today() : Temporal.PlainDate.from(week);
  } catch {
    // Not a date: this week.
    day = today();
  }
  return day.subtract({ days: day.dayOfWeek - 1 });
}

const when = (iso: string, zone: string): string =>
  Temporal.Instant.from(iso)
    .toZonedDateTimeISO(zone)
    .toPlainDateTime()
    .toString({ smallestUnit: 'minute' })
    .replace('T', ' ');

const clock = (iso: string, zone: string): string =>
  Temporal.Instant.from(iso)
    .toZonedDateTimeISO(zone)
    .toPlainTime()
    .toString({ smallestUnit: 'minute' });

function inboxSection(ctx: TenantContext, person: DirectoryUser): string {
  const messages = (readMailbox(ctx, person.id) ?? []).filter(
    (m) => m.folder === 'inbox' || m.scheduled,
  );
  if (messages.length === 0) return '<p>No mail.</p>';
  const rows = messages.map((m) => {
    const from =
      (m['from'] as { emailAddress?: { name?: string } } | undefined)?.emailAddress?.name ?? '';
    const state = m.scheduled
      ? '<span class="tag">Waiting in Drafts for its send time (deferred delivery)</span>'
      : escapeHtml(when(m.receivedDateTime, person.timeZone));
    return `<tr><td>${state}</td><td>${escapeHtml(from)}</td><td>${escapeHtml(m.subject)}</td></tr>`;
  });
  return `<table aria-labelledby="inbox"><thead><tr><th scope="col">Received</th><th scope="col">From</th><th scope="col">Subject</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function calendarSection(
  ctx: TenantContext,
  person: DirectoryUser,
  monday: Temporal.PlainDate,
): string {
  const zone = person.timeZone;
  const from = monday.toZonedDateTime({ timeZone: zone }).toInstant();
  const to = monday.add({ days: 7 }).toZonedDateTime({ timeZone: zone }).toInstant();
  const own = calendarStateOf(ctx.store.state.features).events.filter(
    (e) => e.ownerId === person.id,
  );
  const views = calendarView(own, from, to);
  const days = Array.from({ length: 7 }, (_, i) => monday.add({ days: i }));
  const cells = days.map((day) => {
    const events = views.filter((v) =>
      Temporal.Instant.from(v.fields.startUtc).toZonedDateTimeISO(zone).toPlainDate().equals(day),
    );
    const items = events.map((v) => {
      const time = v.fields.isAllDay
        ? 'All day'
        : `${clock(v.fields.startUtc, zone)}–${clock(v.fields.endUtc, zone)}`;
      const teams = v.item.isOnlineMeeting ? ' · Teams' : '';
      const cancelled = v.fields.isCancelled ? ' cancelled' : '';
      return `<div class="event${cancelled}">${escapeHtml(time)}${teams}<br>${escapeHtml(v.fields.subject)}</div>`;
    });
    const label = day.toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
    return `<section class="day" aria-label="${escapeHtml(label)}"><h3>${escapeHtml(label)}</h3>${items.join('') || '<p>Nothing</p>'}</section>`;
  });
  return `<div class="week">${cells.join('')}</div>`;
}

function todoSection(ctx: TenantContext, person: DirectoryUser): string {
  const tasks = listsOf(ctx, person.id).flatMap((list) =>
    list.tasks.map((task) => ({ list: list.displayName, task })),
  );
  if (tasks.length === 0) return '<p>No tasks.</p>';
  const rows = tasks.map(
    ({ list, task }) =>
      `<tr><td>${escapeHtml(task.title)}</td><td>${escapeHtml(task.status)}</td><td>${escapeHtml(task.dueDateTime?.dateTime.slice(0, 10) ?? '')}</td><td>${escapeHtml(list)}</td></tr>`,
  );
  return `<table aria-labelledby="todo"><thead><tr><th scope="col">Task</th><th scope="col">Status</th><th scope="col">Due</th><th scope="col">List</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function filesSection(ctx: TenantContext, person: DirectoryUser): string {
  const drive = filesSlice(ctx)
    .get()
    .drives.find((d) => d.ownerId === person.id);
  const byId = new Map((drive?.items ?? []).map((item) => [item.id, item]));
  const pathOf = (id: string | null): string => {
    const names: string[] = [];
    for (
      let item = id ? byId.get(id) : undefined;
      item && item.kind !== 'root';
      item = item.parentId ? byId.get(item.parentId) : undefined
    ) {
      names.unshift(item.name);
    }
    return names.join('/');
  };
  const files = (drive?.items ?? []).filter((item) => item.kind === 'file');
  if (files.length === 0) return '<p>No files in app folders.</p>';
  const rows = files.map(
    (file) =>
      `<tr><td>${escapeHtml(pathOf(file.id))}</td><td>${escapeHtml(when(file.lastModifiedDateTime, person.timeZone))}</td></tr>`,
  );
  return `<table aria-labelledby="files"><thead><tr><th scope="col">File</th><th scope="col">Last changed</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The Teams activity feed: what the career API's nudges put there, each with where it leads. */
function activitySection(ctx: TenantContext, person: DirectoryUser): string {
  const items = notificationsFor(ctx, person.id);
  if (items.length === 0) return '<p>No Teams activity.</p>';
  const rows = items.map((item) => {
    const open = `/_local/teams?${new URLSearchParams({ persona: person.id, link: item.topic.webUrl }).toString()}`;
    return `<tr><td>${escapeHtml(when(item.createdDateTime, person.timeZone))}</td><td><a href="${escapeHtml(open)}">${escapeHtml(item.text)}</a></td><td>${escapeHtml(item.previewText)}</td></tr>`;
  });
  return `<table aria-labelledby="activity"><thead><tr><th scope="col">Sent</th><th scope="col">Notification (opens it in the local Teams host)</th><th scope="col">Preview</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function mailboxViewer(ctx: TenantContext, req: TenantRequest): Reply {
  const person = personOf(ctx, req.query.get('person'));
  if (!person)
    return html(
      `<!doctype html><html lang="en"><title>Not found</title><p>No such person.</p></html>`,
      404,
    );
  const monday = mondayOf(ctx, person.timeZone, req.query.get('week'));
  const people = ctx.store.state.users
    .filter((u) => u.accountEnabled)
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
    .map(
      (u) =>
        `<option value="${escapeHtml(u.id)}"${u.id === person.id ? ' selected' : ''}>${escapeHtml(u.displayName)}</option>`,
    )
    .join('');
  const weekLink = (day: Temporal.PlainDate, label: string): string =>
    `<a href="?person=${encodeURIComponent(person.id)}&amp;week=${day.toString()}">${label}</a>`;
  return html(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(person.displayName)} · local tenant viewer</title><style>${STYLE}</style></head>
<body><header><h1>Local tenant viewer: ${escapeHtml(person.displayName)}</h1>
<form method="get"><label>Person <select name="person">${people}</select></label>
<input type="hidden" name="week" value="${monday.toString()}"> <button type="submit">Show</button></form>
<p>Times in ${escapeHtml(person.timeZone)}. A development tool: not Outlook, nothing here is sent anywhere.</p></header>
<main>
<h2 id="inbox">Inbox</h2>${inboxSection(ctx, person)}
<h2 id="calendar">Calendar, week of ${monday.toString()}</h2>
<nav aria-label="Weeks">${weekLink(monday.subtract({ days: 7 }), 'Previous week')} · ${weekLink(monday.add({ days: 7 }), 'Next week')}</nav>
${calendarSection(ctx, person, monday)}
<h2 id="todo">To Do</h2>${todoSection(ctx, person)}
<h2 id="files">OneDrive app folders</h2>${filesSection(ctx, person)}
<h2 id="activity">Teams activity</h2>${activitySection(ctx, person)}
</main></body></html>`);
}
