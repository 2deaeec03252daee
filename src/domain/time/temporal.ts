// The single entry point for Temporal in the domain. When Node and the browsers ship Temporal,
// only this file changes.
export { Temporal } from 'temporal-polyfill';
