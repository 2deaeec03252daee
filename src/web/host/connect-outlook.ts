/// <reference types="office-js" />
import { browserTheme, type HostTheme } from './detect-host';
import { browserHostContext, hostContextFromOutlook, type HostContext } from './host-context';

/** Said when the add-in page runs anywhere but in Outlook: nothing here works without it. */
export const NOT_IN_OUTLOOK = 'Open this page from Outlook: it is the Career Conversations add-in.';

export class NotInOutlookError extends Error {
  constructor(detail: string) {
    super(`${NOT_IN_OUTLOOK} (${detail})`);
    this.name = 'NotInOutlookError';
  }
}

/** The Office.js global, once its script has run; undefined before (or without) it. */
export function officeJs(target: object = globalThis): typeof Office | undefined {
  const candidate = (target as { Office?: unknown }).Office;
  if (typeof candidate === 'object' && candidate !== null && 'onReady' in candidate) {
    return candidate as typeof Office;
  }
  return undefined;
}

/**
 * Office.js is an `async` script in the add-in page's <head> (it must come from Microsoft's CDN,
 * not the bundle), so the app may start before it has run. Waits for that script to load or
 * fail; a script that finished before we looked is seen in the resource timings.
 */
export function officeJsLoaded(doc: Document = document): Promise<typeof Office | undefined> {
  const ready = officeJs();
  if (ready) return Promise.resolve(ready);
  const script = doc.querySelector<HTMLScriptElement>('script[src$="office.js"]');
  if (!script) return Promise.resolve(undefined);
  if (performance.getEntriesByName(script.src).length > 0) return Promise.resolve(officeJs());
  return new Promise((resolve) => {
    script.addEventListener('load', () => {
      resolve(officeJs());
    });
    script.addEventListener('error', () => {
      resolve(undefined);
    });
  });
}

/** Outlook's theme in the app's terms: Office's black theme on black is high contrast. */
export function mapOfficeTheme(theme: Office.OfficeTheme | undefined): HostTheme {
  if (!theme) return browserTheme();
  if (theme.bodyBackgroundColor.toLowerCase() === '#000000') return 'contrast';
  return theme.isDarkTheme ? 'dark' : 'light';
}

export interface OutlookConnection {
  context: HostContext;
  /** Office.js answers MSAL's `__initializeNestedAppAuth` hook itself when it supports the set. */
  nestedAppAuth: boolean;
}

/**
 * Waits for `Office.onReady`: only then are `Office.context` and the mailbox item there. Office.js
 * outside Outlook (a plain tab) answers with no host; without Office.js there is nothing to wait
 * for. Both are a `NotInOutlookError`.
 */
export async function connectOutlook(
  loaded: Promise<typeof Office | undefined> = officeJsLoaded(),
): Promise<OutlookConnection> {
  const office = await loaded;
  if (!office) throw new NotInOutlookError('Office.js did not load');
  // Office.js answers `host: null` outside Office, which its types do not admit.
  const { host } = (await office.onReady()) as { host: Office.HostType | null };
  if (host === null) throw new NotInOutlookError('no Outlook host');
  const context: Partial<Office.Context> = office.context;
  const mailbox = context.mailbox;
  if (!mailbox) throw new NotInOutlookError(`${String(host)} has no mailbox`);
  return {
    context: hostContextFromOutlook(
      {
        userProfile: mailbox.userProfile,
        displayLanguage: office.context.displayLanguage,
        theme: mapOfficeTheme(office.context.officeTheme),
      },
      browserHostContext('outlook', browserTheme()),
    ),
    nestedAppAuth: office.context.requirements.isSetSupported('NestedAppAuth', '1.1'),
  };
}
