import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHarness } from './harness';

/**
 * The OpenAPI description as it was generated before endpoints were declared once, in a table
 * (issue #17). The document generated from the table must say the same: a change here is a
 * change to the API's contract, made on purpose and written into the snapshot with it.
 */
const SNAPSHOT = new URL('./fixtures/openapi.snapshot.json', import.meta.url);

describe('OpenAPI description', () => {
  it('is generated from the endpoint table equal in content to the committed snapshot', async () => {
    const h = createHarness();
    const reply = await h.call(undefined, 'GET', '/api/openapi.json');
    expect(reply.status).toBe(200);
    const expected = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as unknown;
    expect(reply.json).toEqual(expected);
  });
});
