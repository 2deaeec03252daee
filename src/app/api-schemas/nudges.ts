import { z } from 'zod';
import { NUDGE_ACTIVITY_TYPES, NUDGE_KINDS } from '../../domain';

const NudgeKindSchema = z.enum(NUDGE_KINDS).meta({
  description: 'A kind of Teams nudge (the manifest activity type).',
});

export const NudgePreferencesBody = z
  .strictObject({
    switchedOff: z
      .array(NudgeKindSchema)
      .max(NUDGE_KINDS.length)
      .meta({ description: 'The kinds you do not want; every other kind stays on.' }),
  })
  .meta({ id: 'NudgePreferencesChange' });

export const NudgePreferencesResponse = z
  .object({
    items: z.array(
      z.object({
        kind: NudgeKindSchema,
        on: z.boolean(),
        description: z.string(),
      }),
    ),
  })
  .meta({ id: 'NudgePreferences' });

/** Each preference with the words the admin guide and the app show for it. */
export function describeNudgePreferences(
  items: readonly { kind: (typeof NUDGE_KINDS)[number]; on: boolean }[],
): z.infer<typeof NudgePreferencesResponse> {
  return {
    items: items.map((item) => ({
      ...item,
      description: NUDGE_ACTIVITY_TYPES[item.kind].description,
    })),
  };
}
