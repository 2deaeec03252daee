import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENDPOINT_LIST } from '../../../src/app/api-schemas/endpoints';
import { toHttpEtag } from '../../../src/server/http/etag';
import type { EndpointDefinition } from '../../../src/app/api-schemas/endpoint';
import { currentIds, etagFor, seedForFuzzing } from './fuzz-fixtures';
import {
  createHarness,
  firstContractBody,
  HR_ADMIN,
  MANAGER,
  OTHER_MANAGER,
  REPORT,
} from './harness';

/** Answers a client can act on. A 5xx, or anything else, is a bug the fuzzer found. */
const ALLOWED = new Set([200, 201, 204, 400, 401, 403, 404, 412, 413, 415, 422, 428]);
const RUNS_PER_ROUTE = 420;

const WRITE_ROUTES = ENDPOINT_LIST.filter((r) => r.method !== 'get');

/** A body each write route accepts as it is; the fuzzer breaks it field by field. */
const VALID_BODIES: Record<string, unknown> = {
  'post /api/people/{personId}/contract/versions': firstContractBody(),
  'post /api/people/{personId}/contract/commitments': {
    party: 'manager',
    kind: 'raise-profile',
    action: 'Put Liam forward to present at the engineering all-hands',
    due: '2026-07-01',
    reason: 'monthly-review',
    note: 'Added at the review',
  },
  'patch /api/people/{personId}/contract/commitments/{commitmentId}': {
    due: '2026-08-01',
    reason: 'correction',
    note: 'Moved',
  },
  'post /api/people/{personId}/conversations': {
    kind: 'ad-hoc',
    trigger: 'major-milestone',
    state: 'booked',
    event: {
      eventId: 'e1',
      title: 'Career conversation',
      start: '2026-05-01T09:00:00Z',
      end: '2026-05-01T10:00:00Z',
    },
  },
  'patch /api/conversations/{conversationId}': {
    sharedNotes: 'Notes',
    phasesReached: ['where-now'],
  },
  'post /api/people/{personId}/triggers': { trigger: 'drop-in-engagement' },
  'post /api/people/{personId}/triggers/{logId}/close': { conversationId: 'id-1' },
  'put /api/people/{personId}/profile': { direction: 'Platform lead', transitions: [] },
  'post /api/me/consents': { managerId: MANAGER },
};

const weird = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('..', '%2e%2e', 'a/b', ' ', '%00', 'x'.repeat(300), '<script>', "' OR 1=1 --"),
);

/** A body that is valid except for one field replaced by something arbitrary (or removed). */
function mutated(valid: unknown): fc.Arbitrary<unknown> {
  if (typeof valid !== 'object' || valid === null) return fc.jsonValue();
  const keys = Object.keys(valid);
  return fc
    .tuple(fc.constantFrom(...keys, '__extra__'), fc.option(fc.jsonValue(), { nil: undefined }))
    .map(([key, value]) => {
      const entries = Object.entries(valid).filter(([name]) => name !== key);
      return Object.fromEntries(value === undefined ? entries : [...entries, [key, value]]);
    });
}

interface Case {
  caller: string | undefined;
  token: 'good' | 'garbage' | 'none';
  params: Record<string, string>;
  body: { kind: 'json'; value: unknown } | { kind: 'raw'; text: string } | { kind: 'none' };
  contentType: string | undefined;
  /** 'current' and 'none' are instructions; anything else is sent as it is. */
  ifMatch: string;
  confirm: string | undefined;
}

