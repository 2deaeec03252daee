/**
 * Teams activity feed notifications in Microsoft Graph v1.0. Demo seed: the app package
 * (manifest/manifest.json, bound to the career API's Entra app) is in the catalog and installed
 * for every demo person, as an admin's setup policy would install it.
 * https://learn.microsoft.com/en-us/graph/teams-send-activityfeednotifications
 */
import type { TenantFeature } from '../../core/context';
import type { SeedInput } from '../../seed/build-state';
import { API_APP_ID } from '../../seed/well-known-apps';
import { LOCAL_TEAMS_APP_ID } from '../../teams-host/host-config';
import { sendActivityNotification } from './send-activity';
import { readManifestActivities, type TeamworkState } from './teamwork-state';

function seedTeamwork({ state, org }: SeedInput): void {
  const { displayName, activityTypes } = readManifestActivities();
  const data: TeamworkState = {
    catalog: [
      { teamsAppId: LOCAL_TEAMS_APP_ID, azureAdAppId: API_APP_ID, displayName, activityTypes },
    ],
    installations: (org?.people ?? []).map((person) => ({
      userId: person.id,
      teamsAppId: LOCAL_TEAMS_APP_ID,
    })),
    notifications: [],
  };
  state.features.teamwork = data;
}

export const teamworkFeature: TenantFeature = {
  name: 'teamwork',
  register(routes, ctx) {
    routes.graph('POST', '/users/{user}/teamwork/sendActivityNotification', (req) =>
      sendActivityNotification(ctx, req, req.params.user ?? ''),
    );
  },
  seed: seedTeamwork,
};
