export * from './graph-permissions';
export * from './graph-permission-ids';
export * from './permission-table';
export * from './host-client-apps';
export * from './registration';
