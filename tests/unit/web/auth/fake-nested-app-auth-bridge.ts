/**
 * A host's nested app auth bridge (`window.nestedAppAuthBridge`) as MSAL's nestable client sees
 * it: JSON requests in, JSON responses out by request id. Answers are scripted per method.
 */
type Listener = (response: string) => void;

export interface BridgeAnswer {
  token?: { access_token: string; expires_in: number; id_token: string; scope: string };
  account?: Record<string, unknown>;
  error?: { status: string; code?: string; subError?: string; description?: string };
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** An unsigned ID token: MSAL reads its claims, the host is trusted to have checked it. */
export function idToken(claims: Record<string, unknown>): string {
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
}

export function fakeNestedAppAuthBridge(answers: Record<string, () => BridgeAnswer>) {
  const listeners = new Set<Listener>();
  const requests: { method: string; tokenParams?: Record<string, unknown> }[] = [];
  return {
    requests,
    bridge: {
      addEventListener: (type: string, listener: Listener) => {
        if (type === 'message') listeners.add(listener);
      },
      removeEventListener: (_type: string, listener: Listener) => {
        listeners.delete(listener);
      },
      postMessage: (raw: string) => {
        const request = JSON.parse(raw) as {
          method: string;
          requestId: string;
          tokenParams?: Record<string, unknown>;
        };
        requests.push({
          method: request.method,
          ...(request.tokenParams ? { tokenParams: request.tokenParams } : {}),
        });
        const answer =
          request.method === 'GetInitContext'
            ? { initContext: { sdkName: 'fake-host', sdkVersion: '1.0.0', capabilities: {} } }
            : (answers[request.method]?.() ?? {
                error: { status: 'PERSISTENT_ERROR', code: 'unexpected' },
              });
        const envelope = {
          messageType: 'NestedAppAuthResponse',
          requestId: request.requestId,
          success: !('error' in answer),
          ...answer,
        };
        queueMicrotask(() => {
          for (const listener of listeners) listener(JSON.stringify(envelope));
        });
      },
    },
  };
}
