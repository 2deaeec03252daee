// Browser tests that pass on a busy machine, any day: every browser context comes from one place
// (tests/e2e/support/browser.ts: reduced motion, fixed viewport, zone and locale, the tenant's
// clock), pages are read for accessibility and screenshots only once settled, and nothing waits
// a fixed time. Kept apart from eslint.config.js so a test can prove the rules are enforced.
const call = (property, message) => ({
  selector: `CallExpression[callee.type='MemberExpression'][callee.property.name='${property}']`,
  message,
});

const fromSupport =
  'Make browser contexts and pages with newTestContext / newTestPage (tests/e2e/support/browser.ts).';

export const e2eRules = [
  {
    files: ['tests/e2e/**/*.ts'],
    ignores: ['tests/e2e/support/browser.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        call('newContext', fromSupport),
        {
          selector:
            "CallExpression[callee.property.name='newPage'][callee.object.property.name='browser']",
          message: fromSupport,
        },
        {
          selector: "CallExpression[callee.property.name='newPage'][callee.object.name='browser']",
          message: fromSupport,
        },
        call(
          'waitForTimeout',
          'Wait on a condition (a locator, expect.poll, settled(page)), never a fixed time.',
        ),
        {
          selector: "CallExpression[callee.name='setTimeout']",
          message:
            'Wait on a condition (a locator, expect.poll, settled(page)), never a fixed time.',
        },
      ],
    },
  },
];
