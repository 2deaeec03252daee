import { HISTORY_REQUEST_STATES } from '../ports/history-request-store';
import { Id } from './common';
import { documented, z } from '../zod';

export const HistoryRequest = documented(
  z.object({
    id: z.string(),
    reportId: z.string(),
    managerId: documented(z.string(), { description: 'The manager who asked.' }),
    askedAt: z.string(),
    state: z.enum(HISTORY_REQUEST_STATES),
    answeredAt: z.exactOptional(z.string()),
  }),
  {
    id: 'HistoryRequest',
    description:
      'A manager asking to see what was recorded before them. No content, only who, when and the answer.',
  },
);

export const HistoryRequestListResponse = documented(z.object({ items: z.array(HistoryRequest) }), {
  id: 'HistoryRequests',
  description: 'Oldest first.',
});

export const HistoryRequestParams = z.object({ requestId: Id });

export const AnswerHistoryRequestBody = documented(
  z.strictObject({
    answer: documented(z.enum(['share', 'decline']), {
      description:
        'share: your current manager may read what you recorded before them (the same consent as POST /api/me/consents). decline: they may not.',
    }),
  }),
  { id: 'AnswerHistoryRequest' },
);
