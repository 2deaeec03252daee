import { describe, expect, it } from 'vitest';
import { GRAPH_PERMISSIONS, GRAPH_PERMISSION_IDS } from '../../../src/app/permissions';
import {
  permissionDrift,
  readPermissionSources,
  type PermissionSources,
} from './permission-sources';

const sources = readPermissionSources();
const copy = (): PermissionSources => structuredClone(sources);

describe('one list of Microsoft Graph permissions', () => {
  it('is what the app registration, the admin guide, the web app and the local tenant say', () => {
    expect(permissionDrift(sources)).toEqual([]);
  });

  it('asks for the least privilege: no Chat.ReadWrite, no User.ReadBasic.All, no unused scope', () => {
    const names = GRAPH_PERMISSIONS.map((p) => `${p.kind}:${p.name}`);
    expect(names).not.toContain('delegated:Chat.ReadWrite');
    expect(names).toEqual(
      expect.arrayContaining(['delegated:Chat.Create', 'delegated:ChatMessage.Send']),
    );
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every permission a distinct Graph id', () => {
    const ids = [
      ...Object.values(GRAPH_PERMISSION_IDS.delegated),
      ...Object.values(GRAPH_PERMISSION_IDS.application),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});

describe('the drift check notices', () => {
  it('a permission dropped from the list but still asked for, granted and documented', () => {
    const drift = permissionDrift(
      sources,
      GRAPH_PERMISSIONS.filter((p) => p.name !== 'Chat.Read'),
    ).join('\n');
    expect(drift).toMatch(/aad\.manifest\.json requiredResourceAccess/);
    expect(drift).toMatch(/scopes the web app requests/);
    expect(drift).toMatch(/SPA_GRAPH_SCOPES/);
    expect(drift).toMatch(/admin-guide\.md/);
  });

  it('a Graph permission added to aad.manifest.json by hand', () => {
    const changed = copy();
    changed.aadManifest.requiredResourceAccess[0]?.resourceAccess.push({
      id: '9ff7295e-131b-4d94-90e1-69fde507ac11',
      type: 'Scope',
    });
    expect(permissionDrift(changed)).toEqual([expect.stringContaining('requiredResourceAccess')]);
  });

  it('a scope the web app asks for that the list lacks', () => {
    const changed = copy();
    changed.requestedScopes.push('Chat.ReadWrite');
    expect(permissionDrift(changed)).toEqual([
      expect.stringContaining('scopes the web app requests'),
    ]);
  });

  it('local tenant consent that differs', () => {
    const changed = copy();
    changed.tenantSpaScopes = changed.tenantSpaScopes.filter((s) => s !== 'Chat.Create');
    changed.tenantApiRoles.push('Sites.FullControl.All');
    expect(permissionDrift(changed)).toHaveLength(2);
  });

  it('an admin guide table edited by hand', () => {
    const changed = copy();
    changed.adminGuide = changed.adminGuide.replace(/^\| `Chat\.Create`/m, '| `Chat.ReadWrite`');
    expect(permissionDrift(changed)).toEqual([expect.stringContaining('npm run docs:permissions')]);
  });

  it('a registration that would issue v1 tokens or lose nested app auth', () => {
    const changed = copy();
    changed.aadManifest.api.requestedAccessTokenVersion = 1;
    changed.aadManifest.spa.redirectUris = ['https://${{APP_DOMAIN}}/'];
    changed.aadManifest.api.preAuthorizedApplications.pop();
    expect(permissionDrift(changed)).toHaveLength(3);
  });
});
