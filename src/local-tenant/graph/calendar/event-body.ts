// Event bodies and Teams meeting details, as Outlook stores and returns them:
// https://learn.microsoft.com/en-us/graph/outlook-calendar-online-meetings
// https://learn.microsoft.com/en-us/graph/api/resources/onlinemeetinginfo?view=graph-rest-1.0
import { randomInt, randomUUID } from 'node:crypto';

const HTML_HEAD =
  '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n';
const HTML_TAIL = '\r\n</body>\r\n</html>\r\n';
const TEAMS_MARKER = 'data-local-tenant="teams-meeting"';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Outlook keeps event bodies as an HTML document; a text body is converted on the way in. */
export function toStoredHtml(body: { contentType: 'html' | 'text'; content: string }): string {
  if (body.contentType === 'html') {
    return /<html[\s>]/i.test(body.content)
      ? body.content
      : `${HTML_HEAD}${body.content}${HTML_TAIL}`;
  }
  if (body.content === '') return '';
  return `${HTML_HEAD}${escapeHtml(body.content).replace(/\r?\n/g, '<br>\r\n')}${HTML_TAIL}`;
}

export function htmlToText(html: string): string {
  return html
    .replace(/<(head|style|script)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|tr|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\r\n')
    .trim();
}

/** bodyPreview: the first 255 characters of the body as text. */
export function previewOf(html: string): string {
  return htmlToText(html).replace(/\s+/g, ' ').slice(0, 255);
}

export interface TeamsMeeting {
  joinUrl: string;
  conferenceId: string;
}

/** A join link in the shape Teams issues; the meeting itself does not exist anywhere. */
export function newTeamsMeeting(tenantId: string, organizerId: string): TeamsMeeting {
  const thread = Buffer.from(randomUUID()).toString('base64');
  const context = encodeURIComponent(JSON.stringify({ Tid: tenantId, Oid: organizerId })).replace(
    /%[0-9A-F]{2}/g,
    (escape) => escape.toLowerCase(),
  );
  return {
    joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${thread}%40thread.v2/0?context=${context}`,
    conferenceId: String(randomInt(100_000_000, 999_999_999)),
  };
}

/**
 * The meeting chat's thread id (`19:meeting_…@thread.v2`) a Teams join link names in its path, as
 * Teams reads it to open the meeting; undefined for any other link.
 */
export function threadOfJoinUrl(joinUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(joinUrl);
  } catch {
    return undefined;
  }
  if (url.hostname !== 'teams.microsoft.com' || !url.pathname.startsWith('/l/meetup-join/')) {
    return undefined;
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  return /19:meeting_[^@]+@thread\.v2/.exec(path)?.[0];
}

/**
 * Exchange appends the Teams "join" block to the body of an online meeting; clients that edit the
 * body are told to keep it (event-update notes), so the stand-in adds one too.
 */
export function withTeamsBlock(html: string, meeting: TeamsMeeting): string {
  if (html.includes(TEAMS_MARKER)) return html;
  const block =
    `<div ${TEAMS_MARKER} style="width:100%">` +
    '<div>________________________________________________________________________________</div>' +
    '<div><span style="font-size:24px">Microsoft Teams meeting</span></div>' +
    '<div><b>Join on your computer, mobile app or room device</b></div>' +
    `<div><a href="${escapeHtml(meeting.joinUrl)}">Click here to join the meeting</a></div>` +
    `<div>Meeting ID: ${meeting.conferenceId}</div>` +
    '<div>________________________________________________________________________________</div>' +
    '</div>';
  const document = html === '' ? `${HTML_HEAD}${HTML_TAIL}` : html;
  const close = document.search(/<\/body>/i);
  return close === -1
    ? `${document}${block}`
    : `${document.slice(0, close)}${block}\r\n${document.slice(close)}`;
}
