// Time in one place: the injected clock, the values that cross boundaries, reading them from
// text, and putting them into words (the fixed English of the rules' facts, and the wording in a
// locale and zone that screens and messages use).
export * from './clock';
export * from './temporal';
export * from './values';
export * from './parse';
export * from './format';
export * from './wording';
export * from './display-locale';
