import { profileFacts, saveProfile } from '../../app/career-api';
import { PROFILE_ENDPOINTS as E } from '../../app/api-schemas/contract-endpoints';
import { withHttpEtag } from '../http/etag';
import { fail } from '../http/problem';
import { handle, type Route } from './route';

const read = handle(E.profile, async ({ params: { personId }, resolved, authorize }, services) => {
  const stored = await services.ctx.stores.profiles.get(personId);
  if (!stored) throw fail.notFound('Nothing is recorded about this person’s direction yet.');
  const grant = await authorize({ record: profileFacts(resolved, stored.value) });
  return grant.run(() =>
    Promise.resolve({ body: withHttpEtag(stored.value, stored.etag), etag: stored.etag }),
  );
});

const put = handle(E.saveProfile, async (request, services) => {
  const { caller, params, body: input, ifMatch, resolved, authorize } = request;
  const { personId } = params;
  const stored = await services.ctx.stores.profiles.get(personId);
  const grant = await authorize(stored ? { record: profileFacts(resolved, stored.value) } : {});
  const saved = await grant.run(() =>
    saveProfile(services.ctx, {
      reportId: personId,
      managerId: caller.userId,
      ...(input.direction === undefined ? {} : { directionText: input.direction }),
      transitions: input.transitions,
      expectedEtag: ifMatch,
    }),
  );
  return { body: withHttpEtag(saved.value, saved.etag), etag: saved.etag };
});

export const PROFILE_ROUTES: Route[] = [read, put];
