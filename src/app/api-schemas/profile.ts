import { IsoDate, text, TransitionId } from './common';
import { documented, z } from '../zod';

export const ProfileBody = documented(
  z.strictObject({
    direction: documented(z.exactOptional(text(2_000, 'direction')), {
      description: 'The 3-year direction in the person’s own words; empty clears it.',
    }),
    transitions: z.array(z.strictObject({ transition: TransitionId, since: IsoDate })).check(
      z.maxLength(3),
      z.refine(
        (flags) => new Set(flags.map((f) => f.transition)).size === flags.length,
        'each transition point at most once',
      ),
    ),
  }),
  { id: 'ProfileChange' },
);

export const Profile = documented(
  z.object({
    reportId: z.string(),
    managerId: z.string(),
    direction: z.exactOptional(z.object({ text: z.string(), recordedAt: z.string() })),
    transitions: z.array(z.object({ transition: TransitionId, since: z.string() })),
    etag: z.string(),
  }),
  { id: 'Profile' },
);
