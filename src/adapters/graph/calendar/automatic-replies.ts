import { z } from 'zod/mini';
import type { Interval } from '../../../domain';
import { overlaps } from '../../../domain';
import { dateTimeTimeZone, type GraphClient } from '../client';
import { instantFromGraph } from '../shared/date-time';
import { SCOPES } from '../shared/scopes';

const automaticRepliesSetting = z.object({
  status: z.catch(z.nullish(z.string()), null),
  scheduledStartDateTime: z.catch(z.nullish(dateTimeTimeZone), null),
  scheduledEndDateTime: z.catch(z.nullish(dateTimeTimeZone), null),
});

/**
 * The signed-in person's scheduled automatic replies (GET /me/mailboxSettings/
 * automaticRepliesSetting, MailboxSettings.Read). Exchange keeps the last scheduled window while
 * replies are disabled, so only status `scheduled` counts. `alwaysEnabled` has no end date: it
 * says nothing about which future days the person is away, so it blocks none.
 */
export async function readAutomaticReplies(
  graph: GraphClient,
  range: Interval,
): Promise<Interval | undefined> {
  const setting = await graph.json(
    {
      method: 'GET',
      path: '/me/mailboxSettings/automaticRepliesSetting',
      scopes: SCOPES.mailboxSettings,
    },
    automaticRepliesSetting,
  );
  if (setting.status?.toLowerCase() !== 'scheduled') return undefined;
  const start = setting.scheduledStartDateTime && instantFromGraph(setting.scheduledStartDateTime);
  const end = setting.scheduledEndDateTime && instantFromGraph(setting.scheduledEndDateTime);
  if (!start || !end || start >= end) return undefined;
  const window = { start, end };
  return overlaps(window, range) ? window : undefined;
}
