export * from './port-error';
export * from './directory';
export * from './calendar';
export * from './messaging';
export * from './private-notes';
export * from './stores';
