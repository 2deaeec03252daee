import { defineEndpoint, PROBLEM_RESPONSES as P } from './endpoint';
import { GatheredReadsQuery, GatheredReadsResponse } from './reads';

export const READS_ENDPOINTS = {
  // Each read is checked as the GET it names; the gathering call itself reaches no data.
  gatheredReads: defineEndpoint({
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
  }),
};
