export * from './booking-types';
export {
  ABSOLUTE_MIN_MINUTES,
  DEFAULT_GAP_DAYS,
  DEFAULT_HORIZON_DAYS,
  DEFAULT_SESSION_MINUTES,
  MIN_BOOKED_MINUTES,
  ONE_ON_ONE_BUFFER_MINUTES,
  PROMPT_LEAD_WORKING_DAYS,
} from './booking-rules';
export { bookingWindow } from './booking-input';
export { planBooking } from './plan-booking';
export { planPromptDelivery } from './plan-prompt-delivery';
export type { PromptDeliveryPlan } from './plan-prompt-delivery';
export { quarterlyRecurrenceAt } from './quarterly-recurrence';
export { checkBookingChoice } from './check-booking-choice';
export type { BookingChoiceCheck, BookingChoiceIssue } from './check-booking-choice';
export { MEETING_THREAD, meetingThreadOf, meetingThreadsOf } from './meeting-thread';
export { describeWorkingDays, reportUnavailableAt } from './skipped-days';
export type { ReportUnavailable } from './skipped-days';
export { checkHeldEarly } from './held-before-start';
export type { HeldEarlyCode } from './held-before-start';
