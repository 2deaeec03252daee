import { loadMeetingTabConfig } from './app-chunks';
import { lazyChunk } from './lazy-chunk';

/**
 * The meeting tab's configuration page: shown before sign-in (adding the tab to a meeting saves
 * only its address) and among the signed-in routes, from one chunk.
 */
export const MeetingTabConfigScreen = lazyChunk(
  loadMeetingTabConfig,
  (chunk) => chunk.MeetingTabConfigScreen,
);
