import type { EnvValues } from './env-file';

/**
 * Values that would fill the files but break what reads them: ARM's name limits, Teams' https
 * rule, GUIDs Entra and Teams expect. Checked before anything is written, so a bad value is named
 * here rather than by a failed deployment later.
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 3 to 20: storage (`<base>st`, hyphens dropped) and Key Vault (`<base>-kv`) names must fit 24. */
const RESOURCE_BASE_NAME = /^[a-z][a-z0-9-]{2,19}$/;

function originProblem(value: string, allowHttp: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an origin like https://career.contoso.com';
  }
  if (url.protocol !== 'https:' && !(allowHttp && url.protocol === 'http:')) {
    return 'must use https (Teams loads only https pages; http is allowed for the local env only)';
  }
  if (url.origin !== value.replace(/\/+$/, '')) return 'must be an origin, without a path';
  return undefined;
}

/** Every problem with the values present, as `KEY: problem`; missing values are reported apart. */
export function envValueProblems(env: EnvValues, envName: string): string[] {
  const local = envName === 'local';
  const problems: string[] = [];
  const check = (key: string, problem: (value: string) => string | undefined): void => {
    const value = env[key];
    if (value === undefined || value === '') return;
    const found = problem(value);
    if (found) problems.push(`${key}: ${found} (got "${value}")`);
  };
  for (const key of ['TEAMS_APP_ID', 'AAD_APP_CLIENT_ID', 'TENANT_ID']) {
    check(key, (value) => (GUID.test(value) ? undefined : 'must be a GUID'));
  }
  check('RESOURCE_BASE_NAME', (value) =>
    RESOURCE_BASE_NAME.test(value)
      ? undefined
      : 'must be 3 to 20 lowercase letters, digits or hyphens, starting with a letter (Azure resource names are built from it)',
  );
  check('APP_ORIGIN', (value) => originProblem(value, local));
  check('API_BASE_URL', (value) => originProblem(value, local));
  check('APP_DOMAIN', (value) => {
    const origin = env['APP_ORIGIN'];
    if (origin === undefined || originProblem(origin, local) !== undefined) return undefined;
    const host = new URL(origin).host;
    return value === host ? undefined : `must be the host of APP_ORIGIN (${host})`;
  });
  check('TENANT_MODE', (value) =>
    value === 'entra' || value === 'local' ? undefined : "must be 'entra' or 'local'",
  );
  if (!local && env['TENANT_MODE'] === 'local') {
    problems.push('TENANT_MODE: local is for the local env only');
  }
  return problems;
}
