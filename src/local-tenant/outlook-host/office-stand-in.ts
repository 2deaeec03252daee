/// <reference types="office-js" />
/**
 * A TEST HOST's stand-in for Office.js, served at /_local/outlook/office.js by the local tenant
 * and loaded by the add-in page only on the local stack (scripts/stack/local-office-js.ts swaps
 * the CDN address there; production always loads Microsoft's Office.js). It implements only the
 * calls the add-in makes, typed against @types/office-js, and gets the open item from the local
 * Outlook host page that frames the add-in. Outside that page it answers as Office.js does in a
 * plain browser tab: `onReady` with no host.
 *
 * A classic script, like Office.js: no imports at run time (types only), one scope.
 */
import type {
  FrameMessage,
  HostMessage,
  ItemAddress,
  OutlookItemData,
  OutlookSession,
} from './protocol.ts';

// Spelled here rather than imported: a classic script cannot import (protocol.ts has the same).
const CHANNEL = 'local-outlook-host';
const SUPPORTED_MAILBOX = 1.8;
const HOST_ORIGIN = new URL(
  (document.currentScript as HTMLScriptElement | null)?.src ?? location.href,
).origin;

/**
 * Office.js's enums are strings at run time ('succeeded', 'Outlook' …); @types/office-js declares
 * them as TypeScript enums without values, so each is spelled once here and converted.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the enum to convert to
const officeEnum = <T>(value: string): T => value as unknown as T;

type Callback<T> = (result: Office.AsyncResult<T>) => void;

function succeeded<T>(value: T): Office.AsyncResult<T> {
  return {
    value,
    status: officeEnum<Office.AsyncResultStatus>('succeeded'),
    error: undefined as unknown as Office.Error,
    asyncContext: undefined,
    diagnostics: undefined,
  };
}

function answer<T>(value: T, callback: Callback<T> | undefined): void {
  // Office.js calls back asynchronously, never before the call returns.
  setTimeout(() => callback?.(succeeded(value)), 0);
}

function send(message: FrameMessage): void {
  window.parent.postMessage(message, HOST_ORIGIN);
}

const details = (address: ItemAddress): Office.EmailAddressDetails => ({
  displayName: address.displayName,
  emailAddress: address.emailAddress,
  appointmentResponse: 'none',
  recipientType: 'user',
});

/** `to.getAsync` and the like: the recipients of a form being edited. */
const recipients = (list: ItemAddress[]) => ({
  getAsync: (callback?: Callback<Office.EmailAddressDetails[]>) => {
    answer(list.map(details), callback);
  },
});

let nextBodyCall = 1;
const pendingBodyCalls = new Map<number, () => void>();

function bodyCall(
  data: string,
  options: Office.AsyncContextOptions & { coercionType?: Office.CoercionType | string },
  callback: Callback<void> | undefined,
): void {
  const id = nextBodyCall++;
  pendingBodyCalls.set(id, () => callback?.(succeeded(undefined)));
  const coercion = options.coercionType === 'html' ? 'html' : 'text';
  send({ channel: CHANNEL, type: 'body', id, coercion, data });
}

/** The body of a new message: `setSelectedDataAsync` (1.2), the one body call the add-in makes. */
const composeBody = {
  setSelectedDataAsync: (
    data: string,
    options: { coercionType?: string },
    callback?: Callback<void>,
  ) => {
    bodyCall(data, options, callback);
  },
};

function itemFor(data: OutlookItemData): Record<string, unknown> {
  switch (data.surface) {
    case 'mailRead':
      return {
        itemType: 'message',
        itemId: data.itemId,
        subject: data.subject,
        from: details(data.from),
        sender: details(data.from),
        to: data.to.map(details),
        cc: data.cc.map(details),
      };
    case 'mailCompose':
      return {
        itemType: 'message',
        to: recipients(data.to),
        cc: recipients(data.cc),
        body: composeBody,
      };
    case 'meetingDetailsAttendee':
      return {
        itemType: 'appointment',
        itemId: data.itemId,
        subject: data.subject,
        start: new Date(data.start),
        end: new Date(data.end),
        organizer: details(data.organizer),
        requiredAttendees: data.requiredAttendees.map(details),
        optionalAttendees: data.optionalAttendees.map(details),
      };
    case 'meetingDetailsOrganizer':
      // The organizer's form can be edited: people come through getAsync, the id too (1.8).
      return {
        itemType: 'appointment',
        getItemIdAsync: (callback?: Callback<string>) => {
          answer(data.itemId, callback);
        },
        organizer: {
          getAsync: (callback?: Callback<Office.EmailAddressDetails>) => {
            answer(details(data.organizer), callback);
          },
        },
        requiredAttendees: recipients(data.requiredAttendees),
        optionalAttendees: recipients(data.optionalAttendees),
        body: composeBody,
      };
  }
}

