import { describe, expect, it } from 'vitest';
import { stripApiDocs } from '../../../scripts/build/strip-api-docs';

const source = `
const Thing = documented(z.object({ description: z.string(), id: z.string() }), {
  id: 'Thing',
  description: 'Only the OpenAPI document reads this.',
});
const P = { forbidden: { status: 403, description: 'The access rules refuse this.' } };
export const E = {
  thing: defineEndpoint({
    method: 'get',
    path: '/api/things/{id}',
    summary: 'One thing',
    description: 'A longer word for the document.',
    tag: 'Things',
    responses: [{ status: 200, description: 'The thing.', schema: Thing }, P.forbidden],
  }),
};
const shown = { label: 'x', description: 'the app shows this' };
`;

describe('the browser build’s copy of the endpoint table', () => {
  const stripped = stripApiDocs(source);

  it('leaves out the words only the OpenAPI document reads', () => {
    for (const words of [
      'Only the OpenAPI document reads this.',
      'The access rules refuse this.',
      'One thing',
      'A longer word for the document.',
      "'Things'",
      'The thing.',
    ]) {
      expect(stripped).not.toContain(words);
    }
  });

  it('keeps everything a call needs, a schema field named description, and other objects’ words', () => {
    expect(stripped).toContain("path: '/api/things/{id}'");
    expect(stripped).toContain("method: 'get'");
    expect(stripped).toContain('{ status: 200,  schema: Thing }');
    expect(stripped).toContain('description: z.string()');
    expect(stripped).toContain("id: 'Thing'");
    expect(stripped).toContain("description: 'the app shows this'");
  });

  it('leaves valid JavaScript', () => {
    expect(() => stripApiDocs(stripped)).not.toThrow();
  });
});
