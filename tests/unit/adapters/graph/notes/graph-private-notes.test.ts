import { describe, expect, it } from 'vitest';
import { createGraphClient } from '../../../../../src/adapters/graph/client';
import {
  GraphPrivateNotes,
  encodeNote,
} from '../../../../../src/adapters/graph/notes/graph-private-notes';
import { fakeFetch, jsonResponse } from '../client/fake-fetch';

const DOWNLOAD =
  'https://contoso-my.sharepoint.com/personal/priya/_layouts/15/download.aspx?tempauth=abc';

function notesOver(handler: Parameters<typeof fakeFetch>[0]) {
  const fake = fakeFetch(handler);
  const client = createGraphClient({
    baseUrl: 'https://graph.example.test',
    getAccessToken: () => Promise.resolve('secret-token'),
    fetch: fake.fetch,
    sleep: () => Promise.resolve(),
  });
  return { notes: new GraphPrivateNotes(client), seen: fake.seen };
}

describe('GraphPrivateNotes.read', () => {
  // https://learn.microsoft.com/graph/api/driveitem-get-content: a browser cannot follow the
  // 302 of GET …/content (CORS); JavaScript apps download from @microsoft.graph.downloadUrl.
  it("downloads from the item's downloadUrl without the token, never through /content", async () => {
    const { notes, seen } = notesOver((request) =>
      request.url.startsWith(DOWNLOAD)
        ? new Response(encodeNote('Ask about the guild.'), {
            headers: { 'content-type': 'application/octet-stream' },
          })
        : jsonResponse({ id: 'item-1', eTag: '"{E},3"', '@microsoft.graph.downloadUrl': DOWNLOAD }),
    );
    expect(await notes.read('liam')).toEqual({ text: 'Ask about the guild.', etag: '"{E},3"' });
    expect(seen.map((r) => r.url.split('?')[0])).toEqual([
      'https://graph.example.test/v1.0/me/drive/special/approot:/prep/liam.json',
      DOWNLOAD.split('?')[0],
    ]);
    expect(seen.some((r) => r.url.includes('/content'))).toBe(false);
    expect(seen[1]?.headers.get('authorization')).toBeNull();
  });

  it('fails as unavailable when the download URL answers an error', async () => {
    const { notes } = notesOver((request) =>
      request.url.startsWith(DOWNLOAD)
        ? new Response('401 UNAUTHORIZED', { status: 401 })
        : jsonResponse({ id: 'item-1', eTag: '"{E},3"', '@microsoft.graph.downloadUrl': DOWNLOAD }),
    );
    await expect(notes.read('liam')).rejects.toMatchObject({ kind: 'unavailable' });
  });
});
