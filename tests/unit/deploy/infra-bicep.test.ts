import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEnvFile } from '../../../scripts/deploy/env-file';
import { placeholdersIn } from '../../../scripts/deploy/placeholders';
import { readBicep } from './bicep-reader';

/**
 * No Bicep CLI exists here, so the infrastructure, its parameters, the env files and the
 * lifecycle are held together by this test: a name changed in one place and not the others fails.
 */

const read = (path: string): string => readFileSync(path, 'utf8');

/** Keys an administrator fills in env/.env.<name>; every other key is written by the lifecycle. */
const ADMIN_FILLED = [
  'TEAMSFX_ENV',
  'AZURE_SUBSCRIPTION_ID',
  'AZURE_RESOURCE_GROUP_NAME',
  'RESOURCE_BASE_NAME',
  'PUBLISHER_NAME',
  'SHAREPOINT_SITE_ID',
];

interface Infra {
  bicep: string;
  parameters: string;
  lifecycle: string;
  envDev: string;
  manifest: string;
}

const repository = (): Infra => ({
  bicep: read('infra/main.bicep'),
  parameters: read('infra/main.parameters.json'),
  lifecycle: read('m365agents.yml'),
  envDev: read('env/.env.dev'),
  manifest: read('manifest/manifest.json'),
});

/** Every way the files can drift apart, as sentences; empty when they agree. */
function drift(infra: Infra): string[] {
  const problems: string[] = [];
  const bicep = readBicep(infra.bicep);
  for (const [name] of bicep.used) {
    if (!bicep.declared.has(name)) problems.push(`main.bicep uses ${name}, never declared`);
  }
  for (const param of bicep.params) {
    if (!bicep.used.has(param)) problems.push(`main.bicep declares param ${param}, never used`);
  }

  const parameters = (
    JSON.parse(infra.parameters) as { parameters: Record<string, { value: unknown }> }
  ).parameters;
  const envKeys = new Set(Object.keys(parseEnvFile(infra.envDev)));
  for (const name of Object.keys(parameters)) {
    if (!bicep.params.includes(name)) {
      problems.push(`main.parameters.json sets ${name}, not a param of main.bicep`);
    }
  }
  for (const param of bicep.params) {
    if (!bicep.paramsWithDefault.includes(param) && !(param in parameters)) {
      problems.push(
        `main.bicep's param ${param} has no default and no value in main.parameters.json`,
      );
    }
  }
  for (const key of placeholdersIn(infra.parameters)) {
    if (!envKeys.has(key)) problems.push(`main.parameters.json reads ${key}, not in env/.env.dev`);
  }
  for (const key of placeholdersIn(infra.manifest)) {
    if (!envKeys.has(key)) problems.push(`manifest.json reads ${key}, not in env/.env.dev`);
  }

  const written = new Set(
    [...infra.lifecycle.matchAll(/writeToEnvironmentFile:\n((?:\s+\w+: \w+\n)+)/g)].flatMap(
      (match) => [...(match[1] ?? '').matchAll(/:\s*(\w+)/g)].map((key) => key[1] ?? ''),
    ),
  );
  const known = new Set([...ADMIN_FILLED, ...written, ...bicep.outputs]);
  for (const key of placeholdersIn(infra.lifecycle)) {
    if (!known.has(key)) {
      problems.push(`m365agents.yml reads ${key}: no main.bicep output, action or admin sets it`);
    }
  }
  for (const key of envKeys) {
    if (!known.has(key)) problems.push(`env/.env.dev has ${key}, which nothing sets`);
  }
  for (const output of bicep.outputs) {
    if (!envKeys.has(output)) problems.push(`main.bicep outputs ${output}, not in env/.env.dev`);
  }
  if (!/uses: arm\/deploy[\s\S]*path: \.\/infra\/main\.bicep/.test(infra.lifecycle)) {
    problems.push('m365agents.yml does not deploy infra/main.bicep');
  }
  return problems;
}

describe('infra/main.bicep, its parameters, env/.env.dev and m365agents.yml', () => {
  it('agree: every param used is declared and used, every key read is set somewhere', () => {
    expect(drift(repository())).toEqual([]);
  });

  it('fail on drift: a renamed param, a dropped output, a stray placeholder', () => {
    const infra = repository();
    expect(
      drift({ ...infra, bicep: infra.bicep.replace('param sharePointSiteId', 'param siteId') }),
    ).toEqual(
      expect.arrayContaining([
        'main.bicep uses sharePointSiteId, never declared',
        'main.bicep declares param siteId, never used',
        'main.parameters.json sets sharePointSiteId, not a param of main.bicep',
      ]),
    );
    expect(
      drift({
        ...infra,
        bicep: infra.bicep.replace(/^output API_FUNCTION_RESOURCE_ID .*$/m, ''),
      }),
    ).toContain(
      'm365agents.yml reads API_FUNCTION_RESOURCE_ID: no main.bicep output, action or admin sets it',
    );
    expect(
      drift({
        ...infra,
        parameters: infra.parameters.replace('${{RESOURCE_BASE_NAME}}', '${{RESOURCE_PREFIX}}'),
      }),
    ).toContain('main.parameters.json reads RESOURCE_PREFIX, not in env/.env.dev');
  });

  it('wires Application Insights, the Key Vault secret and the API’s client id into the Functions app', () => {
    const { bicep } = repository();
    expect(bicep).toMatch(/name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights\./);
    expect(bicep).toMatch(/name: 'API_CLIENT_ID', value: aadAppClientId/);
    expect(bicep).toMatch(/name: 'API_CLIENT_SECRET', value: '@Microsoft\.KeyVault\(/);
    expect(bicep).toMatch(/linuxFxVersion: 'Node\|20'/);
  });
});
