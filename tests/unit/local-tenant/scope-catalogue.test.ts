import { describe, expect, it } from 'vitest';
import { parseScopes } from '../../../src/local-tenant/entra/scopes';
import { buildSeedState } from '../../../src/local-tenant/seed/build-state';

const state = buildSeedState({
  kind: 'empty',
  now: new Date('2025-03-03T09:00:00Z'),
  spaRedirectUris: [],
  apiClientSecret: 'not-a-secret',
  signingKeys: [],
  clock: { offsetMs: 0, frozenAtMs: null },
  hooks: [],
});

describe('local tenant: Microsoft Graph scope catalogue', () => {
  // Real delegated permissions (https://learn.microsoft.com/en-us/graph/permissions-reference):
  // asking for one is a consent question, never AADSTS650053 "scope doesn't exist".
  it.each([
    'Sites.Manage.All',
    'Sites.FullControl.All',
    'Chat.Create',
    'ChatMessage.Send',
    'ChatMessage.Read',
    'Chat.ReadBasic',
    'Directory.AccessAsUser.All',
  ])('knows the delegated scope %s', (scope) => {
    const parsed = parseScopes(state, `https://graph.microsoft.com/${scope}`, 'tenant');
    expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
  });

  it('still refuses a scope Graph does not have', () => {
    const parsed = parseScopes(state, 'https://graph.microsoft.com/User.Fly', 'tenant');
    expect(parsed.ok).toBe(false);
  });
});
