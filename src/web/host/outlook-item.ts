/// <reference types="office-js" />
/**
 * The open Outlook item, as the task pane needs it: who is on it, which event it is, and (in a
 * message being written) a way to put text into its body. The only module that reads
 * `Office.context.mailbox.item`; the requirement sets each call needs are named beside it, and
 * the manifest asks for the highest of them (Mailbox 1.8).
 */

/** Outlook's surfaces, as the manifest's ribbon contexts name them. */
export type ItemSurface =
  'mailRead' | 'mailCompose' | 'meetingDetailsOrganizer' | 'meetingDetailsAttendee';

export interface ItemPerson {
  name: string;
  email: string;
  role: 'from' | 'to' | 'cc' | 'organizer' | 'attendee';
}

export interface OutlookItem {
  surface: ItemSurface;
  /** Everyone on the item, in Outlook's order: sender or organizer first. */
  people(): Promise<ItemPerson[]>;
  /** A meeting's Graph (REST) id, to match a booked conversation; undefined for mail. */
  eventId(): Promise<string | undefined>;
  /** A message being written: puts HTML at the cursor (Mailbox 1.2). */
  insertIntoBody?: (html: string) => Promise<void>;
}

type Address = Pick<Office.EmailAddressDetails, 'displayName' | 'emailAddress'>;
type AsyncGetter<T> = { getAsync(callback: (result: Office.AsyncResult<T>) => void): void };

function settle<T>(call: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    call((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new Error(result.error.message));
    });
  });
}

const person = (address: Address, role: ItemPerson['role']): ItemPerson => ({
  name: address.displayName,
  email: address.emailAddress,
  role,
});

/** A read form gives values; a compose form gives objects with `getAsync` (Mailbox 1.1/1.7). */
function isGetter<T>(value: unknown): value is AsyncGetter<T> {
  return typeof value === 'object' && value !== null && 'getAsync' in value;
}

async function read<T>(value: T | AsyncGetter<T> | undefined): Promise<T | undefined> {
  if (value === undefined) return undefined;
  return isGetter<T>(value)
    ? settle<T>((done) => {
        value.getAsync(done);
      })
    : value;
}

async function people(
  entries: [
    Address[] | Address | AsyncGetter<Address[]> | AsyncGetter<Address> | undefined,
    ItemPerson['role'],
  ][],
): Promise<ItemPerson[]> {
  const found: ItemPerson[] = [];
  for (const [entry, role] of entries) {
    const value = await read<Address | Address[]>(entry);
    if (value === undefined) continue;
    for (const address of Array.isArray(value) ? value : [value]) found.push(person(address, role));
  }
  return found;
}

/** Office.js's item in our terms; undefined when there is none (no item selected). */
export function outlookItemOf(mailbox: Office.Mailbox): OutlookItem | undefined {
  const item = mailbox.item as (Office.Item & Record<string, unknown>) | null | undefined;
  if (!item) return undefined;
  const restId = (ewsId: string): string =>
    // Mailbox 1.3: Office.js gives EWS ids; Graph and the career API's records hold REST ids.
    mailbox.convertToRestId(ewsId, Office.MailboxEnums.RestVersion.v2_0);

  if (item.itemType === Office.MailboxEnums.ItemType.Message) {
    const compose = isGetter(item.to);
    const body = item.body as Office.Body | undefined;
    return {
      surface: compose ? 'mailCompose' : 'mailRead',
      // Read (1.0): from, to, cc are values. Compose (1.1): to and cc through getAsync.
      people: () =>
        people([
          [item.from as Address | undefined, 'from'],
          [item.to as Address[], 'to'],
          [item.cc as Address[], 'cc'],
        ]),
      eventId: () => Promise.resolve(undefined),
      ...(compose && body
        ? {
            insertIntoBody: (html: string) =>
              new Promise<void>((resolve, reject) => {
                body.setSelectedDataAsync(html, { coercionType: Office.CoercionType.Html }, (r) => {
                  if (r.status === Office.AsyncResultStatus.Succeeded) resolve();
                  else reject(new Error(r.error.message));
                });
              }),
          }
        : {}),
    };
  }
  const organizerForm = typeof item.getItemIdAsync === 'function';
  return {
    surface: organizerForm ? 'meetingDetailsOrganizer' : 'meetingDetailsAttendee',
    // Attendee (read, 1.0): values. Organizer (compose): getAsync (1.1; organizer 1.7).
    people: () =>
      people([
        [item.organizer as Address, 'organizer'],
        [item.requiredAttendees as Address[], 'attendee'],
        [item.optionalAttendees as Address[], 'attendee'],
      ]),
    eventId: async () => {
      if (organizerForm) {
        // Mailbox 1.8: a meeting being edited has an id only once saved.
        const id = await settle<string>((done) => {
          (item as unknown as Office.AppointmentCompose).getItemIdAsync(done);
        });
        return id ? restId(id) : undefined;
      }
      return typeof item.itemId === 'string' ? restId(item.itemId) : undefined;
    },
  };
}

/** The item open in Outlook right now (after `Office.onReady`), if any. */
export function currentOutlookItem(): OutlookItem | undefined {
  // Outside Outlook (or before onReady) Office.js has no context or no mailbox yet.
  const office = (globalThis as { Office?: { context?: Partial<Office.Context> } }).Office;
  const mailbox = office?.context?.mailbox;
  return mailbox ? outlookItemOf(mailbox) : undefined;
}
