// Time in one place: the injected clock, the values that cross boundaries, reading them from
// text, and putting them into words in a locale and zone (the host's on screen, en-GB in mail).
export * from './clock';
export * from './temporal';
export * from './values';
export * from './parse';
export * from './wording';
export * from './display-locale';