function caseFor(
  route: EndpointDefinition,
  ids: () => Record<string, string[]>,
): fc.Arbitrary<Case> {
  const key = `${route.method} ${route.path}`;
  const valid = VALID_BODIES[key];
  const names = [...route.path.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1] ?? '');
  const paramArb = fc.record(
    Object.fromEntries(
      names.map((name) => [
        name,
        fc.oneof(
          { weight: 4, arbitrary: fc.nat({ max: 20 }).map((i) => `@valid:${String(i)}`) },
          { weight: 1, arbitrary: weird },
        ),
      ]),
    ),
  );
  const bodyArb: fc.Arbitrary<Case['body']> = fc.oneof(
    {
      weight: 3,
      arbitrary: mutated(valid ?? {}).map((value) => ({ kind: 'json' as const, value })),
    },
    { weight: 1, arbitrary: fc.constant(valid).map((value) => ({ kind: 'json' as const, value })) },
    { weight: 2, arbitrary: fc.jsonValue().map((value) => ({ kind: 'json' as const, value })) },
    {
      weight: 1,
      arbitrary: fc.string({ maxLength: 200 }).map((text) => ({ kind: 'raw' as const, text })),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
  );
  return fc
    .record({
      caller: fc.constantFrom(MANAGER, MANAGER, REPORT, OTHER_MANAGER, HR_ADMIN),
      token: fc.oneof(
        { weight: 10, arbitrary: fc.constant('good' as const) },
        { weight: 1, arbitrary: fc.constantFrom('garbage' as const, 'none' as const) },
      ),
      params: paramArb,
      body: bodyArb,
      contentType: fc.oneof(
        {
          weight: 8,
          arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8'),
        },
        { weight: 1, arbitrary: fc.constantFrom('text/plain', undefined) },
      ),
      ifMatch: fc.oneof(
        { weight: 3, arbitrary: fc.constant('current') },
        { weight: 1, arbitrary: fc.constant('none') },
        { weight: 1, arbitrary: fc.constantFrom('*', '"abc"', 'W/"x"', '"', 'garbage') },
      ),
      confirm: fc.option(fc.constantFrom(REPORT, 'nobody'), { nil: undefined }),
    })
    .map((c) => ({
      ...c,
      params: Object.fromEntries(
        Object.entries(c.params).map(([name, value]) => {
          if (!value.startsWith('@valid:')) return [name, value];
          const options = ids()[name] ?? ['x'];
          const index = Number(value.slice('@valid:'.length));
          return [name, options[index % Math.max(1, options.length)] ?? 'x'];
        }),
      ),
    }));
}

describe('fuzzing every write endpoint', () => {
  it(`answers ${String(WRITE_ROUTES.length * RUNS_PER_ROUTE)} random requests without a 5xx`, async () => {
    const h = createHarness();
    await seedForFuzzing(h);
    const histogram = new Map<number, number>();
    let total = 0;
    let snapshot = await currentIds(h);
    for (const route of WRITE_ROUTES) {
      await fc.assert(
        fc.asyncProperty(
          caseFor(route, () => snapshot.ids),
          async (c) => {
            snapshot = await currentIds(h);
            let path = route.path;
            for (const [name, value] of Object.entries(c.params)) {
              path = path.replace(`{${name}}`, encodeURIComponent(value));
            }
            if (route.method === 'delete' && c.confirm !== undefined)
              path += `?confirm=${c.confirm}`;
            const headers: Record<string, string> = {};
            if (c.token === 'good' && c.caller) headers.authorization = `Bearer test:${c.caller}`;
            if (c.token === 'garbage') headers.authorization = 'Bearer e30.e30.e30';
            if (c.contentType) headers['content-type'] = c.contentType;
            const current = etagFor(path, snapshot.etags);
            if (c.ifMatch === 'current' && current) headers['if-match'] = toHttpEtag(current);
            else if (c.ifMatch !== 'current' && c.ifMatch !== 'none')
              headers['if-match'] = c.ifMatch;
            const body =
              c.body.kind === 'json'
                ? JSON.stringify(c.body.value)
                : c.body.kind === 'raw'
                  ? c.body.text
                  : undefined;
            const response = await h.app.request(path, {
              method: route.method.toUpperCase(),
              headers,
              ...(body === undefined ? {} : { body }),
            });
            const text = await response.text();
            total += 1;
            histogram.set(response.status, (histogram.get(response.status) ?? 0) + 1);
            if (!ALLOWED.has(response.status)) {
              throw new Error(`${route.method} ${path} → ${String(response.status)} ${text}`);
            }
            if (response.status >= 400) {
              expect(response.headers.get('content-type')).toContain('application/problem+json');
            }
          },
        ),
        { numRuns: RUNS_PER_ROUTE },
      );
    }
    const errors = h.log.entries.filter((e) => e.level === 'error');
    expect(errors).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(5000);
    console.info(
      `fuzzed ${String(total)} requests over ${String(WRITE_ROUTES.length)} write endpoints:`,
      Object.fromEntries([...histogram.entries()].sort(([a], [b]) => a - b)),
    );
  }, 180_000);
});
