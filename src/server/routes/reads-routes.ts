import { READS_ENDPOINTS as E } from '../../app/api-schemas/endpoints';
import { handle, type Route } from './route';

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

const gatheredReads = handle(E.gatheredReads, async ({ query }, services, c) => {
  const authorization = c.req.header('authorization') ?? '';
  const answers = await Promise.all(
    query.path.map(async (read) =>
      answerOf(await services.readAsCaller(`/api${read}`, authorization)),
    ),
  );
  return { body: { answers } };
});

export const READS_ROUTES: Route[] = [gatheredReads];
