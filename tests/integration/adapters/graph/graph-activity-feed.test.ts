import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GraphActivityFeed } from '../../../../src/adapters/graph/teamwork/graph-activity-feed';
import { isPortError, type FeedNotification } from '../../../../src/app/ports';
import type { LocalTenant } from '../../../../src/local-tenant';
import { personId } from '../../../../src/local-tenant/seed/demo-org';
import {
  notificationsFor,
  teamworkSlice,
} from '../../../../src/local-tenant/graph/teamwork/teamwork-state';
import { createAppGraph } from '../../../../src/server/runtime/graph-deps';
import { API_CLIENT_SECRET } from '../../../../src/local-tenant';
import { startTenant } from '../../local-tenant/helpers';

const TOMAS = personId('tomas.hernandez');

function summaryNudge(recipientId: string): FeedNotification {
  return {
    recipientId,
    kind: 'summaryDue',
    parameters: { person: 'Tomás', when: 'in 4 hours' },
    preview: 'The written summary for Tomás is due in 4 hours. Send it from the close step.',
    topic: 'Career Conversations',
    link: 'https://teams.microsoft.com/l/entity/app/career-home?context=%7B%22subEntityId%22%3A%22reports%2Fx%2Fclose%22%7D',
  };
}

describe('GraphActivityFeed against the local tenant', () => {
  let tenant: LocalTenant;
  let feed: GraphActivityFeed;
  const priya = () => personId('priya.raman');

  beforeAll(async () => {
    tenant = await startTenant();
  });
  afterAll(async () => {
    await tenant.close();
  });
  beforeEach(() => {
    tenant.reseed('demo');
    feed = new GraphActivityFeed(
      createAppGraph(
        {
          tenantId: tenant.tenantId,
          apiClientId: tenant.apiClientId,
          apiClientSecret: API_CLIENT_SECRET,
          authorityHost: tenant.url,
          graphBaseUrl: tenant.graphUrl,
        },
        fetch,
      ),
    );
  });

  it('puts the nudge in the recipient’s feed with the manifest’s template filled and the deep link', async () => {
    await feed.notify(summaryNudge(priya()));
    const [item] = notificationsFor(tenant.ctx, priya());
    expect(item).toMatchObject({
      activityType: 'summaryDue',
      text: 'Summary for Tomás due in 4 hours',
      topic: { source: 'text', webUrl: summaryNudge('').link },
    });
    expect(item?.previewText).toContain('due in 4 hours');
  });

  it('is refused with forbidden when the API lacks TeamsActivity.Send', async () => {
    tenant.state.update((state) => {
      state.appRoleAssignments = state.appRoleAssignments.filter(
        (a) => a.appRoleValue !== 'TeamsActivity.Send',
      );
    });
    const sent = feed.notify(summaryNudge(priya()));
    await expect(sent).rejects.toSatisfy((error) => isPortError(error, 'forbidden'));
    expect(notificationsFor(tenant.ctx, priya())).toEqual([]);
  });

  it('is refused with forbidden when the recipient has not installed the app', async () => {
    teamworkSlice(tenant.ctx).update((data) => {
      data.installations = data.installations.filter((i) => i.userId !== TOMAS);
    });
    const sent = feed.notify(summaryNudge(TOMAS));
    await expect(sent).rejects.toSatisfy((error) => isPortError(error, 'forbidden'));
    expect(notificationsFor(tenant.ctx, TOMAS)).toEqual([]);
  });

  it('is refused as invalid for an activity type the manifest does not declare, or wrong parameters', async () => {
    const undeclared = {
      ...summaryNudge(priya()),
      kind: 'promotionPromised',
    } as unknown as FeedNotification;
    await expect(feed.notify(undeclared)).rejects.toSatisfy((e) => isPortError(e, 'invalid'));
    const missing = { ...summaryNudge(priya()), parameters: { person: 'Tomás' } };
    await expect(feed.notify(missing)).rejects.toSatisfy((e) => isPortError(e, 'invalid'));
    expect(notificationsFor(tenant.ctx, priya())).toEqual([]);
  });

  it('is refused as not-found for someone not in the directory', async () => {
    const sent = feed.notify(summaryNudge('00000000-0000-4000-8000-000000000000'));
    await expect(sent).rejects.toSatisfy((e) => isPortError(e, 'not-found'));
  });
});

describe('the local tenant’s sendActivityNotification, as strict as Graph', () => {
  let tenant: LocalTenant;
  beforeAll(async () => {
    tenant = await startTenant();
  });
  afterAll(async () => {
    await tenant.close();
  });

  async function post(body: unknown): Promise<{ status: number; message: string }> {
    const token = await fetch(`${tenant.authority}/oauth2/v2.0/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: tenant.apiClientId,
        client_secret: API_CLIENT_SECRET,
        scope: 'https://graph.microsoft.com/.default',
      }),
    }).then(async (r) => ((await r.json()) as { access_token: string }).access_token);
    const response = await fetch(
      `${tenant.graphUrl}/users/${personId('priya.raman')}/teamwork/sendActivityNotification`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      },
    );
    const text = await response.text();
    return { status: response.status, message: text };
  }

  const valid = {
    topic: {
      source: 'text',
      value: 'Career Conversations',
      webUrl: 'https://teams.microsoft.com/l/entity/a/b',
    },
    activityType: 'reviewDue',
    previewText: { content: 'The monthly review is due.' },
    templateParameters: [
      { name: 'person', value: 'Tomás' },
      { name: 'when', value: 'this month' },
    ],
  };

  it('answers 204 for a valid notification', async () => {
    expect((await post(valid)).status).toBe(204);
  });

  it('requires a webUrl for a text topic, and a Graph URL for an entityUrl topic', async () => {
    const noWebUrl = await post({ ...valid, topic: { source: 'text', value: 'x' } });
    expect(noWebUrl.status).toBe(400);
    expect(noWebUrl.message).toContain('webUrl');
    const notGraph = await post({
      ...valid,
      topic: { source: 'entityUrl', value: 'https://example.com/thing' },
    });
    expect(notGraph.status).toBe(400);
    expect(notGraph.message).toContain('Graph URL');
  });
});
