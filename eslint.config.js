import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// One-way layering: domain <- app (use cases) <- adapters / web / server.
// The local tenant stands in for Microsoft's cloud, so it shares no code with the product.
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      '.local-tenant-data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info', 'table'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
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
);
