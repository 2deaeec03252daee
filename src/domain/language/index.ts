export * from './lint-finding';
export { lintPromiseLanguage, summarizeFindings } from './lint-promise-language';
export { HONEST_LIMIT_PHRASINGS } from './honest-phrasings';
