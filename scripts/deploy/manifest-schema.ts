import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/**
 * Offline validation of a filled Teams app manifest against Microsoft's JSON schema for its own
 * `manifestVersion`, as shipped in `@microsoft/app-manifest` (the schemas are draft-04).
 */

const require = createRequire(import.meta.url);

function schemaPath(manifestVersion: string): string {
  const packageDir = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return join(
    packageDir,
    'build/json-schemas/teams',
    `v${manifestVersion}`,
    'MicrosoftTeams.schema.json',
  );
}

/** The version the manifest declares: `manifestVersion`, else the one in its `$schema` URL. */
function declaredVersion(manifest: Record<string, unknown>): string | undefined {
  const version = manifest['manifestVersion'];
  if (typeof version === 'string') return version;
  const schema = manifest['$schema'];
  if (typeof schema !== 'string') return undefined;
  return /\/v(\d+\.\d+|DevPreview)\//.exec(schema)?.[1];
}

/** Compiling a schema of this size takes a moment; one compiled validator per version. */
const validators = new Map<string, ValidateFunction>();

function validatorFor(version: string): ValidateFunction {
  const known = validators.get(version);
  if (known) return known;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath(version), 'utf8')) as object);
  validators.set(version, validate);
  return validate;
}

/** Each problem as `<JSON path> <message>`; empty when the manifest is valid. */
export function validateManifest(manifest: Record<string, unknown>): string[] {
  const version = declaredVersion(manifest);
  if (version === undefined) return ['/manifestVersion is missing'];
  if (!existsSync(schemaPath(version))) {
    return [`/manifestVersion ${version} has no schema in @microsoft/app-manifest`];
  }
  const validate = validatorFor(version);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((error) => {
    const extra =
      error.keyword === 'additionalProperties'
        ? ` (${String((error.params as { additionalProperty?: unknown }).additionalProperty)})`
        : '';
    return `${error.instancePath || '/'} ${error.message ?? 'is invalid'}${extra}`;
  });
}
