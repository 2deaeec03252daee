import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../src/local-tenant';
import { eventId } from '../../../src/local-tenant/graph/calendar/event-ids';
import { startTenant } from './helpers';

interface StateEvent {
  key: string;
  ownerId: string;
  isOrganizer: boolean;
  iCalUId: string;
  joinUrl: string | null;
}

interface HostMeetingConfig {
  frame: string;
  contentUrl: string;
  meeting?: { meetingId: string; chatId: string };
}

async function hostConfig(
  tenant: LocalTenant,
  query: string,
): Promise<{ status: number; config: HostMeetingConfig }> {
  const response = await fetch(`${tenant.url}/_local/teams?${query}`);
  const page = await response.text();
  const json = /<script type="application\/json" id="teams-host-config">(.*?)<\/script>/s.exec(
    page,
  )?.[1];
  return { status: response.status, config: JSON.parse(json ?? '{}') as HostMeetingConfig };
}

describe('the local Teams host in a meeting: the side panel of a chosen meeting, and the tab’s configuration', () => {
  let tenant: LocalTenant;
  let organizerCopy: StateEvent;
  let attendeeCopy: StateEvent;
  let thread: string;

  beforeAll(async () => {
    tenant = await startTenant();
    const state = (await (await fetch(`${tenant.url}/_local/state`)).json()) as {
      features: { calendar: { events: StateEvent[] } };
    };
    const events = state.features.calendar.events;
    const online = events.find((e) => e.isOrganizer && e.joinUrl !== null);
    const copy = events.find((e) => !e.isOrganizer && e.iCalUId === online?.iCalUId);
    if (!online || !copy) throw new Error('The demo calendars have no online meeting.');
    organizerCopy = online;
    attendeeCopy = copy;
    thread =
      /19:meeting_[^@]+@thread\.v2/.exec(decodeURIComponent(online.joinUrl ?? ''))?.[0] ?? '';
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('puts the meeting’s thread in the side panel’s context, from either person’s event id or the join link', async () => {
    expect(thread).not.toBe('');
    const expected = { chatId: thread, meetingId: btoa(`0#${thread}#0`) };
    for (const meeting of [
      eventId(organizerCopy.ownerId, organizerCopy.key),
      eventId(attendeeCopy.ownerId, attendeeCopy.key),
      organizerCopy.joinUrl ?? '',
    ]) {
      const { status, config } = await hostConfig(
        tenant,
        `frame=side-panel&meeting=${encodeURIComponent(meeting)}`,
      );
      expect(status, meeting).toBe(200);
      expect(config.meeting).toEqual(expected);
    }
  });

  it('opens a side panel in a meeting of its own when none is named, and refuses a meeting it cannot find or outside a meeting frame', async () => {
    const plain = await hostConfig(tenant, 'frame=side-panel');
    expect(plain.config.meeting?.chatId).toMatch(/^19:meeting_.+@thread\.v2$/);
    expect(plain.config.meeting?.chatId).not.toBe(thread);
    expect((await hostConfig(tenant, 'frame=tab')).config.meeting).toBeUndefined();
    for (const query of [
      'frame=side-panel&meeting=AAMkAGnotanevent',
      'frame=side-panel&meeting=https%3A%2F%2Fexample.com%2Fnot-teams',
      `frame=tab&meeting=${encodeURIComponent(organizerCopy.joinUrl ?? '')}`,
    ]) {
      expect((await hostConfig(tenant, query)).status, query).toBe(400);
    }
  });

  it('frames the configurable tab’s configuration page in the settings frame', async () => {
    const { status, config } = await hostConfig(
      tenant,
      `frame=config&meeting=${encodeURIComponent(organizerCopy.joinUrl ?? '')}`,
    );
    expect(status).toBe(200);
    expect(config.frame).toBe('config');
    const tab = await hostConfig(tenant, 'frame=tab');
    expect(config.contentUrl).toBe(
      `${new URL(tab.config.contentUrl).origin}/index.html?host=teams#/configure`,
    );
    expect(config.meeting?.chatId).toBe(thread);
  });
});
