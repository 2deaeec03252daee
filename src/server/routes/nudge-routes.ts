import { nudgePreferencesOf, setNudgePreferences } from '../../app/career-api';
import { describeNudgePreferences } from '../../app/api-schemas/nudges';
import { NUDGE_ENDPOINTS as E } from '../../app/api-schemas/me-endpoints';
import type { NudgeStore } from '../../app/ports';
import { handle, type Route, type Services } from './route';

const storeOf = (services: Services): NudgeStore => services.deps.nudges.store;

// A person's own switches, addressed by their token alone: there is no one else's to reach, so
// no relationship is looked up and nothing about anyone else is read.
const readPreferences = handle(E.nudgePreferences, async ({ caller }, services) => ({
  body: describeNudgePreferences(await nudgePreferencesOf(storeOf(services), caller.userId)),
}));

const changePreferences = handle(E.setNudgePreferences, async ({ caller, body }, services) => ({
  body: describeNudgePreferences(
    await setNudgePreferences(storeOf(services), caller.userId, body.switchedOff),
  ),
}));

export const NUDGE_ROUTES: Route[] = [readPreferences, changePreferences];
