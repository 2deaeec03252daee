import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { itemEventQuery } from '../../../../src/web/features/outlook-pane/item-event-query';

describe('the open Outlook item’s event id', () => {
  const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

  it('is null for a mail, which has no event, rather than a failed query', async () => {
    const mail = { eventId: () => Promise.resolve(undefined) };
    await expect(client().query(itemEventQuery(mail))).resolves.toBeNull();
  });

  it('is the event’s id for a meeting', async () => {
    const meeting = { eventId: () => Promise.resolve('AAMkAD-event') };
    await expect(client().query(itemEventQuery(meeting))).resolves.toBe('AAMkAD-event');
  });
});
