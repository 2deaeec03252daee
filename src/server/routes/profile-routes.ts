import { profileFacts, saveProfile } from '../../app/career-api';
import { requireIfMatch, withHttpEtag } from '../http/etag';
import { fail } from '../http/problem';
import { respond } from '../http/respond';
import { readBody, readParams } from '../http/validate';
import { PersonParams } from '../../app/api-schemas/common';
import { Profile, ProfileBody } from '../../app/api-schemas/profile';
import { PROBLEM_RESPONSES as P } from './helpers';
import type { Route } from './route';

const TAG = 'Profile';

const read: Route = {
  method: 'get',
  path: '/api/people/{personId}/profile',
  summary: 'The person’s direction in their own words and their transition points',
  tag: TAG,
  params: PersonParams,
  responses: [
    { status: 200, description: 'The profile.', schema: Profile, etag: true },
    P.forbidden,
    P.notFound,
  ],
  async handle(c, services) {
    const { personId } = readParams(c, PersonParams);
    const caller = c.get('caller');
    const resolved = await services.guard.gate(caller, personId);
    const stored = await services.ctx.stores.profiles.get(personId);
    if (!stored) throw fail.notFound('Nothing is recorded about this person’s direction yet.');
    const grant = await services.guard.check({
      caller,
      action: 'profile.read',
      subjectId: personId,
      resolved,
      record: profileFacts(resolved, stored.value),
    });
    return grant.run(() =>
      Promise.resolve(
        respond(c, Profile, withHttpEtag(stored.value, stored.etag), { etag: stored.etag }),
      ),
    );
  },
};

const put: Route = {
  method: 'put',
  path: '/api/people/{personId}/profile',
  summary: 'Record the direction and transition points (If-Match once one exists)',
  tag: TAG,
  params: PersonParams,
  body: ProfileBody,
  ifMatch: 'optional',
  responses: [
    { status: 200, description: 'The profile.', schema: Profile, etag: true },
    P.badRequest,
    P.forbidden,
    P.preconditionFailed,
    P.preconditionRequired,
  ],
  async handle(c, services) {
    const { personId } = readParams(c, PersonParams);
    const input = await readBody(c, ProfileBody);
    const ifMatch = c.req.header('if-match');
    const expectedEtag = ifMatch === undefined ? undefined : requireIfMatch(ifMatch);
    const caller = c.get('caller');
    const resolved = await services.guard.gate(caller, personId, true);
    const stored = await services.ctx.stores.profiles.get(personId);
    const grant = await services.guard.check({
      caller,
      action: 'profile.write',
      subjectId: personId,
      resolved,
      ...(stored ? { record: profileFacts(resolved, stored.value) } : {}),
    });
    const saved = await grant.run(() =>
      saveProfile(services.ctx, {
        reportId: personId,
        managerId: caller.userId,
        ...(input.direction === undefined ? {} : { directionText: input.direction }),
        transitions: input.transitions,
        expectedEtag,
      }),
    );
    return respond(c, Profile, withHttpEtag(saved.value, saved.etag), { etag: saved.etag });
  },
};

export const PROFILE_ROUTES: Route[] = [read, put];
