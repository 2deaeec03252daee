import type { LocalTenant } from '../../../../src/local-tenant';
import { SPA_APP_ID } from '../../../../src/local-tenant';
import { findUser } from '../../../../src/local-tenant/entra/lookups';
import { graphDefault } from '../../../../src/local-tenant/entra/scopes';
import { issueDelegatedAccessToken } from '../../../../src/local-tenant/entra/token-issuer';

export interface MintOptions {
  /** Delegated Graph scopes the token carries (`scp`). */
  scopes: string[];
  /** Another client application; registered in the tenant (a copy of the SPA) when new. */
  client?: { appId: string; displayName: string };
}

/**
 * A Graph access token signed by the tenant, with exactly the given scopes and client: the
 * consented SPA always gets all of its scopes, so narrower tokens are minted here.
 */
export async function mintGraphToken(
  tenant: LocalTenant,
  upn: string,
  options: MintOptions,
): Promise<string> {
  const state = tenant.state.state;
  const user = findUser(state, upn);
  if (!user) throw new Error(`No user ${upn}`);
  const spa = state.applications.find((app) => app.appId === SPA_APP_ID);
  if (!spa) throw new Error('SPA missing');
  const wanted = options.client;
  if (wanted && !state.applications.some((app) => app.appId === wanted.appId)) {
    tenant.state.update((draft) => {
      draft.applications.push({
        ...structuredClone(spa),
        appId: wanted.appId,
        id: `${wanted.appId}-app`,
        servicePrincipalId: `${wanted.appId}-sp`,
        displayName: wanted.displayName,
      });
    });
  }
  const client = state.applications.find((app) => app.appId === (wanted?.appId ?? SPA_APP_ID));
  if (!client) throw new Error('client missing');
  const issued = await issueDelegatedAccessToken(tenant.ctx, {
    client,
    user,
    target: { ...graphDefault(state), scopes: options.scopes },
    scopes: options.scopes,
    clientAuth: '0',
    sessionId: 'test-session',
  });
  return issued.token;
}
