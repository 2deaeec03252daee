import { z } from 'zod';

export const ProblemSchema = z
  .object({
    type: z.string().meta({ description: 'A stable tag, urn:career-api:problem:<slug>.' }),
    title: z.string(),
    status: z.number(),
    detail: z.string().meta({ description: 'What went wrong and what to do, for the user.' }),
    errors: z
      .array(
        z.object({
          path: z.string().meta({ example: 'body.terms.commitments.0.due' }),
          message: z.string(),
          code: z.string().optional(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Problem' });
