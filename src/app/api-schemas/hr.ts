import { IsoInstant } from './common';
import { documented, z } from '../zod';
import { SUPPRESSION_CAUSES } from '../../domain';
import { LEFTOVER_PLACES } from '../career-api/people/erasure-receipt';

export const SetupCheck = z.object({
  id: z.string(),
  label: z.string(),
  ok: z.boolean(),
  /** What to do when it is not ok; never a secret or a raw error. */
  detail: z.string(),
});

export const SetupHealth = documented(
  z.object({
    ok: z.boolean(),
    checkedAt: z.string(),
    checks: z.array(SetupCheck),
  }),
  { id: 'SetupHealth' },
);
export type SetupHealth = z.infer<typeof SetupHealth>;

const Metrics = z.object({
  fullConversationLastQuarter: z.number(),
  datedContracts: z.number(),
  managerCommitmentsOnTime: z.nullable(z.number()),
});

const Figure = z.union([
  z.object({ size: z.number(), metrics: Metrics }),
  z.object({
    size: z.literal('suppressed'),
    metrics: z.literal('suppressed'),
    suppressedBecause: z.enum(SUPPRESSION_CAUSES),
  }),
]);

export const AggregatesResponse = documented(
  z.object({
    generatedAt: z.string(),
    /** The quarter counted, drawn in the organisation's time zone (ORG_TIME_ZONE), never the caller's. */
    period: z.object({ from: z.string(), to: z.string(), timeZone: z.string() }),
    minGroupSize: z.number(),
    organisation: Figure,
    units: z.array(
      z.intersection(
        z.object({ unitId: z.string(), label: z.string(), parentId: z.exactOptional(z.string()) }),
        Figure,
      ),
    ),
  }),
  {
    id: 'CadenceAggregates',
    description: 'Counts only, per department; groups under the minimum size are suppressed.',
  },
);

export const RefusalsQuery = z.object({
  since: documented(z.exactOptional(IsoInstant), {
    description: 'Hours from this instant’s hour on; the last 24 hours when left out.',
  }),
});

/** Counts of refusals per hour: ids and codes only, never anything a record said. */
export const RefusalsResponse = documented(
  z.object({
    since: z.string(),
    items: z.array(
      z.object({
        hour: z.string(),
        actorId: z.string(),
        subjectId: z.string(),
        action: z.string(),
        reason: z.string(),
        count: z.number(),
        lastAt: z.string(),
      }),
    ),
  }),
  { id: 'RefusalCounts' },
);

/** The person's id again, so an erasure is never a slip. */
export const EraseQuery = z.strictObject({
  confirm: documented(z.string(), {
    description: 'The person’s id again, so an erasure is never a slip.',
  }),
});

export const ErasureReceiptResponse = documented(
  z.object({
    personId: z.string(),
    erasedAt: z.string(),
    removed: documented(z.array(z.string()), {
      description: 'What the career API removed itself.',
    }),
    remains: documented(
      z.array(
        z.object({
          place: z.enum(LEFTOVER_PLACES),
          ownerId: documented(z.exactOptional(z.string()), {
            description: 'Whose mailbox, calendar, To Do or OneDrive it is in.',
          }),
          what: z.string(),
          refs: documented(z.array(z.string()), {
            description: 'What to look it up by: file paths, event or task ids, subject lines.',
          }),
          purge: documented(z.string(), { description: 'How an admin purges it.' }),
        }),
      ),
      {
        description:
          'Exactly what remains outside the shared lists (the managers’ own Microsoft 365, the storage’s recycle bin), where, and how an admin removes it.',
      },
    ),
  }),
  { id: 'ErasureReceipt' },
);
