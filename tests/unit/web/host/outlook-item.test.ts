import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { outlookItemOf } from '../../../../src/web/host/outlook-item';
import {
  connectOutlook,
  mapOfficeTheme,
  NotInOutlookError,
} from '../../../../src/web/host/connect-outlook';

/** The Office.js enums the port reads at run time (strings, as Office.js has them). */
const OFFICE_ENUMS = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  CoercionType: { Html: 'html', Text: 'text' },
  MailboxEnums: {
    ItemType: { Message: 'message', Appointment: 'appointment' },
    RestVersion: { v2_0: 'v2.0' },
  },
};

const address = (displayName: string, emailAddress: string) => ({ displayName, emailAddress });
const ok = (value: unknown) => ({ status: 'succeeded', value });
const getter = (value: unknown) => ({
  getAsync: (done: (result: unknown) => void) => {
    done(ok(value));
  },
});

function mailbox(item: Record<string, unknown>): Office.Mailbox {
  return {
    item,
    convertToRestId: (id: string) => id.replace(/\//g, '_').replace(/\+/g, '-'),
  } as unknown as Office.Mailbox;
}

beforeEach(() => {
  vi.stubGlobal('Office', OFFICE_ENUMS);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the Outlook item port over Office.js', () => {
  it('reads a received mail’s sender, then To and Cc, and has no body to write', async () => {
    const item = outlookItemOf(
      mailbox({
        itemType: 'message',
        from: address('Tomás Hernández', 'tomas@contoso.example'),
        to: [address('Priya Raman', 'priya@contoso.example')],
        cc: [address('Liam O’Connor', 'liam@contoso.example')],
      }),
    );
    expect(item?.surface).toBe('mailRead');
    expect(await item?.people()).toEqual([
      { name: 'Tomás Hernández', email: 'tomas@contoso.example', role: 'from' },
      { name: 'Priya Raman', email: 'priya@contoso.example', role: 'to' },
      { name: 'Liam O’Connor', email: 'liam@contoso.example', role: 'cc' },
    ]);
    expect(item?.insertIntoBody).toBeUndefined();
    expect(await item?.eventId()).toBeUndefined();
  });

  it('reads a new message’s recipients through getAsync and puts HTML at the cursor', async () => {
    const written: [string, unknown][] = [];
    const item = outlookItemOf(
      mailbox({
        itemType: 'message',
        to: getter([address('Tomás Hernández', 'tomas@contoso.example')]),
        cc: getter([]),
        body: {
          setSelectedDataAsync: (data: string, options: unknown, done: (r: unknown) => void) => {
            written.push([data, options]);
            done(ok(undefined));
          },
        },
      }),
    );
    expect(item?.surface).toBe('mailCompose');
    expect(await item?.people()).toEqual([
      { name: 'Tomás Hernández', email: 'tomas@contoso.example', role: 'to' },
    ]);
    await item?.insertIntoBody?.('<p>Hi</p>');
    expect(written).toEqual([['<p>Hi</p>', { coercionType: 'html' }]]);
  });

  it('gives a meeting’s Graph id: the attendee’s from itemId, the organizer’s from getItemIdAsync', async () => {
    const attendee = outlookItemOf(
      mailbox({
        itemType: 'appointment',
        itemId: 'AAMk+a/b=',
        organizer: address('Priya Raman', 'priya@contoso.example'),
        requiredAttendees: [address('Tomás Hernández', 'tomas@contoso.example')],
        optionalAttendees: [],
      }),
    );
    expect(attendee?.surface).toBe('meetingDetailsAttendee');
    expect(await attendee?.eventId()).toBe('AAMk-a_b=');
    expect((await attendee?.people())?.map((p) => p.role)).toEqual(['organizer', 'attendee']);

    const organizer = outlookItemOf(
      mailbox({
        itemType: 'appointment',
        getItemIdAsync: (done: (r: unknown) => void) => {
          done(ok('AAMk/c+d='));
        },
        organizer: getter(address('Priya Raman', 'priya@contoso.example')),
        requiredAttendees: getter([address('Tomás Hernández', 'tomas@contoso.example')]),
        optionalAttendees: getter([]),
      }),
    );
    expect(organizer?.surface).toBe('meetingDetailsOrganizer');
    expect(await organizer?.eventId()).toBe('AAMk_c-d=');
    expect((await organizer?.people())?.map((p) => p.email)).toEqual([
      'priya@contoso.example',
      'tomas@contoso.example',
    ]);
  });

  it('rejects with Office’s message when a call fails', async () => {
    const item = outlookItemOf(
      mailbox({
        itemType: 'message',
        to: {
          getAsync: (done: (r: unknown) => void) => {
            done({ status: 'failed', error: { message: 'The item was closed.' } });
          },
        },
      }),
    );
    await expect(item?.people()).rejects.toThrow('The item was closed.');
  });
});

describe('connecting to Outlook through Office.js', () => {
  it('is not Outlook without Office.js, nor when Office.js finds no host', async () => {
    await expect(connectOutlook(Promise.resolve(undefined))).rejects.toBeInstanceOf(
      NotInOutlookError,
    );
    const plainTab = { onReady: () => Promise.resolve({ host: null }) } as unknown as typeof Office;
    await expect(connectOutlook(Promise.resolve(plainTab))).rejects.toThrow(
      'Open this page from Outlook',
    );
  });

  it('takes the person, language, zone and theme from Outlook, and nested app auth when offered', async () => {
    const outlook = {
      onReady: () => Promise.resolve({ host: 'Outlook' }),
      context: {
        displayLanguage: 'en-GB',
        officeTheme: { bodyBackgroundColor: '#292929', isDarkTheme: true },
        requirements: { isSetSupported: (name: string) => name === 'NestedAppAuth' },
        mailbox: {
          userProfile: {
            displayName: 'Priya Raman',
            emailAddress: 'priya@contoso.example',
            timeZone: 'Europe/London',
          },
        },
      },
    } as unknown as typeof Office;
    const connection = await connectOutlook(Promise.resolve(outlook));
    expect(connection.nestedAppAuth).toBe(true);
    expect(connection.context).toMatchObject({
      kind: 'outlook',
      user: { loginHint: 'priya@contoso.example', displayName: 'Priya Raman' },
      locale: 'en-GB',
      timeZone: 'Europe/London',
      theme: 'dark',
    });
  });

  it('reads Office’s black-on-black theme as high contrast', () => {
    const theme = (bodyBackgroundColor: string, isDarkTheme: boolean) =>
      mapOfficeTheme({ bodyBackgroundColor, isDarkTheme } as Office.OfficeTheme);
    expect(theme('#000000', true)).toBe('contrast');
    expect(theme('#292929', true)).toBe('dark');
    expect(theme('#ffffff', false)).toBe('light');
  });
});
