import { createContext, useContext, useState, type ReactNode } from 'react';
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

/** A port whose every operation is asynchronous, so it can stand in before its adapter loads. */
type AsyncPort<T> = { [K in keyof T]: (...args: never[]) => Promise<unknown> };

/**
 * The port now; its adapter (and the Graph client under it) on the first call. Most screens never
 * call Graph (the team overview, the report's own development), so its code is not part of the
 * signed-in app: it loads when a screen first asks.
 */
function onFirstCall<T extends AsyncPort<T>>(load: () => Promise<T>): T {
  return new Proxy({} as T, {
    // Not a promise itself (`then`), nor anything else but the port's operations.
    get: (_, name) =>
      typeof name !== 'string' || name === 'then'
        ? undefined
        : async (...args: unknown[]) => {
            const port = await load();
            const operation = port[name as keyof T] as unknown as (
              ...a: unknown[]
            ) => Promise<unknown>;
            return operation.apply(port, args);
          },
  });
}

export function createMyMicrosoft365(
  graphBaseUrl: string,
  getAccessToken: (scopes: string[]) => Promise<string>,
): MyMicrosoft365 {
  let ports: Promise<MyMicrosoft365> | undefined;
  const load = (): Promise<MyMicrosoft365> =>
    (ports ??= import('./microsoft-365-ports').then((module) =>
      module.createMyMicrosoft365(graphBaseUrl, getAccessToken),
    ));
  return {
    calendar: onFirstCall(async () => (await load()).calendar),
    mailer: onFirstCall(async () => (await load()).mailer),
    chat: onFirstCall(async () => (await load()).chat),
    tasks: onFirstCall(async () => (await load()).tasks),
    notes: onFirstCall(async () => (await load()).notes),
    directory: onFirstCall(async () => (await load()).directory),
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
