export {
  createGraphClient,
  type GraphClient,
  type GraphClientOptions,
  type GraphResult,
} from './graph-client';
export { segment, odataString, type GraphCall, type GraphMethod } from './graph-call';
export type { BatchOutcome, BatchStep } from './batch';
export { MAX_BATCH_SIZE } from './batch';
export {
  GraphRequestError,
  kindForStatus,
  portErrorFromBadResponse as unreadableResponse,
} from './graph-errors';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy';
export { collectionPage, dateTimeTimeZone, emailAddress } from './odata';
