import { documented, z } from '../zod';

export const ProblemSchema = documented(
  z.object({
    type: documented(z.string(), {
      description: 'A stable tag, urn:career-api:problem:<slug>.',
    }),
    title: z.string(),
    status: z.number(),
    detail: documented(z.string(), {
      description: 'What went wrong and what to do, for the user.',
    }),
    errors: z.exactOptional(
      z.array(
        z.object({
          path: documented(z.string(), { example: 'body.terms.commitments.0.due' }),
          message: z.string(),
          code: z.exactOptional(z.string()),
        }),
      ),
    ),
  }),
  { id: 'Problem' },
);
