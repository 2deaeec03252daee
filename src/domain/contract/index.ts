export * from './diff';
export * from './errors';
export * from './health';
export * from './limits';
export * from './mark-done';
export * from './validate-terms';
export * from './versioning';
export * from './status-changes';
