import { z } from 'zod/mini';

/** One page of a Graph collection; items are parsed one by one by the caller. */
export const collectionPage = z.object({
  value: z.catch(z.array(z.unknown()), []),
  '@odata.nextLink': z.catch(z.optional(z.string()), undefined),
});

/** Graph's `dateTimeTimeZone`. */
export const dateTimeTimeZone = z.object({
  dateTime: z.string(),
  timeZone: z.nullish(z.string()),
});

export const emailAddress = z.object({
  address: z.nullish(z.string()),
  name: z.nullish(z.string()),
});
