/** A scripted stand-in for fetch: each request is recorded and answered by the handler. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string | undefined;
}

export type Answer = Response | Error;

export function jsonResponse(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export function graphErrorResponse(
  status: number,
  code: string,
  headers: Record<string, string> = {},
): Response {
  return jsonResponse({ error: { code, message: `${code} happened` } }, status, headers);
}

export function fakeFetch(handler: (request: SeenRequest, index: number) => Answer) {
  const seen: SeenRequest[] = [];
  const fetchImpl = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const request: SeenRequest = {
      method: init?.method ?? 'GET',
      url,
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : undefined,
    };
    seen.push(request);
    const answer = handler(request, seen.length - 1);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  return { fetch: fetchImpl, seen };
}

export function recordingSleep() {
  const waits: number[] = [];
  return {
    waits,
    sleep: (ms: number): Promise<void> => {
      waits.push(ms);
      return Promise.resolve();
    },
  };
}
