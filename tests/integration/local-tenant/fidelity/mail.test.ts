// Requests and responses from the Microsoft Graph documentation (Outlook mail), replayed against
// the local tenant: same request, same status, same property names and JSON types. Ids, times
// and the documentation's contoso.com people differ; documented responses are often truncated,
// so extra properties are allowed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { LIAM, PRIYA, graph, spaSignIn, startTenant } from '../helpers';
import { expectShape } from '../sharepoint/shape';

const post = (body: unknown, method = 'POST'): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const recipient = {
  emailAddress: { name: 'Adele Vance', address: 'AdeleV@contoso.onmicrosoft.com' },
};

// https://learn.microsoft.com/en-us/graph/api/user-post-messages (example 1, response)
const CREATED_MESSAGE = {
  '@odata.context':
    "https://graph.microsoft.com/v1.0/$metadata#users('94447c6e-ea4c-494c-a9ed-d905e366c5cb')/messages/$entity",
  '@odata.etag': 'W/"CQAAABYAAABK4UfANE/UR5clSilZtIuWAAC1vdti"',
  id: 'AAMkADNlNYjSAAA=',
  createdDateTime: '2017-07-22T01:53:56Z',
  lastModifiedDateTime: '2017-07-22T01:53:57Z',
  changeKey: 'CQAAABYAAABK4UfANE/UR5clSilZtIuWAAC1vdti',
  categories: [],
  receivedDateTime: '2017-07-22T01:53:57Z',
  sentDateTime: '2017-07-22T01:53:57Z',
  hasAttachments: false,
  internetMessageId: '<MWHPR1301MB@MWHPR1301MB.namprd13.prod.outlook.com>',
  subject: "Did you see last night's game?",
  bodyPreview: 'They were awesome!',
  importance: 'low',
  parentFolderId: 'AAMkADNlNWAAAAAAEPAAA=',
  conversationId: 'AAQkADNlNFdXGBnqtY=',
  conversationIndex: 'AQHTe7/VAniOJVgCxEmtF1z6ZY1rFQ==',
  isDeliveryReceiptRequested: false,
  isReadReceiptRequested: false,
  isRead: true,
  isDraft: true,
  webLink:
    'https://outlook.office365.com/owa/?ItemID=AAMkADNlNYjSAAA%3D&exvsurl=1&viewmodel=ReadMessageItem',
  inferenceClassification: 'focused',
  body: {
    contentType: 'html',
    content:
      '<html>\r\n<head>\r\n</head>\r\n<body>\r\nThey were <b>awesome</b>!\r\n</body>\r\n</html>\r\n',
  },
  toRecipients: [recipient],
  ccRecipients: [],
  bccRecipients: [],
  replyTo: [],
};

