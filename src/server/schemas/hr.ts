import { z } from 'zod';

export const SetupCheck = z.object({
  id: z.string(),
  label: z.string(),
  ok: z.boolean(),
  /** What to do when it is not ok; never a secret or a raw error. */
  detail: z.string(),
});

export const SetupHealth = z
  .object({
    ok: z.boolean(),
    checkedAt: z.string(),
    checks: z.array(SetupCheck),
  })
  .meta({ id: 'SetupHealth' });
export type SetupHealth = z.infer<typeof SetupHealth>;
