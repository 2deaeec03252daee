import { describe, expect, it } from 'vitest';
import { ENDPOINT_LIST } from '../../../src/app/api-schemas/endpoints';
import { ROUTES } from '../../../src/server/app';

/**
 * Each endpoint is declared once, in the table (src/app/api-schemas/endpoints.ts); the server
 * binds one handler to each definition and serves nothing the table does not declare.
 */
describe('endpoint table and server handlers', () => {
  const name = (e: { method: string; path: string }) => `${e.method} ${e.path}`;

  it('binds exactly one handler to every definition, and none to anything else', () => {
    const handled = ENDPOINT_LIST.map((endpoint) => ({
      endpoint: name(endpoint),
      handlers: ROUTES.filter((route) => route.endpoint === endpoint).length,
    }));
    expect(handled.filter((h) => h.handlers !== 1)).toEqual([]);
    expect(
      ROUTES.filter((route) => !ENDPOINT_LIST.includes(route.endpoint)).map((r) =>
        name(r.endpoint),
      ),
    ).toEqual([]);
  });

  it('declares each method and path once', () => {
    const names = ENDPOINT_LIST.map(name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('names the person in the path of every endpoint whose access is about a person', () => {
    const unnamed = ENDPOINT_LIST.filter(
      (e) => e.access?.subject === 'person' && !e.path.includes('{personId}'),
    );
    expect(unnamed.map(name)).toEqual([]);
  });

  it('leaves the rule to the handler wherever only the record names the person', () => {
    const unasked = ENDPOINT_LIST.filter(
      (e) => e.access?.subject === 'record' && e.access.askedBy !== 'handler',
    );
    expect(unasked.map(name)).toEqual([]);
  });

  it('declares the access rule of every endpoint that reaches someone’s records', () => {
    // Lists ask the rule per record they show (after the gate); these need no token owner's rule.
    const ownOnly = ['get /api/me', 'get /api/reads', 'get /api/me/nudges', 'put /api/me/nudges'];
    const undeclared = ENDPOINT_LIST.filter(
      (e) => e.access?.action === undefined && e.access?.gate !== true,
    ).map(name);
    expect(undeclared).toEqual(ownOnly);
  });
});
