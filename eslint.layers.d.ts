import type { Linter } from 'eslint';

/** The one-way layering rules (see eslint.layers.js). */
export declare const layers: Linter.Config[];
