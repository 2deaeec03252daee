/**
 * Microsoft Graph adapters for the signed-in person's own Microsoft 365 data (delegated access).
 * One client (`createGraphClient`) carries auth, retry/throttling, batching and error mapping;
 * each port gets one adapter on top of it. The SharePoint stores live in `./sharepoint`.
 */
export * from './client';
export {
  createGraphDirectory,
  GraphDirectory,
  type GraphDirectoryOptions,
} from './directory/graph-directory';
export { createGraphCalendar, GraphCalendar } from './calendar/graph-calendar';
export { createGraphMailer, GraphMailer } from './mail/graph-mailer';
export { createGraphChat, GraphChat, CHAT_RETRY_WINDOW_MS } from './chat/graph-chat';
export { createGraphTasks, GraphTasks } from './tasks/graph-tasks';
export { createGraphPrivateNotes, GraphPrivateNotes } from './notes/graph-private-notes';
export { SCOPES as GRAPH_SCOPES } from './shared/scopes';
