import { z } from 'zod';
import type { TenantContext, TenantFeature } from '../core/context';
import { json, type Reply } from '../core/reply';
import type { TenantRequest } from '../core/request';
import { faultsSchema, NO_FAULTS } from '../state/types';
import { mergeDefined } from '../core/merge-defined';
import { resolveDemoOrg } from '../seed/demo-org';
import type { SeedKind } from '../seed/build-state';
import { findUser } from '../entra/lookups';
import { mailboxViewer } from './mailbox-viewer';
import { stateView } from './state-view';
import { addUser, userPatchSchema, newUserSchema } from './users';
import { refused, replyFrom, resolved, type Resolved } from '../graph/route-helper';

const seedBody = z.object({ seed: z.enum(['demo', 'empty']).optional() });
const clockBody = z.object({
  now: z.iso.datetime({ offset: true }).optional(),
  advanceMs: z.number().int().optional(),
  advance: z.string().optional(),
  frozen: z.boolean().optional(),
});
const managerBody = z.object({ managerId: z.string().nullable() });

const bad = (message: string): Reply => json({ error: 'bad_request', message }, 400);

/** An empty body reads as `{}`: every control's fields are optional or defaulted. */
async function readBody<T>(req: TenantRequest, schema: z.ZodType<T>): Promise<Resolved<T>> {
  const text = await req.readText();
  if (!text.ok) return refused(bad(text.message));
  let raw: unknown = {};
  if (text.value.trim() !== '') {
    try {
      raw = JSON.parse(text.value);
    } catch {
      return refused(bad('Body is not valid JSON.'));
    }
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return refused(bad(z.prettifyError(parsed.error)));
  return resolved(parsed.data);
}

/** Answers with the body the schema reads, or with the 400 a malformed one gets. */
async function withBody<T>(
  req: TenantRequest,
  schema: z.ZodType<T>,
  answer: (body: T) => Reply,
): Promise<Reply> {
  return replyFrom(await readBody(req, schema), answer);
}

/** `P1DT2H30M`: days, hours, minutes and seconds only (months have no fixed length). */
export function parseDurationMs(text: string): number | undefined {
  const match = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return undefined;
  const [, sign, d = '0', h = '0', m = '0', s = '0'] = match;
  const ms = ((Number(d) * 24 + Number(h)) * 60 + Number(m)) * 60_000 + Number(s) * 1000;
  return sign ? -ms : ms;
}

function clockView(ctx: TenantContext): Reply {
  return json({
    now: ctx.clock.now().toISOString(),
    offsetMs: ctx.clock.offsetMs,
    frozen: ctx.clock.frozen,
  });
}

export interface ControlsOptions {
  reseed(kind: SeedKind): void;
}

/**
 * Test and demo controls under /_local (loopback tools only, never other sites: see pipeline.ts;
 * not part of Graph or Entra).
 */
export function createControlsFeature(options: ControlsOptions): TenantFeature {
  return {
    name: 'controls',
    register(routes, ctx) {
      routes.route('GET', '/_local', () =>
        json({
          tenantId: ctx.tenantId,
          authority: ctx.urls.authority,
          graph: ctx.urls.graph,
          seed: ctx.store.state.seed,
          controls: [
            'POST /_local/reset',
            'POST /_local/seed',
            'GET|POST /_local/clock',
            'GET|PUT|DELETE /_local/faults',
            'GET /_local/keys',
            'POST /_local/keys/rotate',
            'POST /_local/keys/remove-retired',
            'GET /_local/people',
            'POST /_local/users',
            'PATCH /_local/users/{id}',
            'PUT /_local/users/{id}/manager',
            'GET /_local/state',
            'GET /_local/viewer',
            'GET /_local/teams',
            'POST /_local/teams/token',
          ],
        }),
      );
      const reseed = (req: TenantRequest, fallback: SeedKind | undefined): Promise<Reply> =>
        withBody(req, seedBody, (body) => {
          const kind = body.seed ?? fallback;
          if (!kind) return bad('Say which seed: {"seed":"demo"} or {"seed":"empty"}.');
          options.reseed(kind);
          return json({ seed: kind, users: ctx.store.state.users.length });
        });
      routes.route('POST', '/_local/reset', (req) => reseed(req, ctx.store.state.seed));
      routes.route('POST', '/_local/seed', (req) => reseed(req, undefined));

      routes.route('GET', '/_local/clock', () => clockView(ctx));
      routes.route('POST', '/_local/clock', (req) =>
        withBody(req, clockBody, ({ now, advanceMs, advance, frozen }) => {
          const durationMs = advance === undefined ? 0 : parseDurationMs(advance);
          if (durationMs === undefined)
            return bad(`'${advance ?? ''}' is not a duration like P1DT2H.`);
          if (frozen === true) ctx.clock.freeze();
          if (frozen === false) ctx.clock.unfreeze();
          if (now !== undefined) ctx.clock.set(new Date(now));
          if (advanceMs !== undefined || durationMs !== 0)
            ctx.clock.advance((advanceMs ?? 0) + durationMs);
          return clockView(ctx);
        }),
      );

      routes.route('GET', '/_local/faults', () => json(ctx.store.state.faults));
      routes.route('PUT', '/_local/faults', (req) =>
        withBody(req, faultsSchema.partial(), (faults) => {
          ctx.store.update((state) => {
            state.faults = mergeDefined(structuredClone(NO_FAULTS), faults);
          });
          return json(ctx.store.state.faults);
        }),
      );
      routes.route('DELETE', '/_local/faults', () => {
        ctx.store.update((state) => {
          state.faults = structuredClone(NO_FAULTS);
        });
        return json(ctx.store.state.faults);
      });

      const keyView = (): Reply =>
        json({
          keys: ctx.store.state.signingKeys.map((k) => ({
            kid: k.kid,
            status: k.status,
            createdAt: k.createdAt,
          })),
        });
      routes.route('GET', '/_local/keys', keyView);
      routes.route('POST', '/_local/keys/rotate', async () => {
        await ctx.keys.rotate();
        return keyView();
      });
      routes.route('POST', '/_local/keys/remove-retired', () => {
        ctx.keys.removeRetired();
        return keyView();
      });

      routes.route('GET', '/_local/people', () =>
        json({
          org:
            ctx.store.state.seed === 'demo'
              ? resolveDemoOrg(new Date(ctx.store.state.seededAt))
              : null,
          users: ctx.store.state.users.map((u) => ({
            id: u.id,
            userPrincipalName: u.userPrincipalName,
            displayName: u.displayName,
            managerId: u.managerId,
          })),
        }),
      );
      routes.route('POST', '/_local/users', (req) =>
        withBody(req, newUserSchema, (body) => {
          const added = addUser(ctx, body);
          return added.ok ? json(added.user, 201) : bad(added.message);
        }),
      );
      routes.route('PATCH', '/_local/users/{id}', (req) =>
        withBody(req, userPatchSchema, (patch) => {
          const user = findUser(ctx.store.state, req.params.id ?? '');
          if (!user) return json({ error: 'not_found' }, 404);
          ctx.store.update(() => Object.assign(user, patch));
          return json(user);
        }),
      );
      routes.route('PUT', '/_local/users/{id}/manager', (req) =>
        withBody(req, managerBody, ({ managerId }) => {
          const user = findUser(ctx.store.state, req.params.id ?? '');
          if (!user) return json({ error: 'not_found' }, 404);
          const manager = managerId === null ? undefined : findUser(ctx.store.state, managerId);
          if (managerId !== null && !manager) return bad(`No user '${managerId}'.`);
          if (manager?.id === user.id) return bad('A user cannot manage themselves.');
          ctx.store.update(() => {
            user.managerId = manager?.id ?? null;
          });
          return json(user);
        }),
      );

      routes.route('GET', '/_local/state', () => json(stateView(ctx.store.state)));
      routes.route('GET', '/_local/viewer', (req) => mailboxViewer(ctx, req));
    },
  };
}
