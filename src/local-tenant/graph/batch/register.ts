// Microsoft Graph JSON batching, POST /v1.0/$batch: https://learn.microsoft.com/graph/json-batching
import type { TenantFeature } from '../../core/context';
import { json, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import { parsedBody, resolved, resolveThen } from '../route-helper';
import { parseBatch } from './parse-batch';
import { runBatch } from './run-batch';
import { loopbackTargetOf } from './send-inner';

const batchRequests = parsedBody((raw) => {
  const parsed = parseBatch(raw);
  return parsed.ok ? resolved(parsed.requests) : parsed;
});

function handleBatch(req: GraphRequest): Promise<Reply> {
  return resolveThen(req, { requests: batchRequests }, async ({ requests }) => {
    const responses = await runBatch(requests, {
      target: loopbackTargetOf(req.raw.socket),
      authorization: req.header('authorization'),
      host: req.header('host'),
    });
    return json({ responses });
  });
}

/**
 * `/$batch` is matched literally (the router escapes `$`); `%24batch` is the same segment
 * percent-encoded, as some HTTP clients send it.
 */
export const batchFeature: TenantFeature = {
  name: 'batch',
  register(routes) {
    routes.graph('POST', '/$batch', handleBatch);
    routes.graph('POST', '/%24batch', handleBatch);
  },
};
