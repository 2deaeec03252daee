import { escapeHtml } from '../entra/sign-in-page';
import type { ActivityNotification } from '../graph/teamwork/teamwork-state';
import type { HostPersona } from './protocol';

/**
 * Teams' activity feed, reduced: the signed-in persona's notifications, newest first. Selecting
 * one opens its `webUrl` as Teams would (the host's `link` parameter: a deep link into the app's
 * tab opens that tab on the link's sub-page).
 */
export function renderActivityFeed(
  persona: HostPersona,
  notifications: readonly ActivityNotification[],
): string {
  const items = notifications.map((notification) => {
    const href = `/_local/teams?${new URLSearchParams({
      persona: persona.id,
      link: notification.topic.webUrl,
    }).toString()}`;
    const when = notification.createdDateTime.slice(0, 16).replace('T', ' ');
    return `<li><a href="${escapeHtml(href)}">${escapeHtml(notification.text)}</a>
<p>${escapeHtml(notification.previewText)}</p><small>${escapeHtml(when)} UTC</small></li>`;
  });
  const body =
    items.length === 0
      ? '<p>No activity yet.</p>'
      : `<ol id="host-activity-items">${items.join('')}</ol>`;
  return `<section class="activity" aria-labelledby="host-activity-title">
<h2 id="host-activity-title">Activity</h2>${body}</section>`;
}
