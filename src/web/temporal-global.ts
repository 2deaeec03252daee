import type { Temporal as TemporalNamespace } from 'temporal-polyfill';

/**
 * What `temporal-polyfill` resolves to in the browser build (vite.config.ts): the browser's own
 * Temporal, or the polyfill app-chunks.ts installed before any chunk that uses dates ran. So the
 * polyfill is downloaded only by browsers without Temporal.
 */
export const Temporal = (globalThis as unknown as { Temporal: typeof TemporalNamespace }).Temporal;
