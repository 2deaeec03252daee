import { z } from 'zod';
import { IsoDate, text, TransitionId } from './common';

export const ProfileBody = z
  .strictObject({
    direction: text(2_000, 'direction')
      .optional()
      .meta({ description: 'The 3-year direction in the person’s own words; empty clears it.' }),
    transitions: z
      .array(z.strictObject({ transition: TransitionId, since: IsoDate }))
      .max(3)
      .refine(
        (flags) => new Set(flags.map((f) => f.transition)).size === flags.length,
        'each transition point at most once',
      ),
  })
  .meta({ id: 'ProfileChange' });

export const Profile = z
  .object({
    reportId: z.string(),
    managerId: z.string(),
    direction: z.object({ text: z.string(), recordedAt: z.string() }).optional(),
    transitions: z.array(z.object({ transition: TransitionId, since: z.string() })),
    etag: z.string(),
  })
  .meta({ id: 'Profile' });
