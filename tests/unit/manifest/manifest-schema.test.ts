import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { NUDGE_ACTIVITY_TYPES, NUDGE_TEMPLATE_PARAMETERS } from '../../../src/domain';

/**
 * The app package's manifest, with every `${{…}}` placeholder filled as the local environment
 * fills it, checked against Microsoft's own schema for the version it declares (the schemas
 * the Microsoft 365 Agents Toolkit validates with, from @microsoft/app-manifest, read the way
 * its own validator reads them: JSON Schema draft-04 with formats).
 */

const LOCAL_ENV: Record<string, string> = {
  TEAMS_APP_ID: '5f0c1f7e-6c1f-4b8e-9f1a-2b7d1c0e9a11',
  AAD_APP_CLIENT_ID: '7d8e9f10-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
  APP_ORIGIN: 'https://localhost:5173',
  APP_DOMAIN: 'localhost:5173',
  PUBLISHER_NAME: 'Contoso Demo',
};

const raw = readFileSync(new URL('../../../manifest/manifest.json', import.meta.url), 'utf8');

function filled(text: string): unknown {
  return JSON.parse(
    text.replace(/\$\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
      const value = LOCAL_ENV[name];
      if (value === undefined) throw new Error(`No local value for \${{${name}}}`);
      return value;
    }),
  );
}

function schemaFor(version: string): object {
  const require = createRequire(import.meta.url);
  const path = require.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
  );
  return JSON.parse(readFileSync(path, 'utf8')) as object;
}

interface OutlookExtension {
  requirements: { capabilities: { name: string; minVersion: string }[] };
  runtimes: { code: { page: string }; actions: { id: string; type: string }[] }[];
  ribbons: {
    contexts: string[];
    tabs: { groups: { controls: { actionId: string }[] }[] }[];
  }[];
}

describe('the app manifest', () => {
  const manifest = filled(raw) as {
    $schema: string;
    manifestVersion: string;
    extensions: OutlookExtension[];
  };

  it('validates against Microsoft’s schema for its declared version, extensions included', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schemaFor(manifest.manifestVersion));
    validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
  });

  it('declares the Outlook task pane on mail read, compose and both meeting surfaces, opening addin.html', () => {
    const [extension] = manifest.extensions;
    expect(extension?.ribbons.flatMap((r) => r.contexts).sort()).toEqual([
      'mailCompose',
      'mailRead',
      'meetingDetailsAttendee',
      'meetingDetailsOrganizer',
    ]);
    const actions = new Set(extension?.runtimes.flatMap((r) => r.actions.map((a) => a.id)));
    for (const ribbon of extension?.ribbons ?? []) {
      for (const control of ribbon.tabs.flatMap((t) => t.groups.flatMap((g) => g.controls))) {
        expect(actions).toContain(control.actionId);
      }
    }
    expect(extension?.runtimes[0]?.code.page).toBe('https://localhost:5173/addin.html');
    // getItemIdAsync (the organizer's own meeting) is the newest call the task pane makes.
    expect(extension?.requirements.capabilities).toEqual([{ name: 'Mailbox', minVersion: '1.8' }]);
  });

  it('declares an activity feed type for every nudge, with templates the nudges fill', () => {
    const { activities } = manifest as unknown as {
      activities?: { activityTypes: { type: string; description: string; templateText: string }[] };
    };
    const declared = Object.fromEntries(
      (activities?.activityTypes ?? []).map(({ type, ...rest }) => [type, rest]),
    );
    expect(declared).toEqual(NUDGE_ACTIVITY_TYPES);
    for (const { templateText } of Object.values(NUDGE_ACTIVITY_TYPES)) {
      const named = [...templateText.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const name of named) expect([...NUDGE_TEMPLATE_PARAMETERS, 'actor']).toContain(name);
    }
  });

  it('keeps ${{…}} placeholders where the package build fills them', () => {
    expect(raw).toContain('"page": "${{APP_ORIGIN}}/addin.html"');
    expect(raw).not.toMatch(/https:\/\/localhost/);
  });
});
