import { createContext, useContext, useState, type ReactNode } from 'react';
import {
  createGraphCalendar,
  createGraphChat,
  createGraphClient,
  createGraphDirectory,
  createGraphMailer,
  createGraphPrivateNotes,
  createGraphTasks,
} from '../../adapters/graph';
import type { Calendar, Chat, Directory, Mailer, PrivateNotes, Tasks } from '../../app/ports';

/**
 * The signed-in manager's own Microsoft 365, reached with their delegated sign-in: calendar,
 * mail, Teams chat, To Do and the OneDrive app folder that holds private preparation notes.
 * Screens get these ports, never Graph URLs; the career API never sees any of it.
 */
export interface MyMicrosoft365 {
  calendar: Calendar;
  mailer: Mailer;
  chat: Chat;
  tasks: Tasks;
  notes: PrivateNotes;
  directory: Directory;
}

const Microsoft365Context = createContext<MyMicrosoft365 | undefined>(undefined);

export interface Microsoft365ProviderProps {
  graphBaseUrl: string;
  /** Delegated token for the scopes one Graph request needs (MSAL asks consent if needed). */
  getAccessToken: (scopes: string[]) => Promise<string>;
  children: ReactNode;
  /** Tests pass their own ports. */
  ports?: MyMicrosoft365;
}

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

export function Microsoft365Provider({
  graphBaseUrl,
  getAccessToken,
  children,
  ports,
}: Microsoft365ProviderProps) {
  const [value] = useState(() => ports ?? createMyMicrosoft365(graphBaseUrl, getAccessToken));
  return <Microsoft365Context.Provider value={value}>{children}</Microsoft365Context.Provider>;
}

export function useMyMicrosoft365(): MyMicrosoft365 {
  const value = useContext(Microsoft365Context);
  if (!value) throw new Error('useMyMicrosoft365 needs a Microsoft365Provider above it.');
  return value;
}
