// Microsoft Graph JSON batching, POST /v1.0/$batch: https://learn.microsoft.com/graph/json-batching
import type { TenantFeature } from '../../core/context';
import { json, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import { graphBodyError } from '../collections';
import { parseBatch } from './parse-batch';
import { runBatch } from './run-batch';
import { loopbackTargetOf } from './send-inner';

async function handleBatch(req: GraphRequest): Promise<Reply> {
  const body = await req.readJson();
  if (!body.ok) return graphBodyError(body);
  const parsed = parseBatch(body.value);
  if (!parsed.ok) return parsed.reply;
  const responses = await runBatch(parsed.requests, {
    target: loopbackTargetOf(req.raw.socket),
    authorization: req.header('authorization'),
    host: req.header('host'),
  });
  return json({ responses });
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
