import type { ActivityFeed, FeedNotification } from '../../../app/ports';
import { segment, type GraphClient } from '../client';

/** Application permissions come with the app's token; `.default` asks for all of them. */
const APP_SCOPES = ['https://graph.microsoft.com/.default'];

/**
 * Teams activity feed notifications from the career API (application permission
 * TeamsActivity.Send). The topic is `text` with the deep link as `webUrl`: the screen is in the
 * app, not a Graph resource, and Graph requires a webUrl for a text topic. Sending is not
 * retried after a lost answer (Graph has no idempotency key here); the job's store of what was
 * sent keeps a restart from sending it again.
 * https://learn.microsoft.com/en-us/graph/api/userteamwork-sendactivitynotification
 */
export class GraphActivityFeed implements ActivityFeed {
  constructor(private readonly graph: GraphClient) {}

  async notify(notification: FeedNotification): Promise<void> {
    await this.graph.send({
      method: 'POST',
      path: `/users/${segment(notification.recipientId)}/teamwork/sendActivityNotification`,
      body: {
        topic: { source: 'text', value: notification.topic, webUrl: notification.link },
        activityType: notification.kind,
        previewText: { content: notification.preview },
        templateParameters: Object.entries(notification.parameters).map(([name, value]) => ({
          name,
          value,
        })),
      },
      scopes: APP_SCOPES,
      retrySafe: false,
    });
  }
}
