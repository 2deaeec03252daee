/**
 * What the local Outlook host page and its Office.js stand-in (in the add-in's frame) say to each
 * other over postMessage, and what the page knows about the item it opens. Real Office.js also
 * talks to its host over postMessage; this protocol is our own, kept as small as the calls the
 * add-in makes. Types only, plus pure helpers: both sides and the tests import it.
 */
import type { HostPersona, HostTheme } from '../teams-host/protocol.ts';

/** Marks every message of this protocol, so other postMessage traffic is ignored. */
export const OUTLOOK_CHANNEL = 'local-outlook-host';

export interface ItemAddress {
  displayName: string;
  emailAddress: string;
}

/**
 * The open item, as Outlook's surfaces present it: a received mail (mailRead), a new message
 * (mailCompose), or a meeting its organizer (meetingDetailsOrganizer, a compose form) or an
 * attendee (meetingDetailsAttendee, a read form) opens.
 */
export type OutlookItemData =
  | {
      surface: 'mailRead';
      /** EWS-style id, as Office.js gives it (convertToRestId turns it into Graph's). */
      itemId: string;
      subject: string;
      from: ItemAddress;
      to: ItemAddress[];
      cc: ItemAddress[];
    }
  | { surface: 'mailCompose'; subject: string; to: ItemAddress[]; cc: ItemAddress[] }
  | {
      surface: 'meetingDetailsOrganizer' | 'meetingDetailsAttendee';
      itemId: string;
      subject: string;
      start: string;
      end: string;
      organizer: ItemAddress;
      requiredAttendees: ItemAddress[];
      optionalAttendees: ItemAddress[];
    };

/** What the stand-in needs to answer the add-in: the item, who is signed in, the theme. */
export interface OutlookSession {
  item: OutlookItemData;
  user: { displayName: string; emailAddress: string; timeZone: string };
  displayLanguage: string;
  theme: HostTheme;
  /** Whether the host offers nested app auth (`isSetSupported('NestedAppAuth', '1.1')`). */
  naa: boolean;
}

export type FrameMessage =
  | { channel: typeof OUTLOOK_CHANNEL; type: 'hello' }
  | { channel: typeof OUTLOOK_CHANNEL; type: 'naa'; envelope: string }
  | {
      channel: typeof OUTLOOK_CHANNEL;
      type: 'body';
      id: number;
      coercion: 'html' | 'text';
      data: string;
    };

export type HostMessage =
  | { channel: typeof OUTLOOK_CHANNEL; type: 'session'; session: OutlookSession }
  | { channel: typeof OUTLOOK_CHANNEL; type: 'naa'; envelope: string }
  | { channel: typeof OUTLOOK_CHANNEL; type: 'body-done'; id: number };

export function isFrameMessage(data: unknown): data is FrameMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { channel?: unknown }).channel === OUTLOOK_CHANNEL &&
    typeof (data as { type?: unknown }).type === 'string'
  );
}

/** Everything the host page needs, embedded in it as JSON by the tenant. */
export interface OutlookHostConfig {
  tenantId: string;
  environment: string;
  authority: string;
  /** The add-in page (the manifest's runtime page), with the app's origin filled in. */
  pageUrl: string;
  frameOrigin: string;
  persona: HostPersona;
  personas: HostPersona[];
  theme: HostTheme;
  naa: boolean;
  /** `mail:{id}`, `event:{id}` or `compose`: what the address chose. */
  itemChoice: string;
  /** A new message's recipients as the address gave them (`to`), kept across reloads. */
  composeTo: string | undefined;
  /** The persona's mails and events to choose from, labelled. */
  choices: { value: string; label: string; group: 'Inbox' | 'Calendar' | 'New' }[];
  item: OutlookItemData;
  /** The broker endpoint on the tenant (the Teams host's: one broker for both hosts). */
  tokenUrl: string;
}

/** Outlook's task pane width: the app must fit it. */
export const TASK_PANE_WIDTH_PX = 320;

/** Graph's REST ids are URL-safe base64; Office.js gives EWS ids in standard base64. */
export function ewsIdOf(restId: string): string {
  return restId.replace(/-/g, '+').replace(/_/g, '/');
}

export function restIdOf(ewsId: string): string {
  return ewsId.replace(/\+/g, '-').replace(/\//g, '_');
}
