export {
  sendSummary,
  summaryIdempotencyKey,
  summaryMessage,
  type ConversationAt,
  type SendSummaryInput,
  type SendSummaryPorts,
  type SummaryMessageInput,
  type SummarySent,
} from './send-summary';
export {
  BLOCK_MINUTES,
  scheduleCommitments,
  scheduleIdempotencyKey,
  type ScheduledItem,
  type ScheduleInput,
  type ScheduleOutcome,
  type SchedulePorts,
  type ScheduleRequest,
  type ScheduleVia,
} from './schedule-commitments';
export {
  blockSearchRange,
  findBlockSlot,
  type BlockSlot,
  type BlockSlotRequest,
} from './find-block-slot';
export {
  conversationTime,
  nextConversationState,
  type NextConversationState,
} from './next-conversation';
export {
  bookNextConversation,
  nextConversationKey,
  readRepeatedNext,
  recordRepeatedNext,
  withRepeatedNext,
  type BookNextInput,
  type BookNextOutcome,
  type BookNextPorts,
  type RecordRepeatedNextPorts,
} from './book-next';
