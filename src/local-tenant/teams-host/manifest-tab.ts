import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/** The app package's manifest, which says what Teams frames: manifest/manifest.json. */
export const MANIFEST_PATH = new URL('../../../manifest/manifest.json', import.meta.url);

const manifestSchema = z.object({
  manifestVersion: z.string(),
  staticTabs: z.array(
    z.object({
      entityId: z.string(),
      contentUrl: z.string().optional(),
      name: z.string().optional(),
    }),
  ),
  configurableTabs: z.array(z.object({ configurationUrl: z.string() })).optional(),
});

export interface ManifestTab {
  manifestVersion: string;
  entityId: string;
  name: string;
  /** With `${{APP_ORIGIN}}` filled in. */
  contentUrl: string;
  /** Every static tab's entity id (deep links may name any of them). */
  entityIds: string[];
  /** The configurable (meeting) tab's configuration page, filled in; undefined if none. */
  configurationUrl?: string;
}

/**
 * The first static tab with a `contentUrl` (Teams' built-in tabs such as `about` have none), with
 * the app's origin put where the package build would put it.
 */
export async function readManifestTab(
  appOrigin: string,
  path: URL = MANIFEST_PATH,
): Promise<ManifestTab> {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  const tab = manifest.staticTabs.find((candidate) => candidate.contentUrl !== undefined);
  if (!tab?.contentUrl) throw new Error(`${path.pathname} has no static tab with a contentUrl.`);
  const filled = (url: string) => url.replaceAll('${{APP_ORIGIN}}', appOrigin.replace(/\/+$/, ''));
  const configurable = manifest.configurableTabs?.[0];
  return {
    manifestVersion: manifest.manifestVersion,
    entityId: tab.entityId,
    name: tab.name ?? tab.entityId,
    contentUrl: filled(tab.contentUrl),
    entityIds: manifest.staticTabs.map((candidate) => candidate.entityId),
    ...(configurable ? { configurationUrl: filled(configurable.configurationUrl) } : {}),
  };
}