describe('Outlook mail fidelity with the Graph documentation examples', () => {
  let tenant: LocalTenant;
  let priya: string;
  let liam: string;
  beforeAll(async () => {
    tenant = await startTenant();
    priya = (await spaSignIn(tenant, PRIYA)).access_token;
    liam = (await spaSignIn(tenant, LIAM)).access_token;
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('create a draft: https://learn.microsoft.com/en-us/graph/api/user-post-messages (example 1)', async () => {
    const created = await graph(
      tenant,
      priya,
      '/me/messages',
      post({
        subject: "Did you see last night's game?",
        importance: 'Low',
        body: { contentType: 'HTML', content: 'They were <b>awesome</b>!' },
        toRecipients: [{ emailAddress: { address: 'AdeleV@contoso.onmicrosoft.com' } }],
      }),
    );
    expect(created.status).toBe(201);
    expectShape(created.body, CREATED_MESSAGE);
    expect(created.body).toMatchObject({
      importance: 'low',
      bodyPreview: 'They were awesome!',
      isDraft: true,
    });
  });

  it('create a draft with Internet message headers: https://learn.microsoft.com/en-us/graph/api/user-post-messages (example 2)', async () => {
    const created = await graph(
      tenant,
      priya,
      '/me/messages',
      post({
        subject: '9/8/2018: concert',
        body: { contentType: 'HTML', content: 'The group represents Washington.' },
        toRecipients: [{ emailAddress: { address: 'AlexW@contoso.OnMicrosoft.com' } }],
        internetMessageHeaders: [
          { name: 'x-custom-header-group-name', value: 'Washington' },
          { name: 'x-custom-header-group-id', value: 'WA001' },
        ],
      }),
    );
    expect(created.status).toBe(201);
    expectShape(created.body, { ...CREATED_MESSAGE, flag: { flagStatus: 'notFlagged' } });
    // "Internet message headers are not returned by default in a POST response."
    expect(created.body).not.toHaveProperty('internetMessageHeaders');
  });

  it('list messages with $select: https://learn.microsoft.com/en-us/graph/api/user-list-messages (example 1)', async () => {
    const listed = await graph(tenant, liam, '/me/messages?$select=sender,subject');
    expect(listed.status).toBe(200);
    expectShape(listed.body, {
      '@odata.context':
        "https://graph.microsoft.com/v1.0/$metadata#users('bb8775a4-4d8c-42cf-a1d4-4d58c2bb668f')/messages(sender,subject)",
      value: [
        {
          '@odata.etag': 'W/"CQAAABYAAADHcgC8Hl9tRZ/hc1wEUs1TAAAwR4Hg"',
          id: 'AAMkAGUAAAwTW09AAA=',
          subject: 'You have late tasks!',
          sender: {
            emailAddress: { name: 'Microsoft Planner', address: 'noreply@Planner.Office365.com' },
          },
        },
      ],
    });
    expect(String(listed.body['@odata.context'])).toMatch(/\/messages\(sender,subject\)$/);
    const first = (listed.body.value as Record<string, unknown>[])[0] ?? {};
    expect(Object.keys(first).sort()).toEqual(['@odata.etag', 'id', 'sender', 'subject']);
  });

  it('update a draft: https://learn.microsoft.com/en-us/graph/api/message-update', async () => {
    const created = await graph(tenant, priya, '/me/messages', post({ subject: 'x' }));
    const updated = await graph(
      tenant,
      priya,
      `/me/messages/${String(created.body.id)}`,
      post(
        {
          subject: 'subject-value',
          body: { contentType: '', content: 'content-value' },
          inferenceClassification: 'other',
        },
        'PATCH',
      ),
    );
    expect(updated.status).toBe(200);
    expectShape(updated.body, {
      receivedDateTime: 'datetime-value',
      sentDateTime: 'datetime-value',
      hasAttachments: true,
      subject: 'subject-value',
      body: { contentType: '', content: 'content-value' },
      bodyPreview: 'bodyPreview-value',
      inferenceClassification: 'other',
    });
    expect(updated.body).toMatchObject({
      subject: 'subject-value',
      inferenceClassification: 'other',
    });
  });

  it('send a draft: https://learn.microsoft.com/en-us/graph/api/message-send (202, no body)', async () => {
    const created = await graph(
      tenant,
      priya,
      '/me/messages',
      post({ subject: 'Send me', toRecipients: [{ emailAddress: { address: LIAM } }] }),
    );
    const response = await fetch(`${tenant.graphUrl}/me/messages/${String(created.body.id)}/send`, {
      method: 'POST',
      headers: { authorization: `Bearer ${priya}` },
    });
    expect(response.status).toBe(202);
    expect(await response.text()).toBe('');
  });

  it('sendMail: https://learn.microsoft.com/en-us/graph/api/user-sendmail (examples 1 and 2)', async () => {
    const first = await graph(
      tenant,
      priya,
      '/me/sendMail',
      post({
        message: {
          subject: 'Meet for lunch?',
          body: { contentType: 'Text', content: 'The new cafeteria is open.' },
          toRecipients: [{ emailAddress: { address: 'frannis@contoso.com' } }],
          ccRecipients: [{ emailAddress: { address: 'danas@contoso.com' } }],
        },
        saveToSentItems: 'false',
      }),
    );
    expect(first.status).toBe(202);
    const second = await graph(
      tenant,
      priya,
      '/me/sendMail',
      post({
        message: {
          subject: '9/9/2018: concert',
          body: { contentType: 'HTML', content: 'The group represents Nevada.' },
          toRecipients: [{ emailAddress: { address: 'AlexW@contoso.com' } }],
          internetMessageHeaders: [
            { name: 'x-custom-header-group-name', value: 'Nevada' },
            { name: 'x-custom-header-group-id', value: 'NV001' },
          ],
        },
      }),
    );
    expect(second.status).toBe(202);
  });

  it('extended properties: https://learn.microsoft.com/en-us/graph/api/singlevaluelegacyextendedproperty-get (requests 1-3)', async () => {
    const color = 'String {66f5a359-4659-4830-9070-00047ec6ac6e} Name Color';
    const created = await graph(
      tenant,
      priya,
      '/me/messages',
      post({
        subject: 'RE: Talk about emergency prep',
        toRecipients: [{ emailAddress: { address: PRIYA } }],
        singleValueExtendedProperties: [{ id: color, value: 'Light green' }],
      }),
    );
    const id = String(created.body.id);
    const expanded = await graph(
      tenant,
      priya,
      `/me/messages/${id}?$expand=singleValueExtendedProperties($filter=id%20eq%20'String%20{66f5a359-4659-4830-9070-00047ec6ac6e}%20Name%20Color')`,
    );
    expect(expanded.status).toBe(200);
    expectShape(expanded.body, {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Me/messages/$entity',
      '@odata.etag': 'W/"CQAAABYAAACY4MQpaFz9SbqUDe4+bs88AACbyS4H"',
      id: 'AAMkAGE1M2_bs88AACHsLqWAAA=',
      subject: 'RE: Talk about emergency prep',
      toRecipients: [
        { emailAddress: { name: 'Christine Irwin', address: 'christine@contoso.com' } },
      ],
      singleValueExtendedProperties: [{ id: color, value: 'Green' }],
    });
    const eq = await graph(
      tenant,
      priya,
      "/me/messages?$filter=singleValueExtendedProperties%2FAny(ep%3A%20ep%2Fid%20eq%20'String%20{66f5a359-4659-4830-9070-00047ec6ac6e}%20Name%20Color'%20and%20ep%2Fvalue%20eq%20'Light%20green')",
    );
    expect(eq.status).toBe(200);
    expect((eq.body.value as { id: string }[]).map((message) => message.id)).toEqual([id]);
    const contains = await graph(
      tenant,
      priya,
      `/Me/messages?$filter=${encodeURIComponent(`singleValueExtendedProperties/any(ep:ep/Id eq '${color}' and contains(ep/Value, 'green'))`)}`,
    );
    expect((contains.body.value as { id: string }[]).map((message) => message.id)).toEqual([id]);
  });

  it('list mail folders: https://learn.microsoft.com/en-us/graph/api/user-list-mailfolders', async () => {
    const folders = await graph(tenant, priya, '/me/mailFolders');
    expect(folders.status).toBe(200);
    expectShape(folders.body, {
      '@odata.context':
        "https://graph.microsoft.com/v1.0/$metadata#users('68ca8ec0-11f8-456b-a785-70d9936650d5')/mailFolders",
      value: [
        {
          id: 'AQMkADYAAAIBXQAAAA==',
          displayName: 'Archive',
          parentFolderId: 'AQMkADYAAAIBCAAAAA==',
          childFolderCount: 0,
          unreadItemCount: 0,
          totalItemCount: 0,
          isHidden: false,
        },
      ],
    });
  });

  it('delete a message: https://learn.microsoft.com/en-us/graph/api/message-delete (204)', async () => {
    const created = await graph(tenant, priya, '/me/messages', post({ subject: 'Delete me' }));
    const deleted = await graph(tenant, priya, `/me/messages/${String(created.body.id)}`, {
      method: 'DELETE',
    });
    expect(deleted.status).toBe(204);
  });
});
