import type { TenantContext, TenantFeature } from '../../core/context';
import type { ExpandItem } from '../../core/odata-query';
import { graphError, json, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import type { DirectoryUser } from '../../state/types';
import { findUser } from '../../entra/lookups';
import { requireScopes, type PermissionRule } from '../auth';
import { contextWithSelect, odataContext } from '../collections';
import { pageOf, pageWindow } from '../page-window';
import { check, refused, resolved, resolveThen, type Resolved, type Step } from '../route-helper';
import {
  asDirectoryObject,
  projectUser,
  unknownUserProperty,
  type ProfileView,
} from './user-shape';
import { queryUsers } from './user-query';

const OWN_PROFILE: PermissionRule = {
  delegated: [
    'User.Read',
    'User.ReadWrite',
    'User.ReadBasic.All',
    'User.Read.All',
    'User.ReadWrite.All',
    'Directory.Read.All',
    'Directory.ReadWrite.All',
    'Directory.AccessAsUser.All',
  ],
};
/**
 * The full profile of other people, and their manager and direct reports. User.ReadBasic.All is
 * not among them: it reads the basic profile only, and no relationships.
 * https://learn.microsoft.com/en-us/graph/permissions-reference#userreadbasicall
 * https://learn.microsoft.com/en-us/graph/api/user-list-manager (permissions)
 * https://learn.microsoft.com/en-us/graph/api/user-list-directreports (permissions)
 */
const FULL_PROFILES: PermissionRule = {
  delegated: [
    'User.Read.All',
    'User.ReadWrite.All',
    'Directory.Read.All',
    'Directory.ReadWrite.All',
    'Directory.AccessAsUser.All',
  ],
  application: [
    'User.Read.All',
    'User.ReadWrite.All',
    'Directory.Read.All',
    'Directory.ReadWrite.All',
  ],
};
const OTHER_PROFILES: PermissionRule = {
  delegated: ['User.ReadBasic.All', ...(FULL_PROFILES.delegated ?? [])],
  application: FULL_PROFILES.application ?? [],
};
const EXPANDABLE = ['manager', 'directreports'];
const MAX_EXPANDED_REPORTS = 20;
const PAGE = { defaultPageSize: 100, maxPageSize: 999 };

const notFound = (id: string): Reply =>
  graphError(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );

const badProperty = (name: string): Reply =>
  graphError(
    400,
    'BadRequest',
    `Could not find a property named '${name}' on type 'microsoft.graph.user'.`,
  );

/** Whose profile a request reads: the caller's own, or someone else's. */
type Whose = 'own' | 'other';

interface Target {
  user: DirectoryUser;
  whose: Whose;
}

/** `/me` needs a signed-in user; `/users/{id|upn}` resolves by id or UPN. */
function resolveTarget(
  ctx: TenantContext,
  req: GraphRequest,
  idOrUpn: string | undefined,
): Resolved<Target> {
  const caller = req.caller;
  if (idOrUpn === undefined) {
    if (caller.kind !== 'delegated') {
      return refused(
        graphError(
          400,
          'BadRequest',
          '/me request is only valid with delegated authentication flow.',
        ),
      );
    }
    const me = findUser(ctx.store.state, caller.userId);
    return me ? resolved({ user: me, whose: 'own' }) : refused(notFound(caller.userId));
  }
  const user = findUser(ctx.store.state, idOrUpn);
  if (!user) return refused(notFound(idOrUpn));
  const own = caller.kind === 'delegated' && caller.userId === user.id;
  return resolved({ user, whose: own ? 'own' : 'other' });
}

/**
 * The person the path names, once the caller holds the permission reading them needs (which
 * depends on whose profile it is), as a step.
 */
function reachableTarget(
  ctx: TenantContext,
  idOrUpn: string | undefined,
  denied: (req: GraphRequest, whose: Whose) => Reply | undefined,
): Step<Target> {
  return (req) => {
    const target = resolveTarget(ctx, req, idOrUpn);
    if (!target.ok) return target;
    const denial = denied(req, target.value.whose);
    return denial ? refused(denial) : target;
  };
}

function checkSelect(
  select: string[] | undefined,
  expand: ExpandItem[] | undefined,
): Reply | undefined {
  const unknown = unknownUserProperty(select);
  if (unknown !== undefined) return badProperty(unknown);
  const badExpand = expand?.find((item) => !EXPANDABLE.includes(item.property.toLowerCase()));
  if (badExpand) return badProperty(badExpand.property);
  for (const item of expand ?? []) {
    const nested = item.options.get('$select') ?? item.options.get('select');
    const unknownNested = unknownUserProperty(nested?.split(',').map((s) => s.trim()));
    if (unknownNested !== undefined) return badProperty(unknownNested);
  }
  return undefined;
}

/** `$select` (and, where a route expands, `$expand`) names only what a user has, as a step. */
function knownProperties(withExpand: boolean): Step<true> {
  return check((req) => checkSelect(req.odata.select, withExpand ? req.odata.expand : undefined));
}

/** A delegated caller without a full-profile permission sees the basic profile of others. */
function profileView(req: GraphRequest, whose: Whose): ProfileView {
  return whose === 'other' && requireScopes(req.caller, FULL_PROFILES) !== undefined
    ? 'basic'
    : 'full';
}

/**
 * `$expand=manager|directReports` reads relationships: the caller's own manager needs only a
 * permission on the caller's own profile, anything else a full-profile permission.
 */
function expandDenied(req: GraphRequest, whose: Whose): Reply | undefined {
  const expand = req.odata.expand ?? [];
  const ownManagerOnly =
    whose === 'own' && expand.every((item) => item.property.toLowerCase() === 'manager');
  if (expand.length === 0 || ownManagerOnly) return undefined;
  return requireScopes(req.caller, FULL_PROFILES);
}

function reportsOf(ctx: TenantContext, userId: string): DirectoryUser[] {
  return ctx.store.state.users.filter((user) => user.managerId === userId);
}

/** A user with `$select` and `$expand=manager|directReports` applied. */
function shapeUser(
  ctx: TenantContext,
  req: GraphRequest,
  user: DirectoryUser,
  view: ProfileView,
): Record<string, unknown> {
  const body = projectUser(user, req.odata.select, view);
  for (const item of req.odata.expand ?? []) {
    const nested = (item.options.get('$select') ?? item.options.get('select'))
      ?.split(',')
      .map((s) => s.trim());
    if (item.property.toLowerCase() === 'manager') {
      const manager = user.managerId ? findUser(ctx.store.state, user.managerId) : undefined;
      if (manager) body.manager = asDirectoryObject(manager, nested, view);
    } else {
      body.directReports = reportsOf(ctx, user.id)
        .slice(0, MAX_EXPANDED_REPORTS)
        .map((report) => asDirectoryObject(report, nested, view));
    }
  }
  return body;
}

function getUser(
  ctx: TenantContext,
  req: GraphRequest,
  idOrUpn: string | undefined,
): Promise<Reply> {
  const steps = {
    target: reachableTarget(
      ctx,
      idOrUpn,
      (request, whose) =>
        requireScopes(request.caller, whose === 'own' ? OWN_PROFILE : OTHER_PROFILES) ??
        expandDenied(request, whose),
    ),
    known: knownProperties(true),
  };
  return resolveThen(req, steps, ({ target }) =>
    json({
      '@odata.context': odataContext(
        ctx,
        `${contextWithSelect('users', req.odata.select)}/$entity`,
      ),
      ...shapeUser(ctx, req, target.user, profileView(req, target.whose)),
    }),
  );
}

function getManager(
  ctx: TenantContext,
  req: GraphRequest,
  idOrUpn: string | undefined,
): Promise<Reply> {
  const steps = {
    // User.Read reads the signed-in person's own manager (user-get); anyone else's needs more.
    target: reachableTarget(ctx, idOrUpn, (request, whose) =>
      requireScopes(request.caller, whose === 'own' ? OWN_PROFILE : FULL_PROFILES),
    ),
    known: knownProperties(false),
  };
  return resolveThen(req, steps, ({ target }) => {
    const manager = target.user.managerId
      ? findUser(ctx.store.state, target.user.managerId)
      : undefined;
    if (!manager) return notFound('manager');
    return json({
      '@odata.context': odataContext(ctx, 'directoryObjects/$entity'),
      ...asDirectoryObject(manager, req.odata.select),
    });
  });
}

function listDirectReports(
  ctx: TenantContext,
  req: GraphRequest,
  idOrUpn: string | undefined,
): Promise<Reply> {
  const steps = {
    // Listing reports reads other people's profiles, so User.Read alone is not enough, even for
    // /me; nor is User.ReadBasic.All, which reads no relationships.
    target: reachableTarget(ctx, idOrUpn, (request) =>
      requireScopes(request.caller, FULL_PROFILES),
    ),
    known: knownProperties(false),
    window: pageWindow(PAGE),
  };
  return resolveThen(req, steps, ({ target, window }) => {
    const page = pageOf(ctx, req, reportsOf(ctx, target.user.id), window);
    return json({
      '@odata.context': odataContext(ctx, contextWithSelect('directoryObjects', req.odata.select)),
      ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
      value: page.items.map((user) => asDirectoryObject(user, req.odata.select)),
    });
  });
}

function listUsers(ctx: TenantContext, req: GraphRequest): Promise<Reply> {
  const steps = {
    permitted: check(
      (request) => requireScopes(request.caller, OTHER_PROFILES) ?? expandDenied(request, 'other'),
    ),
    known: knownProperties(true),
    query: (request: GraphRequest) => queryUsers(request, ctx.store.state.users),
    window: pageWindow(PAGE),
  };
  return resolveThen(req, steps, ({ query, window }) => {
    const page = pageOf(ctx, req, query.users, window);
    return json({
      '@odata.context': odataContext(ctx, contextWithSelect('users', req.odata.select)),
      ...(query.count === undefined ? {} : { '@odata.count': query.count }),
      ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
      value: page.items.map((user) => shapeUser(ctx, req, user, profileView(req, 'other'))),
    });
  });
}

/** Microsoft Graph directory: /me, /users and the manager / directReports relationships. */
export const directoryFeature: TenantFeature = {
  name: 'directory',
  register(routes, ctx) {
    routes.graph('GET', '/me', (req) => getUser(ctx, req, undefined));
    routes.graph('GET', '/me/manager', (req) => getManager(ctx, req, undefined));
    routes.graph('GET', '/me/directReports', (req) => listDirectReports(ctx, req, undefined));
    routes.graph('GET', '/users', (req) => listUsers(ctx, req));
    routes.graph('GET', '/users/{id}', (req) => getUser(ctx, req, req.params.id));
    routes.graph('GET', '/users/{id}/manager', (req) => getManager(ctx, req, req.params.id));
    routes.graph('GET', '/users/{id}/directReports', (req) =>
      listDirectReports(ctx, req, req.params.id),
    );
  },
};
