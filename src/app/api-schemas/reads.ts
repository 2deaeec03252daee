import { documented, z } from '../zod';

/** At most this many reads in one call: a screen's worth, not a crawl. */
export const GATHERED_READS_MAX = 8;

/**
 * A read of the API's own, as a path under `/api` with its query (`/people/{id}/contract?tz=…`).
 * Never `/reads` itself.
 */
const ReadPath = z.string().check(
  z.maxLength(512),
  z.regex(
    /^\/(?!reads(?:[/?]|$))[A-Za-z0-9._~%/-]*(\?[A-Za-z0-9._~%=&+/-]*)?$/,
    'must be a path of this API (not /reads), with its query',
  ),
  // No dot segments, spelled out or encoded: they would climb out of /api.
  z.refine(
    (path) => !/(^|\/)(\.|%2e){1,2}(\/|\?|$)/i.test(path.split('?')[0] ?? ''),
    'must not contain . or .. segments',
  ),
);

export const GatheredReadsQuery = z.object({
  path: documented(z.array(ReadPath).check(z.minLength(1), z.maxLength(GATHERED_READS_MAX)), {
    description: `Up to ${String(GATHERED_READS_MAX)} GET paths under /api, each with its query, e.g. \`/people/{personId}/contract?tz=Europe/London\`. Repeat the parameter for each.`,
  }),
});

export const GatheredReadsResponse = documented(
  z.object({
    answers: z.array(
      z.object({
        status: z.number(),
        etag: z.exactOptional(z.string()),
        body: documented(z.exactOptional(z.unknown()), {
          description: 'The JSON the read answers on its own (a problem for 4xx/5xx).',
        }),
      }),
    ),
  }),
  {
    id: 'GatheredReads',
    description: 'One answer per path, in the order asked, each as that GET answers it alone.',
  },
);
