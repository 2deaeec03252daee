export * from './result';
export * from './time/clock';
export * from './time/temporal';
export * from './time/values';
export * from './model/person';
export * from './model/contract';
export * from './model/conversation';
export * from './playbook';
