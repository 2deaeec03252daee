import { erasePerson } from '../../app/career-api';
import { PEOPLE_ENDPOINTS as E } from '../../app/api-schemas/hr-endpoints';
import { fail } from '../http/problem';
import { handle, type Route } from './route';

const erase = handle(
  E.erasePerson,
  async ({ params: { personId }, query, authorize }, services) => {
    if (query.confirm !== personId) {
      throw fail.validation('query.confirm: must repeat the id of the person to erase', [
        { path: 'query.confirm', message: 'must repeat the id of the person to erase' },
      ]);
    }
    const grant = await authorize();
    const receipt = await grant.run(async () => {
      const erased = await erasePerson(services.ctx, personId);
      // The nudges sent to them and their switches go too (no content, but still about them).
      await services.deps.nudges.store.removeAll(personId);
      return erased;
    });
    services.managers.invalidate(personId);
    return { body: receipt };
  },
);

export const PEOPLE_ROUTES: Route[] = [erase];
