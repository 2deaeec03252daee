import { GatheredReadsQuery, GatheredReadsResponse } from '../../app/api-schemas/reads';
import { respond } from '../http/respond';
import { parseWith } from '../http/validate';
import { PROBLEM_RESPONSES as P } from './helpers';
import type { Route } from './route';

/** A read's answer as the gathered body carries it. */
async function answerOf(response: Response) {
  const text = await response.text();
  const etag = response.headers.get('etag');
  return {
    status: response.status,
    ...(etag ? { etag } : {}),
    ...(text ? { body: JSON.parse(text) as unknown } : {}),
  };
}

const gatheredReads: Route = {
  method: 'get',
  path: '/api/reads',
  summary: 'Several reads in one call (a screen’s worth)',
  description:
    'Each path is read as its own GET with your token: the same checks, the same answer, the same audit. A screen that needs five reads makes one call. Reads are independent: one refused or missing does not fail the others.',
  tag: 'Reads',
  query: GatheredReadsQuery,
  responses: [
    { status: 200, description: 'The answers, in order.', schema: GatheredReadsResponse },
    P.badRequest,
  ],
  async handle(c, services) {
    const { path } = parseWith('query', GatheredReadsQuery, { path: c.req.queries('path') ?? [] });
    const authorization = c.req.header('authorization') ?? '';
    const answers = await Promise.all(
      path.map(async (read) => answerOf(await services.readAsCaller(`/api${read}`, authorization))),
    );
    return respond(c, GatheredReadsResponse, { answers });
  },
};

export const READS_ROUTES: Route[] = [gatheredReads];
