/**
 * Runs in a local host page (Teams or Outlook): answers one of MSAL's nested app auth envelopes
 * as the host's broker does, through the tenant's POST /_local/teams/token. Both hosts speak the
 * same bridge (MSAL's `window.nestedAppAuthBridge`); only how the envelope travels differs
 * (teams-js messages, or the Office.js stand-in's).
 */
import {
  bridgeErrorOf,
  bridgeFailure,
  bridgeInitContext,
  bridgeTokenResponse,
  type BridgeRequest,
  type EntraTokenAnswer,
  type HostConfig,
} from './protocol.ts';

/** What the broker needs to know about the host page that runs it. */
export type BrokerConfig = Pick<
  HostConfig,
  'environment' | 'authority' | 'tenantId' | 'persona' | 'frameOrigin' | 'naa' | 'tokenUrl'
>;

async function brokerToken(
  config: BrokerConfig,
  bridge: BridgeRequest,
): Promise<Record<string, unknown>> {
  const params = bridge.tokenParams;
  if (!params) {
    return bridgeFailure(bridge.requestId, {
      status: 'PERSISTENT_ERROR',
      code: 'invalid_request',
      description: 'A token request without tokenParams.',
    });
  }
  let response: Response;
  try {
    response = await fetch(config.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        persona: config.persona.id,
        clientId: params.clientId,
        scope: params.scope,
        frameOrigin: config.frameOrigin,
        authority: params.authority,
        correlationId: params.correlationId,
      }),
    });
  } catch (error) {
    return bridgeFailure(bridge.requestId, {
      status: 'TRANSIENT_ERROR',
      code: 'no_network',
      description: String(error),
    });
  }
  const answer = (await response.json()) as EntraTokenAnswer;
  if (response.ok && answer.access_token && answer.id_token) {
    return bridgeTokenResponse(
      bridge.requestId,
      { ...answer, access_token: answer.access_token, id_token: answer.id_token },
      config,
    );
  }
  if (response.status >= 500) {
    return bridgeFailure(bridge.requestId, {
      status: 'TRANSIENT_ERROR',
      code: answer.error ?? 'server_error',
      description: answer.error_description ?? `HTTP ${String(response.status)}`,
    });
  }
  return bridgeFailure(bridge.requestId, bridgeErrorOf(bridge.method, answer));
}

/** MSAL's response envelope for one request envelope: init context, a token, or a failure. */
export async function answerBridgeRequest(
  config: BrokerConfig,
  bridge: BridgeRequest,
): Promise<Record<string, unknown>> {
  if (!config.naa) {
    return bridgeFailure(bridge.requestId, {
      status: 'NESTED_APP_AUTH_UNAVAILABLE',
      description: 'This host was started without nested app auth (naa=off).',
    });
  }
  if (bridge.method === 'GetInitContext') return bridgeInitContext(bridge.requestId, config);
  return brokerToken(config, bridge);
}
