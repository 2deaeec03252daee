import { z } from 'zod';
import { HISTORY_REQUEST_STATES } from '../ports/history-request-store';
import { Id } from './common';

export const HistoryRequest = z
  .object({
    id: z.string(),
    reportId: z.string(),
    managerId: z.string().meta({ description: 'The manager who asked.' }),
    askedAt: z.string(),
    state: z.enum(HISTORY_REQUEST_STATES),
    answeredAt: z.string().optional(),
  })
  .meta({
    id: 'HistoryRequest',
    description:
      'A manager asking to see what was recorded before them. No content, only who, when and the answer.',
  });

export const HistoryRequestListResponse = z
  .object({ items: z.array(HistoryRequest) })
  .meta({ id: 'HistoryRequests', description: 'Oldest first.' });

export const HistoryRequestParams = z.object({ requestId: Id });

export const AnswerHistoryRequestBody = z
  .strictObject({
    answer: z.enum(['share', 'decline']).meta({
      description:
        'share: your current manager may read what you recorded before them (the same consent as POST /api/me/consents). decline: they may not.',
    }),
  })
  .meta({ id: 'AnswerHistoryRequest' });
