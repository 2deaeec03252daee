import { NUDGE_ACTIVITY_TYPES, NUDGE_KINDS } from '../../domain';
import { documented, z } from '../zod';

const NudgeKindSchema = documented(z.enum(NUDGE_KINDS), {
  description: 'A kind of Teams nudge (the manifest activity type).',
});

export const NudgePreferencesBody = documented(
  z.strictObject({
    switchedOff: documented(z.array(NudgeKindSchema).check(z.maxLength(NUDGE_KINDS.length)), {
      description: 'The kinds you do not want; every other kind stays on.',
    }),
  }),
  { id: 'NudgePreferencesChange' },
);

export const NudgePreferencesResponse = documented(
  z.object({
    items: z.array(
      z.object({
        kind: NudgeKindSchema,
        on: z.boolean(),
        description: z.string(),
      }),
    ),
  }),
  { id: 'NudgePreferences' },
);

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
