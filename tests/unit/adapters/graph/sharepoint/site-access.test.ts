import { describe, expect, it } from 'vitest';
import { siteGrantRequests, siteLookupRequest } from '../../../../../src/adapters/graph/sharepoint';
import { isPortError } from '../../../../../src/app/ports';

const graph = { root: 'https://graph.microsoft.com/v1.0' };
const app = { id: '5d3c1a8e-7b42-4f19-9c6e-2a8b0f4d7e61', displayName: 'Career Conversations API' };

describe('site addresses and grants as Graph spells them', () => {
  it('addresses a site by hostname and server-relative path, the root site by hostname', () => {
    expect(siteLookupRequest(graph, 'https://contoso.sharepoint.com/sites/career/').url).toBe(
      'https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com:/sites/career?$select=id',
    );
    expect(siteLookupRequest(graph, 'https://contoso.sharepoint.com/sites/HR%20Team').url).toBe(
      'https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com:/sites/HR%20Team?$select=id',
    );
    expect(siteLookupRequest(graph, 'https://contoso.sharepoint.com').url).toBe(
      'https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com?$select=id',
    );
  });

  it('refuses what is not a site address', () => {
    for (const bad of [
      'contoso',
      'http://contoso.sharepoint.com/sites/x',
      'https://c.sharepoint.com/sites/x?y=1',
    ]) {
      expect(() => siteLookupRequest(graph, bad), bad).toThrow(
        expect.toSatisfy((e: unknown) => isPortError(e, 'invalid')),
      );
    }
  });

  it('grants write with the documented body, then raises it to manage', () => {
    expect(siteGrantRequests(graph, 'contoso.sharepoint.com,a,b', app, 'manage')).toEqual([
      {
        method: 'POST',
        url: 'https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com,a,b/permissions',
        body: {
          roles: ['write'],
          grantedToIdentities: [{ application: { id: app.id, displayName: app.displayName } }],
        },
      },
      {
        method: 'PATCH',
        url: 'https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com,a,b/permissions/{permission-id}',
        body: { roles: ['manage'] },
      },
    ]);
    expect(siteGrantRequests(graph, '{site-id}', app, 'write')).toHaveLength(1);
  });
});
