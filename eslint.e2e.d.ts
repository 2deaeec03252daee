import type { Linter } from 'eslint';

/** The deterministic browser-test rules (see eslint.e2e.js). */
export declare const e2eRules: Linter.Config[];
