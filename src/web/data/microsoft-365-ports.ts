import {
  createGraphCalendar,
  createGraphChat,
  createGraphClient,
  createGraphDirectory,
  createGraphMailer,
  createGraphPrivateNotes,
  createGraphTasks,
} from '../../adapters/graph';
import type { MyMicrosoft365 } from './microsoft-365-context';

/** The Graph adapters over one client: a chunk of its own, loaded on the first Graph call. */
export function createMyMicrosoft365(
  graphBaseUrl: string,
  getAccessToken: (scopes: string[]) => Promise<string>,
): MyMicrosoft365 {
  const graph = createGraphClient({ baseUrl: graphBaseUrl, getAccessToken });
  return {
    calendar: createGraphCalendar(graph),
    mailer: createGraphMailer(graph),
    chat: createGraphChat(graph),
    tasks: createGraphTasks(graph),
    notes: createGraphPrivateNotes(graph),
    directory: createGraphDirectory(graph),
  };
}
