/**
 * Teams apps in the tenant's catalog, their installations in people's personal scope, and the
 * activity feed notifications each person received.
 * https://learn.microsoft.com/en-us/graph/api/resources/userscopeteamsappinstallation
 * https://learn.microsoft.com/en-us/graph/teams-send-activityfeednotifications
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { TenantContext } from '../../core/context';
import type { FeatureSlice } from '../../state/store';

export const activityTypeSchema = z.object({
  type: z.string(),
  description: z.string(),
  templateText: z.string(),
});
export type ActivityType = z.infer<typeof activityTypeSchema>;

export const catalogAppSchema = z.object({
  /** The Teams app id (the manifest's `id`). */
  teamsAppId: z.string(),
  /** The Entra app the manifest's `webApplicationInfo.id` names: the only one that may notify. */
  azureAdAppId: z.string(),
  displayName: z.string(),
  activityTypes: z.array(activityTypeSchema),
});
export type CatalogApp = z.infer<typeof catalogAppSchema>;

export const activityNotificationSchema = z.object({
  id: z.string(),
  recipientId: z.string(),
  teamsAppId: z.string(),
  activityType: z.string(),
  /** The activity type's template with the parameters filled in, as the feed shows it. */
  text: z.string(),
  previewText: z.string(),
  topic: z.object({ source: z.enum(['entityUrl', 'text']), value: z.string(), webUrl: z.string() }),
  templateParameters: z.array(z.object({ name: z.string(), value: z.string() })),
  chainId: z.number().optional(),
  createdDateTime: z.string(),
});
export type ActivityNotification = z.infer<typeof activityNotificationSchema>;

export const teamworkStateSchema = z.object({
  catalog: z.array(catalogAppSchema),
  /** Personal-scope installations: which app each person has added. */
  installations: z.array(z.object({ userId: z.string(), teamsAppId: z.string() })),
  notifications: z.array(activityNotificationSchema),
});
export type TeamworkState = z.infer<typeof teamworkStateSchema>;

export function teamworkSlice(ctx: TenantContext): FeatureSlice<TeamworkState> {
  return ctx.store.slice('teamwork', teamworkStateSchema, () => ({
    catalog: [],
    installations: [],
    notifications: [],
  }));
}

const manifestSchema = z.object({
  name: z.object({ short: z.string() }),
  activities: z.object({ activityTypes: z.array(activityTypeSchema) }).optional(),
});

/** The app package's activity types, as the admin uploads them with manifest/manifest.json. */
export function readManifestActivities(
  path: URL = new URL('../../../../manifest/manifest.json', import.meta.url),
): { displayName: string; activityTypes: ActivityType[] } {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return {
    displayName: manifest.name.short,
    activityTypes: manifest.activities?.activityTypes ?? [],
  };
}

/** A person's notifications, newest first. */
export function notificationsFor(ctx: TenantContext, userId: string): ActivityNotification[] {
  return teamworkSlice(ctx)
    .get()
    .notifications.filter((notification) => notification.recipientId === userId)
    .sort((a, b) => b.createdDateTime.localeCompare(a.createdDateTime));
}
