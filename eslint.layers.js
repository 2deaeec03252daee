import { readdirSync } from 'node:fs';

// One-way layering: domain <- app (use cases) <- adapters / web / server.
// The local tenant stands in for Microsoft's cloud, so it shares no code with the product, apart
// from src/graph-facts: what Graph accepts, which the product must send and the stand-in enforce.
// Kept apart from eslint.config.js so a test can prove the rule is enforced.
// A folder pattern `**/web/**` also forbids importing the folder itself (`../web`).
const withFolders = (patterns) =>
  patterns.flatMap((pattern) =>
    pattern.endsWith('/**') ? [pattern, pattern.slice(0, -'/**'.length)] : [pattern],
  );

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: withFolders(forbidden), message }] }],
  },
});

// src/app holds use cases for two runtimes: src/app/career-api runs in the API over the stores,
// src/app/my-365 in the browser over the signed-in person's own Microsoft 365. Each side imports
// only its own, so a reader always knows where the code runs.
const WEB_FORBIDDEN = ['**/server/**', '**/local-tenant/**', '**/app/career-api/**'];
const WEB_MESSAGE =
  'The web app reaches the career API and Graph over HTTP only; its use cases are in src/app/my-365.';
const API_ONLY = ['**/app/my-365/**'];
// What no use case may import, whichever runtime it runs in.
const APP_FORBIDDEN = [
  '**/adapters/**',
  '**/web/**',
  '**/server/**',
  '**/local-tenant/**',
  'react',
  'react-*',
  '@fluentui/*',
  '@microsoft/*',
  '@azure/*',
];

// One folder a screen: a feature imports no other feature. What two screens share lives in
// src/web/shared (pieces), src/web/data (data hooks) or src/web/app (routing and layout).
// no-restricted-imports matches the import as written, so another feature is named both by its
// path (`../../features/triggers/x`) and relative to any depth of this one (`../triggers/x`,
// `../../triggers/x` from a subfolder). Read from the folder, so a new feature is covered too.
const FEATURES_DIR = new URL('./src/web/features/', import.meta.url);
const FEATURES = readdirSync(FEATURES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const UP_TO_DEPTH = 4;

const otherFeatures = (own) =>
  FEATURES.filter((name) => name !== own).flatMap((other) => [
    `**/features/${other}/**`,
    ...Array.from({ length: UP_TO_DEPTH }, (_, depth) => `${'../'.repeat(depth + 1)}${other}/**`),
  ]);

const featureLayers = FEATURES.map((feature) =>
  layer(
    [`src/web/features/${feature}/**`],
    [...WEB_FORBIDDEN, ...otherFeatures(feature)],
    `${WEB_MESSAGE} A feature imports no other feature (${feature} is one): shared pieces live in src/web/shared, data hooks in src/web/data, routing and layout in src/web/app.`,
  ),
);

export const layers = [
  // Facts about Microsoft's service both the product and the local tenant must agree on (the time
  // zones Graph accepts): data and lookups, importing nothing else from src.
  layer(
    ['src/graph-facts/**'],
    [
      '**/domain/**',
      '**/app/**',
      '**/adapters/**',
      '**/web/**',
      '**/server/**',
      '**/local-tenant/**',
      'node:*',
    ],
    'src/graph-facts holds data about Microsoft Graph only: it imports nothing from the rest of src.',
  ),
  // The domain is below the use cases: everything they may not import, and them, I/O and zod.
  layer(
    ['src/domain/**'],
    ['**/app/**', ...APP_FORBIDDEN, 'node:*', 'zod'],
    'src/domain is pure: it imports nothing from the rest of src and does no I/O.',
  ),
  layer(['src/app/**'], APP_FORBIDDEN, 'Use cases depend on the domain and ports only.'),
  layer(
    ['src/app/career-api/**'],
    [...APP_FORBIDDEN, '**/my-365/**'],
    'Use cases depend on the domain and ports only; src/app/career-api runs in the API and does not reach into the browser’s use cases (src/app/my-365).',
  ),
  layer(
    ['src/app/my-365/**'],
    [...APP_FORBIDDEN, '**/career-api/**'],
    'Use cases depend on the domain and ports only; src/app/my-365 runs in the browser and does not reach into the API’s use cases (src/app/career-api).',
  ),
  layer(
    ['src/adapters/**'],
    [
      '**/web/**',
      '**/server/**',
      '**/local-tenant/**',
      'react',
      'react-*',
      '@fluentui/*',
      ...API_ONLY,
    ],
    'Adapters may not depend on screens, the server or the local tenant.',
  ),
  layer(['src/web/**'], WEB_FORBIDDEN, WEB_MESSAGE),
  // After the web layer: for a feature's files these entries replace its rule, keeping its paths.
  ...featureLayers,
  layer(
    ['src/server/**'],
    ['**/web/**', '**/local-tenant/**', 'react', 'react-*', '@fluentui/*', ...API_ONLY],
    'The career API does not depend on screens, the browser’s use cases (src/app/my-365) or the local tenant.',
  ),
  layer(
    ['src/local-tenant/**'],
    ['**/domain/**', '**/app/**', '**/adapters/**', '**/web/**', '**/server/**'],
    'The local tenant stands in for Microsoft 365 and shares no code with the product.',
  ),
];
