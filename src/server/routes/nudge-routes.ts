import { nudgePreferencesOf, setNudgePreferences } from '../../app/career-api';
import {
  describeNudgePreferences,
  NudgePreferencesBody,
  NudgePreferencesResponse,
} from '../../app/api-schemas/nudges';
import type { NudgeStore } from '../../app/ports';
import { respond } from '../http/respond';
import { readBody } from '../http/validate';
import { PROBLEM_RESPONSES as P } from './helpers';
import type { Route, Services } from './route';

const storeOf = (services: Services): NudgeStore => services.deps.nudges.store;

// A person's own switches, addressed by their token alone: there is no one else's to reach, so
// no relationship is looked up and nothing about anyone else is read.
const readPreferences: Route = {
  method: 'get',
  path: '/api/me/nudges',
  summary: 'Which Teams nudges you receive',
  tag: 'You',
  responses: [
    { status: 200, description: 'Every kind, on or off.', schema: NudgePreferencesResponse },
    P.unauthorized,
  ],
  async handle(c, services) {
    const items = await nudgePreferencesOf(storeOf(services), c.get('caller').userId);
    return respond(c, NudgePreferencesResponse, describeNudgePreferences(items));
  },
};

const changePreferences: Route = {
  method: 'put',
  path: '/api/me/nudges',
  summary: 'Switch kinds of Teams nudges off (or on again)',
  description:
    'Replaces your choice: the kinds listed in `switchedOff` are no longer sent to you; every other kind is.',
  tag: 'You',
  body: NudgePreferencesBody,
  responses: [
    { status: 200, description: 'Your choice, as saved.', schema: NudgePreferencesResponse },
    P.badRequest,
  ],
  async handle(c, services) {
    const { switchedOff } = await readBody(c, NudgePreferencesBody);
    const store = storeOf(services);
    const items = await setNudgePreferences(store, c.get('caller').userId, switchedOff);
    return respond(c, NudgePreferencesResponse, describeNudgePreferences(items));
  },
};

export const NUDGE_ROUTES: Route[] = [readPreferences, changePreferences];
