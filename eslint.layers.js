// One-way layering: domain <- app (use cases) <- adapters / web / server.
// The local tenant stands in for Microsoft's cloud, so it shares no code with the product.
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

export const layers = [
  layer(
    ['src/domain/**'],
    [
      '**/app/**',
      '**/adapters/**',
      '**/web/**',
      '**/server/**',
      '**/local-tenant/**',
      'react',
      'react-*',
      '@fluentui/*',
      '@microsoft/*',
      '@azure/*',
      'node:*',
      'zod',
    ],
    'src/domain is pure: it imports nothing from the rest of src and does no I/O.',
  ),
  layer(
    ['src/app/**'],
    [
      '**/adapters/**',
      '**/web/**',
      '**/server/**',
      '**/local-tenant/**',
      'react',
      'react-*',
      '@fluentui/*',
      '@microsoft/*',
      '@azure/*',
    ],
    'Use cases depend on the domain and ports only.',
  ),
  layer(
    ['src/adapters/**'],
    ['**/web/**', '**/server/**', '**/local-tenant/**', 'react', 'react-*', '@fluentui/*'],
    'Adapters may not depend on screens, the server or the local tenant.',
  ),
  layer(
    ['src/web/**'],
    ['**/server/**', '**/local-tenant/**'],
    'The web app reaches the career API and Graph over HTTP only.',
  ),
  layer(
    ['src/server/**'],
    ['**/web/**', '**/local-tenant/**', 'react', 'react-*', '@fluentui/*'],
    'The career API does not depend on screens or the local tenant.',
  ),
  layer(
    ['src/local-tenant/**'],
    ['**/domain/**', '**/app/**', '**/adapters/**', '**/web/**', '**/server/**'],
    'The local tenant stands in for Microsoft 365 and shares no code with the product.',
  ),
];
