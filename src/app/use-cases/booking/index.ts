export * from './booking-people';
export * from './booking-calendar';
export * from './off-hours';
export * from './check-sessions';
export * from './series-events';
export * from './find-booking-options';
export * from './book-series';
export * from './change-booking';
