import { z } from 'zod';

/** One page of a Graph collection; items are parsed one by one by the caller. */
export const collectionPage = z.object({
  value: z.array(z.unknown()).catch([]),
  '@odata.nextLink': z.string().optional().catch(undefined),
});

/** Graph's `dateTimeTimeZone`. */
export const dateTimeTimeZone = z.object({
  dateTime: z.string(),
  timeZone: z.string().nullish(),
});

export const emailAddress = z.object({
  address: z.string().nullish(),
  name: z.string().nullish(),
});