const THEMES: Record<OutlookSession['theme'], Office.OfficeTheme> = {
  default: {
    bodyBackgroundColor: '#ffffff',
    bodyForegroundColor: '#242424',
    controlBackgroundColor: '#ffffff',
    controlForegroundColor: '#242424',
    isDarkTheme: false,
    themeId: officeEnum<Office.ThemeId>('white'),
  },
  dark: {
    bodyBackgroundColor: '#292929',
    bodyForegroundColor: '#ffffff',
    controlBackgroundColor: '#1f1f1f',
    controlForegroundColor: '#ffffff',
    isDarkTheme: true,
    themeId: officeEnum<Office.ThemeId>('black'),
  },
  contrast: {
    bodyBackgroundColor: '#000000',
    bodyForegroundColor: '#ffffff',
    controlBackgroundColor: '#000000',
    controlForegroundColor: '#ffffff',
    isDarkTheme: true,
    themeId: officeEnum<Office.ThemeId>('black'),
  },
};

type ReadyInfo = { host: Office.HostType | null; platform: Office.PlatformType | null };

/** MSAL's nested app auth bridge, as Office.js installs it: envelopes as JSON strings. */
function installNestedAppAuth(): void {
  const listeners = new Set<(response: string) => void>();
  const bridge = {
    postMessage: (request: string) => {
      send({ channel: CHANNEL, type: 'naa', envelope: request });
    },
    addEventListener: (_type: 'message', listener: (response: string) => void) => {
      listeners.add(listener);
    },
    removeEventListener: (_type: 'message', listener: (response: string) => void) => {
      listeners.delete(listener);
    },
  };
  window.addEventListener('message', (event) => {
    const data = event.data as HostMessage | undefined;
    if (event.source !== window.parent || event.origin !== HOST_ORIGIN) return;
    if (data?.channel === CHANNEL && data.type === 'naa') {
      for (const listener of listeners) listener(data.envelope);
    }
  });
  // MSAL calls this before it looks for `window.nestedAppAuthBridge` (NestedAppOperatingContext).
  Object.assign(window, {
    __initializeNestedAppAuth: () => {
      Object.assign(window, { nestedAppAuthBridge: bridge });
      return Promise.resolve();
    },
  });
}

const office = {
  context: undefined as unknown as Record<string, unknown>,
  onReady: undefined as unknown as (callback?: (info: ReadyInfo) => void) => Promise<ReadyInfo>,
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  CoercionType: { Html: 'html', Text: 'text' },
  HostType: { Outlook: 'Outlook' },
  PlatformType: { OfficeOnline: 'OfficeOnline' },
  MailboxEnums: {
    ItemType: { Message: 'message', Appointment: 'appointment' },
    RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' },
  },
};

const ready = new Promise<ReadyInfo>((resolve) => {
  if (window.parent === window) {
    resolve({ host: null, platform: null });
    return;
  }
  window.addEventListener('message', (event) => {
    const data = event.data as HostMessage | undefined;
    if (event.source !== window.parent || event.origin !== HOST_ORIGIN) return;
    if (data?.channel !== CHANNEL) return;
    if (data.type === 'body-done') {
      pendingBodyCalls.get(data.id)?.();
      pendingBodyCalls.delete(data.id);
      return;
    }
    if (data.type !== 'session') return;
    const session = data.session;
    if (session.naa) installNestedAppAuth();
    office.context = {
      displayLanguage: session.displayLanguage,
      officeTheme: THEMES[session.theme],
      diagnostics: { host: 'Outlook', platform: 'OfficeOnline', version: '16.0.0.0' },
      requirements: {
        isSetSupported: (name: string, minVersion?: string) => {
          const version = Number(minVersion ?? '1.1');
          if (name === 'Mailbox') return version <= SUPPORTED_MAILBOX;
          if (name === 'NestedAppAuth') return session.naa && version <= 1.1;
          return false;
        },
      },
      mailbox: {
        item: itemFor(session.item),
        userProfile: session.user,
        diagnostics: { hostName: 'OutlookWebApp', hostVersion: 'local-test-host' },
        convertToRestId: (itemId: string) => itemId.replace(/\+/g, '-').replace(/\//g, '_'),
      },
    };
    resolve({
      host: officeEnum<Office.HostType>('Outlook'),
      platform: officeEnum<Office.PlatformType>('OfficeOnline'),
    });
  });
  send({ channel: CHANNEL, type: 'hello' });
});

office.onReady = (callback) =>
  ready.then((info) => {
    callback?.(info);
    return info;
  });

Object.assign(window, { Office: office });
