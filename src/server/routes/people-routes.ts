import { z } from 'zod';
import { erasePerson } from '../../app/career-api';
import { fail } from '../http/problem';
import { respond } from '../http/respond';
import { ErasureReceiptResponse } from '../../app/api-schemas/hr';
import { readParams, readQuery } from '../http/validate';
import { PersonParams } from '../../app/api-schemas/common';
import { PROBLEM_RESPONSES as P } from './helpers';
import type { Route } from './route';

const EraseQuery = z.strictObject({
  confirm: z
    .string()
    .meta({ description: 'The person’s id again, so an erasure is never a slip.' }),
});

const erase: Route = {
  method: 'delete',
  path: '/api/people/{personId}',
  summary: 'Erase everything recorded about a person (HR admin)',
  description:
    'Removes every contract version, commitment, review item, conversation record, trigger, profile, consent and observed manager history for the person. The audit trail keeps its id-only entries, including this erasure. The receipt states exactly what remains where the API cannot reach (the managers’ OneDrive notes, mail, calendar and To Do; the SharePoint recycle bin) and how an admin purges it.',
  tag: 'Administration',
  params: PersonParams,
  query: EraseQuery,
  responses: [
    {
      status: 200,
      description: 'Erased (also when nothing was recorded), with the receipt.',
      schema: ErasureReceiptResponse,
    },
    P.badRequest,
    P.forbidden,
  ],
  async handle(c, services) {
    const { personId } = readParams(c, PersonParams);
    const { confirm } = readQuery(c, EraseQuery);
    if (confirm !== personId) {
      throw fail.validation('query.confirm: must repeat the id of the person to erase', [
        { path: 'query.confirm', message: 'must repeat the id of the person to erase' },
      ]);
    }
    const grant = await services.guard.check({
      caller: c.get('caller'),
      action: 'erase.person',
      subjectId: personId,
    });
    const receipt = await grant.run(async () => {
      const erased = await erasePerson(services.ctx, personId);
      // The nudges sent to them and their switches go too (no content, but still about them).
      await services.deps.nudges.store.removeAll(personId);
      return erased;
    });
    services.managers.invalidate(personId);
    return respond(c, ErasureReceiptResponse, receipt);
  },
};

export const PEOPLE_ROUTES: Route[] = [erase];
