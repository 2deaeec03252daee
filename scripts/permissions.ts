/**
 * Writes what is generated from the product's one permission list (src/app/permissions): the
 * admin guide's permission table and the Graph permissions and pre-authorised hosts of
 * aad.manifest.json. `npm run docs:permissions`; tests/unit/permissions fails until it is run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  preAuthorizedApplications,
  requiredResourceAccess,
  writePermissionTable,
} from '../src/app/permissions';

const root = fileURLToPath(new URL('..', import.meta.url));
const guidePath = `${root}docs/admin-guide.md`;
const manifestPath = `${root}aad.manifest.json`;

writeFileSync(guidePath, writePermissionTable(readFileSync(guidePath, 'utf8')));

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
  api: Record<string, unknown>;
  requiredResourceAccess: unknown;
};
manifest.requiredResourceAccess = requiredResourceAccess();
manifest.api.preAuthorizedApplications = preAuthorizedApplications();
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
console.info('Wrote the permission table of docs/admin-guide.md and aad.manifest.json.');
